package tn.entrix.event;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * A line that cannot be imported: a stable code (the consoles translate it), the English message, and the values
     * that the message names (e.g. {@code participant}).
     */
    record LineError(int line, String code, String message, Map<String, String> values) {

        LineError(int line, String code, String message) {
            this(line, code, message, Map.of());
        }

        /** The member of the CALENDAR_INVALID problem that describes this line. */
        Map<String, Object> problem() {
            Map<String, Object> member = new LinkedHashMap<>(values);
            member.put("line", line);
            member.put("code", code);
            member.put("message", message);
            return member;
        }
    }

    /** What a file contained. */
    record Parsed(List<Fixture> fixtures, List<LineError> errors) {
    }

    private CalendarCsv() {
    }

    static Parsed parse(String text) {
        List<Fixture> fixtures = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String content = text == null ? "" : text.replace("\r", "");
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1); // the byte order mark that spreadsheets put before UTF-8 text
        }
        String[] lines = content.split("\n", -1);
        if (lines.length == 0 || !header(lines[0])) {
            errors.add(new LineError(1, "HEADER", "the first line must be the header date,home,away,venue,mapping"));
            return new Parsed(fixtures, errors);
        }
        if (lines.length > MAX_LINES + 1) {
            errors.add(new LineError(MAX_LINES + 2, "TOO_MANY_LINES", "at most " + MAX_LINES
                    + " fixtures per file", Map.of("max", String.valueOf(MAX_LINES))));
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
                errors.add(new LineError(number, "COLUMNS", "expected 5 columns, found " + cells.length,
                        Map.of("found", String.valueOf(cells.length))));
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            LocalDateTime date;
            try {
                date = LocalDateTime.parse(cells[0], DATE);
            } catch (DateTimeParseException e) {
                errors.add(new LineError(number, "DATE", "date '" + cells[0] + "' is not yyyy-MM-dd HH:mm",
                        Map.of("date", cells[0])));
                continue;
            }
            if (cells[1].isEmpty() || cells[2].isEmpty() || cells[3].isEmpty() || cells[4].isEmpty()) {
                errors.add(new LineError(number, "MISSING_CELLS", "home, away, venue and mapping are all required"));
                continue;
            }
            if (cells[1].equals(cells[2])) {
                errors.add(new LineError(number, "SAME_PARTICIPANT", "a team cannot play itself (" + cells[1] + ")",
                        Map.of("participant", cells[1])));
                continue;
            }
            fixtures.add(new Fixture(number, date, cells[1], cells[2], cells[3], cells[4]));
        }
        if (fixtures.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(2, "EMPTY", "the file holds no fixture"));
        }
        return new Parsed(fixtures, errors);
    }

    private static boolean header(String line) {
        return line.strip().replace(';', ',').replace(" ", "").equalsIgnoreCase("date,home,away,venue,mapping");
    }
}
