package tn.entrix.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;

/** A club's contract: FIXED (fixedPerTicket millimes), PERCENT (percentBps) or TIERED (tiers, one from 0). */
public record ContractRequest(@NotNull Long clubId,
                              @NotNull ContractKind kind,
                              @PositiveOrZero Long fixedPerTicket,
                              @Min(0) @Max(10_000) Integer percentBps,
                              @Valid List<TierRequest> tiers,
                              @NotNull LocalDate validFrom) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public ContractRequest(Long clubId, ContractKind kind, Long fixedPerTicket, Integer percentBps,
                           List<TierRequest> tiers, LocalDate validFrom) {
        this.clubId = clubId;
        this.kind = kind;
        this.fixedPerTicket = fixedPerTicket;
        this.percentBps = percentBps;
        this.tiers = tiers;
        this.validFrom = validFrom;
    }

    /** From this many tickets sold by the club, this rate in basis points. */
    public record TierRequest(@NotNull @PositiveOrZero Long from, @NotNull @Min(0) @Max(10_000) Integer bps) {
        /** Explicit (see OpenApiSafeRecordsTest). */
        public TierRequest(Long from, Integer bps) {
            this.from = from;
            this.bps = bps;
        }
    }
}
