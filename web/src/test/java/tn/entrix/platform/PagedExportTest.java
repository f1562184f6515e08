package tn.entrix.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PagedExportTest {

    record Row(String name, Instant start, Integer capacity) {
    }

    private static final List<PagedExport.Column<Row>> COLUMNS = List.of(
            new PagedExport.Column<>("Nom", Row::name),
            new PagedExport.Column<>("Début", Row::start),
            new PagedExport.Column<>("Capacité", Row::capacity));

    @Test
    void csvIsUtf8WithABomSemicolonsForFrenchAndQuotesWhereNeeded() {
        List<Row> rows = List.of(new Row("EST – CA; derby", Instant.parse("2026-09-13T15:00:00Z"), 60_000),
                new Row("=HYPERLINK(\"x\")", null, null));
        String csv = new String(write(PagedExport.Format.CSV, rows, Locale.FRENCH), StandardCharsets.UTF_8);
        assertEquals("\uFEFFNom;Début;Capacité\r\n"
                + "\"EST – CA; derby\";2026-09-13 16:00;60000\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\";;\r\n", csv);
        String english = new String(write(PagedExport.Format.CSV, rows.subList(0, 1), Locale.ENGLISH),
                StandardCharsets.UTF_8);
        assertTrue(english.contains("EST – CA; derby,2026-09-13 16:00,60000"), english);
    }

    @Test
    void everyPageIsReadAndExcelKeepsNumbersAndDates() throws IOException {
        List<Row> rows = new ArrayList<>();
        IntStream.range(0, 1_234).forEach(i -> rows.add(new Row("Match " + i,
                Instant.parse("2026-08-01T19:30:00Z").plusSeconds(86_400L * i), i)));
        byte[] xlsx = write(PagedExport.Format.XLSX, rows, Locale.FRENCH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(1_234, sheet.getLastRowNum(), "a header and every row, across three pages");
            assertEquals("Capacité", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals("Match 1233", sheet.getRow(1_234).getCell(0).getStringCellValue());
            assertEquals(1_233.0, sheet.getRow(1_234).getCell(2).getNumericCellValue());
            // 19:30 UTC is 20:30 in Tunis
            assertEquals(20, sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().getHour());
        }
    }

    @Test
    void fileNamesAreAscii() {
        assertEquals("evenements-l1-2026", PagedExport.fileName("Événements L1 2026"));
    }

    private static byte[] write(PagedExport.Format format, List<Row> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PagedExport.write(format, COLUMNS, (page, size) -> {
            int from = Math.min(rows.size(), page * size);
            return new Page<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
        }, locale, out);
        return out.toByteArray();
    }
}
