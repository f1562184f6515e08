package tn.entrix.selling;

/**
 * Early bird (before a date, or the first N sold), group size (N tickets or more in one order), member and VIP prices
 * (the buyer belongs to a group: residents, supporters' club, VIP club), promo code (with a usage limit).
 */
public enum PricingKind {
    EARLY_BIRD, GROUP_SIZE, MEMBER, VIP, PROMO_CODE
}
