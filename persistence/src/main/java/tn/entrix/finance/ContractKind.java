package tn.entrix.finance;

/** Fixed millimes per ticket, a percentage of the order, or a percentage tiered by the club's volume. */
public enum ContractKind {
    FIXED, PERCENT, TIERED
}
