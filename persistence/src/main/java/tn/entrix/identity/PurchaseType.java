package tn.entrix.identity;

/** What was bought, as the assignment rules see it. */
public enum PurchaseType {
    TICKET, SEASON_PASS, VIP, SUBSCRIPTION
}
