package cn.wulian.liancai.shared.export;

import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * Writes a list as CSV with the same columns and headers as its {@link Spreadsheet}: UTF-8 with a
 * byte order mark (without it Excel on a Chinese Windows reads the file as GBK and shows mojibake),
 * fields quoted as RFC 4180 has it (only where needed, quotes doubled, lines ended by CRLF), money
 * with two decimals, dates as {@code yyyy-MM-dd}, lists joined as in the workbook.
 *
 * <p>A text that begins with {@code = + - @} (or a tab or carriage return) is written with a
 * leading apostrophe: a spreadsheet program opening the file would otherwise take it as a formula
 * (CSV injection: {@code =HYPERLINK("http://…")} typed into a talent's employer would become a
 * link in the office's copy). Numbers and dates are never text and keep their sign.
 */
public final class CsvFile {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final char BOM = '\uFEFF';

    private CsvFile() {
    }

    /** the header line and every row, written to {@code out} as they are read; the stream is left open */
    public static <T> void write(List<Column<T>> columns, Iterable<T> rows, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(BOM);
        for (int c = 0; c < columns.size(); c++) {
            field(w, c, neutralised(columns.get(c).header()));
        }
        w.write("\r\n");
        for (T row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                field(w, c, text(columns.get(c).value().apply(row)));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    /** one value as the CSV shows it */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.setScale(Math.max(2, d.scale()), RoundingMode.UNNECESSARY).toPlainString();
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
            case Number n -> n.toString();
            case Collection<?> list -> neutralised(Spreadsheet.joined(list));
            case String s -> neutralised(s);
            default -> value instanceof java.time.temporal.TemporalAccessor ? value.toString() : neutralised(value.toString());
        };
    }

    /** text that a spreadsheet program would take for a formula, made plain text */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void field(Writer w, int column, String text) throws IOException {
        if (column > 0) {
            w.write(',');
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            w.write(text);
            return;
        }
        w.write('"');
        w.write(text.replace("\"", "\"\""));
        w.write('"');
    }
}
