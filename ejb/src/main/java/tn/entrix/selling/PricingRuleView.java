package tn.entrix.selling;

import java.time.Instant;

public record PricingRuleView(long id, long eventId, Long ticketTypeId, String name, PricingKind kind, int priority,
                              boolean exclusive, Integer percentOff, Long amountOff, Long fixedPrice,
                              Instant validUntil, Integer firstN, Integer minQuantity, Long groupId,
                              String promoCode, Integer maxUses, int uses, boolean active) {

    static PricingRuleView of(PricingRule r) {
        return new PricingRuleView(r.getId(), r.getEventId(), r.getTicketTypeId(), r.getName(), r.getKind(),
                r.getPriority(), r.isExclusive(), r.getPercentOff(), r.getAmountOff(), r.getFixedPrice(),
                r.getValidUntil(), r.getFirstN(), r.getMinQuantity(), r.getGroupId(), r.getPromoCode(),
                r.getMaxUses(), r.getUses(), r.isActive());
    }
}
