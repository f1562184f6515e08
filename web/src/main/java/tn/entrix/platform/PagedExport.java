package tn.entrix.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A console list as a file, CSV or Excel: every row that passes the list's filters, in the list's order, read
 * page by page from the same service call as the table (so the file and the screen never disagree, and nothing is
 * filtered twice). Any list can use it: give the columns (translated header, value of a row) and the page reader.
 *
 * <p>Values: numbers stay numbers, {@link Instant}s are shown in {@link ClockProducer#DISPLAY_ZONE} (real date cells
 * in Excel), {@link LocalDate}s as dates, anything else as its text — translate enums and booleans in the column.
 * CSV is UTF-8 with a byte order mark (so spreadsheets read accents right), separated by semicolons for a French
 * user (what a French spreadsheet expects) and commas otherwise; a text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe.
 */
public final class PagedExport {

    /** Rows read per service call. */
    static final int PAGE_SIZE = 500;
    /** A file holds at most this many rows; a larger list should be filtered first. */
    static final int MAX_ROWS = 100_000;

    static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public enum Format {
        CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** One column: its header, already translated, and its value for a row. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    /** Reads one page (from 0) of the filtered list; the same call the table's lazy model makes. */
    @FunctionalInterface
    public interface Pages<T> {
        Page<T> read(int page, int size);
    }

    private PagedExport() {
    }

    /**
     * The file for a {@code p:fileDownload}, written while it is sent (nothing is held in memory). Call it from the
     * request that downloads: the rows are read then, in the user's language of that moment.
     */
    public static <T> StreamedContent download(Format format, String baseName, List<Column<T>> columns,
                                               Pages<T> pages) {
        Locale locale = ConsoleMessages.locale();
        return DefaultStreamedContent.builder()
                .name(fileName(baseName) + "." + format.extension)
                .contentType(format.contentType + (format == Format.CSV ? ";charset=UTF-8" : ""))
                .writer(out -> write(format, columns, pages, locale, out))
                .build();
    }

    /** Writes every row of {@code pages} (at most {@link #MAX_ROWS}) to {@code out}, which stays open. */
    public static <T> void write(Format format, List<Column<T>> columns, Pages<T> pages, Locale locale,
                                 OutputStream out) {
        try {
            if (format == Format.CSV) {
                writeCsv(columns, pages, locale, out);
            } else {
                writeXlsx(columns, pages, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void writeCsv(List<Column<T>> columns, Pages<T> pages, Locale locale, OutputStream out)
            throws IOException {
        char separator = "fr".equals(locale.getLanguage()) ? ';' : ',';
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writeCsvLine(writer, columns.stream().map(c -> (Object) c.header()).toList(), separator);
        forEachRow(pages, row -> {
            try {
                writeCsvLine(writer, columns.stream().map(c -> c.value().apply(row)).toList(), separator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, List<Object> values, char separator) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(csvCell(values.get(i), separator));
        }
        writer.write("\r\n");
    }

    static String csvCell(Object value, char separator) {
        String text;
        if (value == null) {
            return "";
        } else if (value instanceof Instant instant) {
            text = CSV_DATE_TIME.format(instant.atZone(ClockProducer.DISPLAY_ZONE));
        } else if (value instanceof LocalDate date) {
            text = date.toString();
        } else if (value instanceof Number number) {
            text = number.toString();
        } else {
            text = value.toString();
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text; // a spreadsheet would run it as a formula
            }
        }
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static <T> void writeXlsx(List<Column<T>> columns, Pages<T> pages, OutputStream out) throws IOException {
        // a streaming workbook keeps 100 rows in memory and spills the rest to a temporary file
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet("Export");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int[] widths = new int[columns.size()];

            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                widths[c] = columns.get(c).header().length();
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            forEachRow(pages, item -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(item);
                    Cell cell = row.createCell(c);
                    int width;
                    if (value == null) {
                        width = 0;
                    } else if (value instanceof Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, ClockProducer.DISPLAY_ZONE));
                        cell.setCellStyle(dateTime);
                        width = 16;
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                        width = 10;
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        width = number.toString().length();
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                        width = 5;
                    } else {
                        cell.setCellValue(value.toString());
                        width = value.toString().length();
                    }
                    widths[c] = Math.max(widths[c], width);
                }
            });
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static <T> void forEachRow(Pages<T> pages, java.util.function.Consumer<T> action) {
        int written = 0;
        for (int page = 0; written < MAX_ROWS; page++) {
            Page<T> slice = pages.read(page, PAGE_SIZE);
            for (T row : slice.items()) {
                if (written++ >= MAX_ROWS) {
                    return;
                }
                action.accept(row);
            }
            if (slice.items().size() < PAGE_SIZE || (long) (page + 1) * PAGE_SIZE >= slice.total()) {
                return;
            }
        }
    }

    /** ASCII letters, digits and dashes: a name every system accepts. */
    static String fileName(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return name.isEmpty() ? "export" : name;
    }
}
