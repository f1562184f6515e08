package tn.entrix.event;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a season's fixtures: a header line {@code date,home,away,venue,mapping} (comma or semicolon), then one
 * fixture a line, the date as local Tunis time {@code 2025-08-10 16:00}, participants by code, the venue by slug,
 * the mapping by name. Plain Java: every malformed line is reported with its number, nothing is thrown.
 */
final class CalendarCsv {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final int MAX_LINES = 2_000;

    /** One well-formed line. */
    record Fixture(int line, LocalDateTime date, String home, String away, String venue, String mapping) {
    }

    /** A line that cannot be imported, and why. */
    record LineError(int line, String message) {
    }

    /** What a file contained. */
    record Parsed(List<Fixture> fixtures, List<LineError> errors) {
    }

    private CalendarCsv() {
    }

    static Parsed parse(String text) {
        List<Fixture> fixtures = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\r", "")).split("\n", -1);
        if (lines.length == 0 || !header(lines[0])) {
            errors.add(new LineError(1, "the first line must be the header date,home,away,venue,mapping"));
            return new Parsed(fixtures, errors);
        }
        if (lines.length > MAX_LINES + 1) {
            errors.add(new LineError(MAX_LINES + 2, "at most " + MAX_LINES + " fixtures per file"));
            return new Parsed(fixtures, errors);
        }
        for (int i = 1; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("[;,]", -1);
            if (cells.length != 5) {
                errors.add(new LineError(number, "expected 5 columns, found " + cells.length));
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            LocalDateTime date;
            try {
                date = LocalDateTime.parse(cells[0], DATE);
            } catch (DateTimeParseException e) {
                errors.add(new LineError(number, "date '" + cells[0] + "' is not yyyy-MM-dd HH:mm"));
                continue;
            }
            if (cells[1].isEmpty() || cells[2].isEmpty() || cells[3].isEmpty() || cells[4].isEmpty()) {
                errors.add(new LineError(number, "home, away, venue and mapping are all required"));
                continue;
            }
            if (cells[1].equals(cells[2])) {
                errors.add(new LineError(number, "a team cannot play itself (" + cells[1] + ")"));
                continue;
            }
            fixtures.add(new Fixture(number, date, cells[1], cells[2], cells[3], cells[4]));
        }
        if (fixtures.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(2, "the file holds no fixture"));
        }
        return new Parsed(fixtures, errors);
    }

    private static boolean header(String line) {
        return line.strip().replace(';', ',').replace(" ", "").equalsIgnoreCase("date,home,away,venue,mapping");
    }
}
