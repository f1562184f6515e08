package tn.entrix.finance;

import java.util.Comparator;
import java.util.List;

/**
 * Entrix's commission on one order, in millimes, from the club's contract. Percentages are basis points (600 = 6 %),
 * rounded half up to the millime and never above the order's total. TIERED takes the tier of the club's tickets sold
 * before this order (volume reached so far), so a club's rate drops as its season sells.
 */
public final class CommissionCalculator {

    /** A tier: from this many tickets sold by the club, this rate. */
    public record Tier(long from, int bps) {
    }

    /** The commission and how it was computed. */
    public record Result(long commission, String rate) {
    }

    private CommissionCalculator() {
    }

    public static Result commission(ContractKind kind, Long fixedPerTicket, Integer percentBps, List<Tier> tiers,
                                    long gross, int tickets, long ticketsSoldBefore) {
        return switch (kind) {
            case FIXED -> new Result(Math.min(gross, fixedPerTicket * tickets),
                    fixedPerTicket + " millimes per ticket");
            case PERCENT -> new Result(percent(gross, percentBps), percentText(percentBps));
            case TIERED -> {
                Tier tier = tiers.stream().filter(t -> t.from() <= ticketsSoldBefore)
                        .max(Comparator.comparingLong(Tier::from))
                        .orElseThrow(() -> new IllegalArgumentException("no tier from 0 tickets"));
                yield new Result(percent(gross, tier.bps()), percentText(tier.bps()) + " from " + tier.from()
                        + " tickets");
            }
        };
    }

    static long percent(long gross, int bps) {
        return Math.min(gross, (gross * bps + 5_000) / 10_000);
    }

    static String percentText(int bps) {
        return String.format("%d.%02d %%", bps / 100, bps % 100);
    }
}
