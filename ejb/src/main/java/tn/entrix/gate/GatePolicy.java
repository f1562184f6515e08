package tn.entrix.gate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * An event's gate behaviour: re-entry, the share of a zone's capacity that raises the live page's alert, and whether
 * a full zone refuses entries.
 */
public record GatePolicy(@NotNull Reentry reentry, @Min(1) @Max(100) int alertPercent, boolean enforceZoneCapacity) {

    public static final GatePolicy DEFAULT = new GatePolicy(Reentry.NONE, 90, true);

    public GatePolicy(Reentry reentry, int alertPercent, boolean enforceZoneCapacity) {
        this.reentry = reentry;
        this.alertPercent = alertPercent;
        this.enforceZoneCapacity = enforceZoneCapacity;
    }
}
