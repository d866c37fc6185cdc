package cn.wulian.liancai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 4180 as the seed files use it, plus what spreadsheet programs add (BOM, CRLF). */
class CsvTest {

    static List<Map<String, String>> read(String text) {
        return Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** one row as a map in column order; "null" stands for an empty cell */
    static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void oneMapPerRowKeyedByTheHeader() {
        List<Map<String, String>> rows = read("code,name,kind\n371121001,洪凝街道,街道\n371121102,街头镇,镇\n");
        assertEquals(List.of(
                row("code", "371121001", "name", "洪凝街道", "kind", "街道"),
                row("code", "371121102", "name", "街头镇", "kind", "镇")), rows);
        assertEquals(List.of("code", "name", "kind"), List.copyOf(rows.getFirst().keySet()));
    }

    @Test
    void quotedFieldsHoldCommas() {
        assertEquals(List.of(row("a", "1", "b", "微信沟通座谈会报名事宜, 已确认参加。", "c", "3")),
                read("a,b,c\n1,\"微信沟通座谈会报名事宜, 已确认参加。\",3\n"));
    }

    @Test
    void doubledQuotesAreOneQuote() {
        assertEquals(List.of(row("notes", "享受\"五个一\"扶持政策", "n", "\"")),
                read("notes,n\n\"享受\"\"五个一\"\"扶持政策\",\"\"\"\"\n"));
    }

    @Test
    void quotedFieldsHoldLineBreaks() {
        assertEquals(List.of(row("a", "1", "actions", "第一条\n第二条\r\n第三条", "b", "x"), row("a", "2", "actions", "y", "b", "z")),
                read("a,actions,b\n1,\"第一条\n第二条\r\n第三条\",x\n2,y,z\n"));
    }

    @Test
    void windowsAndOldMacLineEnds() {
        List<Map<String, String>> expected = List.of(row("a", "1", "b", "2"), row("a", "3", "b", "4"));
        assertEquals(expected, read("a,b\r\n1,2\r\n3,4\r\n"));
        assertEquals(expected, read("a,b\r1,2\r3,4"));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        List<Map<String, String>> rows = read("\uFEFFcode,name\n371121001,洪凝街道\n");
        assertEquals(List.of(row("code", "371121001", "name", "洪凝街道")), rows);
    }

    @Test
    void emptyCellsAreNull() {
        assertEquals(List.of(row("a", "1", "b", null, "c", null), row("a", null, "b", null, "c", "3")),
                read("a,b,c\n1,,\"\"\n,,3\n"));
    }

    @Test
    void shortRowsAreFilledWithNullAndLongRowsCut() {
        assertEquals(List.of(row("a", "1", "b", null, "c", null), row("a", "1", "b", "2", "c", "3")),
                read("a,b,c\n1\n1,2,3,4\n"));
    }

    @Test
    void withOrWithoutATrailingNewlineAndBlankLines() {
        List<Map<String, String>> expected = List.of(row("a", "1"), row("a", "2"));
        assertEquals(expected, read("a\n1\n2\n"));
        assertEquals(expected, read("a\n1\n2"));
        assertEquals(expected, read("a\n1\n\n2\n\n"));
        assertEquals(List.of(row("a", "x")), read("a\n\"x\""));
    }

    @Test
    void headerNamesAreTrimmed() {
        assertEquals(List.of(row("code", "1", "name", "2")), read(" code , name\n1,2\n"));
    }

    @Test
    void valuesAreNotTrimmed() {
        assertEquals(List.of(row("a", " 1 ", "b", "  ")), read("a,b\n 1 ,  \n"));
    }

    @Test
    void nothingOrOnlyAHeader() {
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("a,b\n"));
        assertEquals(List.of(), read("a,b"));
    }
}
