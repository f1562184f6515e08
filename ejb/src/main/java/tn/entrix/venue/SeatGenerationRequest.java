package tn.entrix.venue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** "Rows 1–40, seats 1–50, odd/even": every seat of the block is created in the zone in one call. */
public record SeatGenerationRequest(
        @NotNull @Min(1) @Max(MAX_ROWS) Integer rowFrom,
        @NotNull @Min(1) @Max(MAX_ROWS) Integer rowTo,
        @NotNull @Min(1) @Max(MAX_SEATS_PER_ROW) Integer seatFrom,
        @NotNull @Min(1) @Max(MAX_SEATS_PER_ROW) Integer seatTo,
        Numbering numbering,
        RowLabels rowLabels,
        @Size(max = 4) @Pattern(regexp = "[A-Za-z0-9]*") String rowPrefix) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public SeatGenerationRequest(Integer rowFrom, Integer rowTo, Integer seatFrom, Integer seatTo, Numbering numbering, RowLabels rowLabels, String rowPrefix) {
        this.rowFrom = rowFrom;
        this.rowTo = rowTo;
        this.seatFrom = seatFrom;
        this.seatTo = seatTo;
        this.numbering = numbering;
        this.rowLabels = rowLabels;
        this.rowPrefix = rowPrefix;
    }


    public static final int MAX_ROWS = 200;
    public static final int MAX_SEATS_PER_ROW = 500;
    /** One call creates at most this many seats (a whole large stand). */
    public static final int MAX_SEATS = 60_000;

    public Numbering numberingOrDefault() {
        return numbering == null ? Numbering.LEFT_TO_RIGHT : numbering;
    }

    public RowLabels rowLabelsOrDefault() {
        return rowLabels == null ? RowLabels.NUMBERS : rowLabels;
    }
}
