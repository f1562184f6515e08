package tn.entrix.flouci.simulator;

/**
 * The misbehaviours the simulator can show, all off by default. Switched at run time with
 * {@code PUT /simulator/faults} (a JSON object with any of these members), reset with {@code DELETE}.
 *
 * @param slow                  the API answers after {@code slowMillis}
 * @param error500              the API answers 500; with {@code error500Count} > 0 only that many calls do
 * @param doubleWebhook         the webhook is delivered twice, at the same time
 * @param noWebhook             the webhook is never sent
 * @param webhookBeforeRedirect the webhook is delivered (and answered) before the payer is redirected; by default
 *                              it follows the redirect by {@code webhookDelayMillis}
 * @param amountMismatch        verify_payment reports {@code amountDelta} millimes more than was asked
 */
public record Faults(boolean slow, long slowMillis, boolean error500, int error500Count, boolean doubleWebhook,
                     boolean noWebhook, boolean webhookBeforeRedirect, long webhookDelayMillis,
                     boolean amountMismatch, long amountDelta) {

    public static final Faults NONE = new Faults(false, 3000, false, 0, false, false, false, 300, false, 1000);
}
