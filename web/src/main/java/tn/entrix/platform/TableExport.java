package tn.entrix.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Downloads of console lists: a header row and text cells, as CSV (UTF-8 with a BOM and semicolons, which is what
 * Excel in French expects) or as an Excel workbook; and any record as a JSON file.
 */
public final class TableExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    public static StreamedContent csv(String fileName, List<String> headers, List<List<String>> rows) {
        return download(fileName, "text/csv", csvBytes(headers, rows));
    }

    public static StreamedContent xlsx(String fileName, String sheetName, List<String> headers,
                                       List<List<String>> rows) {
        return download(fileName, XLSX, xlsxBytes(sheetName, headers, rows));
    }

    public static StreamedContent json(Object value, String fileName) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return download(fileName, "application/json", jsonb.toJson(value).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write " + fileName + " as JSON", e);
        }
    }

    static byte[] csvBytes(List<String> headers, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, headers);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsxBytes(String sheetName, List<String> headers, List<List<String>> rows) {
        // streaming: a few hundred rows in memory at a time, whatever the size of the list
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            ((SXSSFSheet) sheet).trackAllColumnsForAutoSizing();
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < headers.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // in memory: nothing to release
            }
        }
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(quote(values.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * Quoted when needed; a cell starting with = + - @ gets a leading apostrophe so that a spreadsheet does not run
     * it as a formula (CSV injection: a user's display name is anybody's text).
     */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(",")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static StreamedContent download(String fileName, String contentType, byte[] bytes) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
