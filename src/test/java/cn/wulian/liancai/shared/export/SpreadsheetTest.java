package cn.wulian.liancai.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook writer: typed cells, no formulas, and rows taken one at a time from any length of list. */
class SpreadsheetTest {

    record Row(String name, Object value) {
    }

    static final List<Column<Row>> COLUMNS = List.of(new Column<>("名称", Row::name), new Column<>("值", Row::value));

    static Sheet read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    @Test
    void numbersDatesMoneyAndListsAreTypedAndFormulaLikeTextStaysText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.XLSX.write("人才库", COLUMNS, List.of(
                new Row("count", 42),
                new Row("money", new BigDecimal("1234.56")),
                new Row("date", LocalDate.of(2026, 3, 1)),
                new Row("list", List.of("人工智能", "机器学习")),
                new Row("formula", "=HYPERLINK(\"http://x\")"),
                new Row("empty", null)), out);
        Sheet sheet = read(out.toByteArray());
        assertEquals("人才库", sheet.getSheetName());
        assertEquals("值", sheet.getRow(0).getCell(1).getStringCellValue());
        assertEquals(42, sheet.getRow(1).getCell(1).getNumericCellValue());
        Cell money = sheet.getRow(2).getCell(1);
        assertEquals(1234.56, money.getNumericCellValue());
        assertEquals("#,##0.00", money.getCellStyle().getDataFormatString());
        Cell date = sheet.getRow(3).getCell(1);
        assertTrue(DateUtil.isCellDateFormatted(date));
        assertEquals(LocalDate.of(2026, 3, 1), date.getLocalDateTimeCellValue().toLocalDate());
        assertEquals("人工智能；机器学习", sheet.getRow(4).getCell(1).getStringCellValue());
        Cell formula = sheet.getRow(5).getCell(1);
        assertEquals(CellType.STRING, formula.getCellType(), "written as text, never as a formula to evaluate");
        assertEquals("=HYPERLINK(\"http://x\")", formula.getStringCellValue());
        assertEquals(null, sheet.getRow(6).getCell(1), "nothing for an empty value");
    }

    @Test
    void rowsAreTakenAsTheyComeSoNoListOfThemIsNeeded() throws IOException {
        int rows = 5_000;
        // an iterable that makes each row when asked and forgets it: the writer must not need them all at once
        Iterable<Row> made = () -> new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < rows;
            }

            @Override
            public Row next() {
                next++;
                return new Row("第" + next + "行", next);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(List.of(new Spreadsheet.Worksheet<>("长表", COLUMNS, made)), out);
        Sheet sheet = read(out.toByteArray());
        assertEquals(rows, sheet.getLastRowNum());
        IntStream.of(1, 200, 201, 4_999, 5_000).forEach(r -> assertEquals(r, (int) sheet.getRow(r).getCell(1).getNumericCellValue()));
    }

    @Test
    void theHeaderIsBoldAndFrozenTheColumnsWideEnoughAndEverySheetNamedOnce() throws IOException {
        byte[] bytes = Spreadsheet.xlsx(List.of(
                new Spreadsheet.Worksheet<>("单位/排名 [2026]", COLUMNS, List.of(new Row("甲", 1))),
                new Spreadsheet.Worksheet<>("单位/排名 [2026]", COLUMNS, List.of()),
                new Spreadsheet.Worksheet<>("一个名字长得超过了Excel允许的三十一个字符的工作表名称啊啊啊啊", COLUMNS, List.of())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("单位 排名  2026 ", "单位 排名  2026  (2)", "一个名字长得超过了Excel允许的三十一个字符的工作表名称啊啊"),
                    IntStream.range(0, 3).mapToObj(workbook::getSheetName).toList());
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row frozen");
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(10 * 256, sheet.getColumnWidth(0), "at least ten characters wide");
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
        }
    }
}
