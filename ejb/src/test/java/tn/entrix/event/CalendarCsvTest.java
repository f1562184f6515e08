package tn.entrix.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarCsvTest {

    @Test
    void wellFormedLinesBecomeFixtures() {
        var parsed = CalendarCsv.parse("date,home,away,venue,mapping\n"
                + "2025-08-10 16:00,CA,EST,stade-olympique-de-rades,Football\r\n"
                + "\n"
                + "2025-08-17 17:30;CSS;CA;stade-olympique-de-rades;Football\n");
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(2, parsed.fixtures().size());
        assertEquals(LocalDateTime.of(2025, 8, 10, 16, 0), parsed.fixtures().get(0).date());
        assertEquals(4, parsed.fixtures().get(1).line());
        assertEquals("CSS", parsed.fixtures().get(1).home());
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        var parsed = CalendarCsv.parse("date,home,away,venue,mapping\n"
                + "2025-08-10 16:00,CA,EST,rades,Football\n"
                + "10/08/2025,CA,EST,rades,Football\n"
                + "2025-08-11 16:00,CA,CA,rades,Football\n"
                + "2025-08-12 16:00,CA,EST,rades\n");
        assertEquals(List.of(3, 4, 5), parsed.errors().stream().map(CalendarCsv.LineError::line).toList());
        assertTrue(parsed.errors().get(0).message().contains("10/08/2025"));
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsNotPartOfTheHeader() {
        var parsed = CalendarCsv.parse("\uFEFFdate;home;away;venue;mapping\r\n2025-08-10 16:00;CA;EST;rades;Football");
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
    }

    @Test
    void errorsCarryACodeAndTheValuesTheyName() {
        var error = CalendarCsv.parse("date,home,away,venue,mapping\n10/08/2025,CA,EST,rades,Football\n")
                .errors().get(0);
        assertEquals("DATE", error.code());
        assertEquals("10/08/2025", error.values().get("date"));
        assertEquals(2, error.problem().get("line"));
        assertEquals("DATE", error.problem().get("code"));
    }

    @Test
    void aMissingHeaderOrAnEmptyFileIsAnError() {
        assertEquals(1, CalendarCsv.parse("2025-08-10 16:00,CA,EST,rades,Football").errors().get(0).line());
        assertEquals("the file holds no fixture",
                CalendarCsv.parse("date,home,away,venue,mapping\n").errors().get(0).message());
    }
}
