package tn.entrix.selling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A pricing rule: exactly one effect (percentOff, amountOff or fixedPrice, in millimes) and the condition of its kind:
 * EARLY_BIRD validUntil and/or firstN; GROUP_SIZE minQuantity; MEMBER and VIP groupId; PROMO_CODE promoCode (maxUses).
 */
public record PricingRuleRequest(
        @NotNull PricingKind kind,
        @NotBlank @Size(max = 128) String name,
        Long ticketTypeId,
        Integer priority,
        Boolean exclusive,
        @Min(1) @Max(100) Integer percentOff,
        @Positive Long amountOff,
        @PositiveOrZero Long fixedPrice,
        Instant validUntil,
        @Positive Integer firstN,
        @Min(2) Integer minQuantity,
        Long groupId,
        @Size(max = 32) String promoCode,
        @Positive Integer maxUses) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public PricingRuleRequest(PricingKind kind, String name, Long ticketTypeId, Integer priority, Boolean exclusive,
                              Integer percentOff, Long amountOff, Long fixedPrice, Instant validUntil,
                              Integer firstN, Integer minQuantity, Long groupId, String promoCode, Integer maxUses) {
        this.kind = kind;
        this.name = name;
        this.ticketTypeId = ticketTypeId;
        this.priority = priority;
        this.exclusive = exclusive;
        this.percentOff = percentOff;
        this.amountOff = amountOff;
        this.fixedPrice = fixedPrice;
        this.validUntil = validUntil;
        this.firstN = firstN;
        this.minQuantity = minQuantity;
        this.groupId = groupId;
        this.promoCode = promoCode;
        this.maxUses = maxUses;
    }
}
