package cn.wulian.liancai.shared.export;

import cn.wulian.liancai.shared.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as an Excel workbook (xlsx): a bold, frozen header row, numbers as numbers (money
 * exact to the fen), dates as dates, lists joined. Every list of the app exports through this.
 *
 * <p>Rows are taken one at a time from their {@link Iterable} and flushed to a temporary file by
 * POI's streaming workbook (a window of {@value #WINDOW} rows in memory), so a workbook of any
 * length costs the same memory. Text is written as text cells, never as formulas: a value such as
 * {@code =HYPERLINK(…)} shows as typed and is not evaluated, so the xlsx needs no neutralising of
 * such cells (the CSV does: {@link CsvFile}).
 */
public final class Spreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int WINDOW = 200;

    /** one column: its header (already in the reader's language) and how to read a row's value */
    public record Column<T>(String header, Function<T, Object> value) {

        /** a column whose header is the message {@code key} in the reader's language */
        public static <T> Column<T> labelled(Locale locale, String key, Function<T, Object> value) {
            return new Column<>(Messages.text(locale, key), value);
        }
    }

    private Spreadsheet() {
    }

    /** one sheet of a workbook: its name (Excel keeps 31 characters of it), columns and rows */
    public record Worksheet<T>(String name, List<Column<T>> columns, Iterable<T> rows) {
    }

    public static <T> byte[] xlsx(String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        return xlsx(List.of(new Worksheet<>(sheetName, columns, rows)));
    }

    /** a workbook of several sheets, in this order, e.g. a ranking's units and its projects */
    public static byte[] xlsx(List<Worksheet<?>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(sheets, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spreadsheet", e);
        }
        return out.toByteArray();
    }

    /**
     * The workbook written to {@code out}, read from its rows as it goes. Nothing reaches
     * {@code out} before the last row has been read (the zip is assembled at the end); the stream
     * is left open for its owner.
     */
    public static void write(List<Worksheet<?>> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Styles styles = new Styles(workbook.getCellStyleAt(0), header, date, money);
            for (Worksheet<?> sheet : sheets) {
                fill(workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name())), sheet, styles);
            }
            workbook.write(out);
        } finally {
            // the temporary files of the flushed rows go whatever happened, and so does the workbook
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * A cell without a style of its own is given its column's when written, which POI looks up in
     * the sheet's XML for every such cell: with the columns' widths set, that lookup was half of the
     * time of a 100,000-row export. So every cell gets its style, the plain one by default.
     */
    private record Styles(CellStyle plain, CellStyle header, CellStyle date, CellStyle money) {
    }

    private static <T> void fill(Sheet sheet, Worksheet<T> content, Styles styles) {
        List<Column<T>> columns = content.columns();
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).header().length() * 3)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T row : content.rows()) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(row);
                if (value != null) {
                    // an empty value is no cell at all, as in a sheet typed by hand
                    write(line.createCell(c), value, styles);
                }
            }
        }
    }

    private static void write(Cell cell, Object value, Styles styles) {
        switch (value) {
            case BigDecimal d -> {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(styles.money());
            }
            case Number n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.plain());
            }
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date());
            }
            case Collection<?> list -> {
                cell.setCellValue(joined(list));
                cell.setCellStyle(styles.plain());
            }
            default -> {
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.plain());
            }
        }
    }

    /** a list in one cell, as both formats write it */
    static String joined(Collection<?> list) {
        return String.join("；", list.stream().map(String::valueOf).toList());
    }
}
