package cn.wulian.liancai.shared.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV as Excel on a Chinese Windows and RFC 4180 readers expect it, byte for byte. */
class CsvFileTest {

    record Row(String text, Object value) {
    }

    static final List<Column<Row>> COLUMNS = List.of(new Column<>("名称", Row::text), new Column<>("值", Row::value));

    static byte[] csv(List<Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvFile.write(COLUMNS, rows, out);
        return out.toByteArray();
    }

    @Test
    void utf8WithAByteOrderMarkAndCrlfLines() throws IOException {
        byte[] bytes = csv(List.of(new Row("张伟", 1990), new Row("單曾", null)));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "the BOM Excel needs to read UTF-8");
        assertEquals("\uFEFF名称,值\r\n张伟,1990\r\n單曾,\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() throws IOException {
        String text = new String(csv(List.of(
                new Row("青岛, 山东", "说\"你好\""),
                new Row("第一行\n第二行", "a\r\nb"),
                new Row("plain", "no quotes needed"))), StandardCharsets.UTF_8);
        assertEquals("\uFEFF名称,值\r\n\"青岛, 山东\",\"说\"\"你好\"\"\"\r\n\"第一行\n第二行\",\"a\r\nb\"\r\nplain,no quotes needed\r\n", text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            =1+1                      | '=1+1
            +86 139                   | '+86 139
            -2                        | '-2
            @SUM(A1)                  | '@SUM(A1)
            =HYPERLINK("http://x")    | ^"'=HYPERLINK(""http://x"")"^
            a=b                       | a=b
            138****5678               | 138****5678
            """)
    void textThatAProgramWouldTakeForAFormulaIsNeutralised(String typed, String written) throws IOException {
        String text = new String(csv(List.of(new Row(typed, null))), StandardCharsets.UTF_8);
        assertEquals("\uFEFF名称,值\r\n" + written + ",\r\n", text);
    }

    @Test
    void aTabOrCarriageReturnInFrontIsNeutralisedToo() {
        assertEquals("'\t=1", CsvFile.text("\t=1"));
        assertEquals("'\r=1", CsvFile.text("\r=1"));
    }

    @Test
    void numbersKeepTheirSignMoneyHasTwoDecimalsDatesAreIsoListsAreJoined() {
        assertEquals("-5", CsvFile.text(-5));
        assertEquals("-1234.50", CsvFile.text(new BigDecimal("-1234.5")));
        assertEquals("1000000.00", CsvFile.text(new BigDecimal("1E+6")));
        assertEquals("0.125", CsvFile.text(new BigDecimal("0.125")), "more precise than a fen: kept, not rounded");
        assertEquals("12.5", CsvFile.text(12.5d));
        assertEquals("10000000", CsvFile.text(1.0e7d), "no exponent");
        assertEquals("2026-03-01", CsvFile.text(LocalDate.of(2026, 3, 1)));
        assertEquals("人工智能；机器学习", CsvFile.text(List.of("人工智能", "机器学习")));
        assertEquals("'=x；y", CsvFile.text(List.of("=x", "y")));
        assertEquals("", CsvFile.text(null));
    }
}
