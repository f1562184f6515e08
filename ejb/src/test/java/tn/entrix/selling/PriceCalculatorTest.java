package tn.entrix.selling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    private static PriceCalculator.Rule rule(long id, PricingKind kind, int priority, boolean exclusive,
                                             Integer percent, Long amount, Long fixed) {
        return new PriceCalculator.Rule(id, kind.name(), kind, priority, exclusive, percent, amount, fixed, null,
                null, null, null, null);
    }

    private static PriceCalculator.Context context(int quantity, int soldBefore, Set<Long> groups, String promo) {
        return new PriceCalculator.Context(NOW, quantity, soldBefore, groups, promo);
    }

    @Test
    void rulesApplyInPriorityOrderOnThePriceLeftByTheOnesBefore() {
        var early = new PriceCalculator.Rule(1, "Early bird", PricingKind.EARLY_BIRD, 10, false, 20, null, null,
                Instant.parse("2026-09-10T00:00:00Z"), null, null, null, null);
        var residents = new PriceCalculator.Rule(2, "Résidents", PricingKind.MEMBER, 20, false, null, 1_000L, null,
                null, null, null, 7L, null);
        List<PriceCalculator.Line> lines = PriceCalculator.price(15_000, List.of(residents, early),
                context(1, 0, Set.of(7L), null));
        assertEquals(11_000, lines.get(0).price()); // 15.000 - 20% = 12.000, then -1.000
        assertEquals(List.of(3_000L, 1_000L), lines.get(0).applied().stream().map(PriceCalculator.Applied::amount)
                .toList());
        assertEquals("Early bird -3.000 TND; Résidents -1.000 TND", lines.get(0).describe());
    }

    @Test
    void anExclusiveRuleStopsTheRest() {
        var vip = rule(1, PricingKind.VIP, 1, true, null, null, 50_000L);
        var promo = new PriceCalculator.Rule(2, "PROMO", PricingKind.PROMO_CODE, 2, false, 50, null, null, null,
                null, null, null, "DERBY50");
        var vipGroup = new PriceCalculator.Rule(1, "VIP", PricingKind.VIP, 1, true, null, null, 50_000L, null, null,
                null, 9L, null);
        assertEquals(60_000, PriceCalculator.price(120_000, List.of(vip, promo), context(1, 0, Set.of(), "derby50"))
                .get(0).price()); // vip needs a group: only the promo applies
        assertEquals(50_000, PriceCalculator.price(120_000, List.of(vipGroup, promo),
                context(1, 0, Set.of(9L), "DERBY50")).get(0).price());
    }

    @Test
    void earlyBirdFirstNOnlyForTheTicketsUpToN() {
        var firstHundred = new PriceCalculator.Rule(1, "100 premiers", PricingKind.EARLY_BIRD, 1, false, null,
                2_000L, null, null, 100, null, null, null);
        List<PriceCalculator.Line> lines = PriceCalculator.price(10_000, List.of(firstHundred), context(3, 98,
                Set.of(), null));
        assertEquals(List.of(8_000L, 8_000L, 10_000L), lines.stream().map(PriceCalculator.Line::price).toList());
    }

    @Test
    void groupSizeNeedsTheQuantityAndPricesNeverGoNegativeOrUp() {
        var group = new PriceCalculator.Rule(1, "Groupe 10+", PricingKind.GROUP_SIZE, 1, false, 10, null, null,
                null, null, 10, null, null);
        var huge = rule(2, PricingKind.PROMO_CODE, 2, false, null, 99_000L, null);
        var fixedAbove = rule(3, PricingKind.EARLY_BIRD, 3, false, null, null, 99_000L);
        assertEquals(10_000, PriceCalculator.price(10_000, List.of(group), context(9, 0, Set.of(), null)).get(0)
                .price());
        assertEquals(9_000, PriceCalculator.price(10_000, List.of(group, fixedAbove), context(10, 0, Set.of(), null))
                .get(0).price());
        var promo99 = new PriceCalculator.Rule(2, "P", PricingKind.PROMO_CODE, 2, false, null, 99_000L, null, null,
                null, null, null, "X");
        assertEquals(0, PriceCalculator.price(10_000, List.of(promo99), context(1, 0, Set.of(), "x")).get(0).price());
    }

    @Test
    void anExpiredRuleDoesNotApplyAndPercentagesRoundToTheMillime() {
        var expired = new PriceCalculator.Rule(1, "Early", PricingKind.EARLY_BIRD, 1, false, 50, null, null,
                NOW, null, null, null, null);
        assertEquals(10_000, PriceCalculator.price(10_000, List.of(expired), context(1, 0, Set.of(), null)).get(0)
                .price());
        var third = rule(2, PricingKind.EARLY_BIRD, 1, false, 33, null, null);
        assertEquals(6_700, PriceCalculator.price(10_000, List.of(third), context(1, 0, Set.of(), null)).get(0)
                .price());
        assertEquals(1_675, PriceCalculator.price(2_500, List.of(third), context(1, 0, Set.of(), null)).get(0)
                .price()); // 825 off (824.999... rounds to 825)
    }
}
