package tn.entrix.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommissionCalculatorTest {

    private static final List<CommissionCalculator.Tier> TIERS = List.of(new CommissionCalculator.Tier(0, 800),
            new CommissionCalculator.Tier(10_000, 600), new CommissionCalculator.Tier(50_000, 400));

    @Test
    void fixedIsPerTicketAndNeverAboveTheTotal() {
        assertEquals(1_500, CommissionCalculator.commission(ContractKind.FIXED, 500L, null, List.of(), 30_000, 3, 0)
                .commission());
        assertEquals(1_000, CommissionCalculator.commission(ContractKind.FIXED, 500L, null, List.of(), 1_000, 3, 0)
                .commission());
    }

    @Test
    void percentRoundsHalfUpToTheMillime() {
        var result = CommissionCalculator.commission(ContractKind.PERCENT, null, 750, List.of(), 12_345, 1, 0);
        assertEquals(926, result.commission()); // 925.875
        assertEquals("7.50 %", result.rate());
    }

    @Test
    void tieredTakesTheTierOfTheVolumeSoldBefore() {
        assertEquals(2_400, CommissionCalculator.commission(ContractKind.TIERED, null, null, TIERS, 30_000, 2, 0)
                .commission());
        assertEquals(1_800, CommissionCalculator.commission(ContractKind.TIERED, null, null, TIERS, 30_000, 2, 10_000)
                .commission());
        var top = CommissionCalculator.commission(ContractKind.TIERED, null, null, TIERS, 30_000, 2, 99_999);
        assertEquals(1_200, top.commission());
        assertEquals("4.00 % from 50000 tickets", top.rate());
    }
}
