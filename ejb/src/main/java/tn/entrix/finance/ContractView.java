package tn.entrix.finance;

import java.time.LocalDate;
import java.util.List;

public record ContractView(long id, long clubId, ContractKind kind, Long fixedPerTicket, Integer percentBps,
                           List<CommissionCalculator.Tier> tiers, LocalDate validFrom) {
}
