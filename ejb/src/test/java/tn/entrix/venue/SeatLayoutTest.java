package tn.entrix.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tn.entrix.platform.RuleViolationException;

class SeatLayoutTest {

    private static List<Integer> row(Numbering numbering, int first, int perRow) {
        return IntStream.range(0, perRow).map(p -> SeatLayout.number(numbering, first, perRow, p)).boxed().toList();
    }

    @Test
    void leftToRightAndRightToLeftCountFromOneEnd() {
        assertEquals(List.of(1, 2, 3, 4, 5), row(Numbering.LEFT_TO_RIGHT, 1, 5));
        assertEquals(List.of(5, 4, 3, 2, 1), row(Numbering.RIGHT_TO_LEFT, 1, 5));
        assertEquals(List.of(14, 13, 12, 11, 10), row(Numbering.RIGHT_TO_LEFT, 10, 5));
    }

    @Test
    void oddEvenRunsOddDownToTheAisleThenEvenUp() {
        assertEquals(List.of(5, 3, 1, 2, 4, 6), row(Numbering.ODD_EVEN, 1, 6));
        assertEquals(List.of(5, 3, 1, 2, 4), row(Numbering.ODD_EVEN, 1, 5));
        assertEquals(List.of(1), row(Numbering.ODD_EVEN, 1, 1));
        assertEquals(List.of(13, 11, 12, 14), row(Numbering.ODD_EVEN, 11, 4));
    }

    @Test
    void rowLabelsAreNumbersOrSpreadsheetLetters() {
        assertEquals("7", SeatLayout.rowLabel(7, RowLabels.NUMBERS));
        assertEquals("A", SeatLayout.rowLabel(1, RowLabels.LETTERS));
        assertEquals("Z", SeatLayout.rowLabel(26, RowLabels.LETTERS));
        assertEquals("AA", SeatLayout.rowLabel(27, RowLabels.LETTERS));
        assertEquals("AZ", SeatLayout.rowLabel(52, RowLabels.LETTERS));
    }

    @Test
    void aBlockHasOneUniqueReferencePerSeatWithGridCoordinates() {
        var seats = SeatLayout.plan("E1", new SeatGenerationRequest(1, 40, 1, 50, Numbering.ODD_EVEN,
                RowLabels.LETTERS, "R"));
        assertEquals(2000, seats.size());
        assertEquals(2000, new HashSet<>(seats.stream().map(SeatLayout.PlannedSeat::reference).toList()).size());
        assertEquals("E1-RA-49", seats.get(0).reference());
        assertEquals(0, seats.get(0).x());
        assertEquals(39, seats.get(1999).y());
        assertEquals("RAN", seats.get(1999).rowLabel());
    }

    @Test
    void badRangesAndOversizedBlocksAreRefused() {
        var inverted = assertThrows(RuleViolationException.class,
                () -> SeatLayout.plan("A", new SeatGenerationRequest(5, 1, 1, 10, null, null, null)));
        assertEquals("INVALID_ROW_RANGE", inverted.code());
        var huge = assertThrows(RuleViolationException.class,
                () -> SeatLayout.plan("A", new SeatGenerationRequest(1, 200, 1, 500, null, null, null)));
        assertEquals("TOO_MANY_SEATS", huge.code());
    }
}
