package tn.entrix.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.RuleViolationException;

/**
 * Turns a generation request into the seats of a block: labels, numbers, references and grid coordinates. Plain Java,
 * no container: the numbering rules are unit-tested here.
 */
public final class SeatLayout {

    /** A seat about to be written: its reference is {@code <zone code>-<row>-<number>}, unique in the mapping. */
    public record PlannedSeat(String reference, String rowLabel, int number, int x, int y) {
    }

    private SeatLayout() {
    }

    public static List<PlannedSeat> plan(String zoneCode, SeatGenerationRequest request) {
        int rowFrom = request.rowFrom();
        int rowTo = request.rowTo();
        int seatFrom = request.seatFrom();
        int seatTo = request.seatTo();
        if (rowTo < rowFrom) {
            throw new RuleViolationException("INVALID_ROW_RANGE", "rowTo must not be below rowFrom",
                    Map.of("field", "rowTo"));
        }
        if (seatTo < seatFrom) {
            throw new RuleViolationException("INVALID_SEAT_RANGE", "seatTo must not be below seatFrom",
                    Map.of("field", "seatTo"));
        }
        long count = (long) (rowTo - rowFrom + 1) * (seatTo - seatFrom + 1);
        if (count > SeatGenerationRequest.MAX_SEATS) {
            throw new RuleViolationException("TOO_MANY_SEATS", "One generation creates at most "
                    + SeatGenerationRequest.MAX_SEATS + " seats, this one would create " + count,
                    Map.of("field", "seatTo", "requested", count));
        }
        String prefix = request.rowPrefix() == null ? "" : request.rowPrefix();
        int perRow = seatTo - seatFrom + 1;
        List<PlannedSeat> seats = new ArrayList<>((int) count);
        for (int row = rowFrom; row <= rowTo; row++) {
            String label = prefix + rowLabel(row, request.rowLabelsOrDefault());
            int y = row - rowFrom;
            for (int position = 0; position < perRow; position++) {
                int number = number(request.numberingOrDefault(), seatFrom, perRow, position);
                seats.add(new PlannedSeat(zoneCode + "-" + label + "-" + number, label, number, position, y));
            }
        }
        return seats;
    }

    /**
     * The number of the seat at {@code position} (0 = leftmost, seen from the pitch) in a row of {@code perRow} seats
     * whose numbers start at {@code first}.
     */
    static int number(Numbering numbering, int first, int perRow, int position) {
        return switch (numbering) {
            case LEFT_TO_RIGHT -> first + position;
            case RIGHT_TO_LEFT -> first + perRow - 1 - position;
            case ODD_EVEN -> oddEven(first, perRow, position);
        };
    }

    /** Left half odd, counting down to the aisle; right half even, counting up from it. */
    private static int oddEven(int first, int perRow, int position) {
        int leftCount = (perRow + 1) / 2;
        int base = first % 2 == 0 ? first - 1 : first; // the first odd number
        if (position < leftCount) {
            return base + 2 * (leftCount - 1 - position);
        }
        return base + 1 + 2 * (position - leftCount);
    }

    /** 1 → "1" or "A"; 27 → "27" or "AA" (bijective base 26, like spreadsheet columns). */
    static String rowLabel(int row, RowLabels labels) {
        if (labels == RowLabels.NUMBERS) {
            return Integer.toString(row);
        }
        StringBuilder label = new StringBuilder();
        int n = row;
        while (n > 0) {
            n--;
            label.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return label.toString();
    }
}
