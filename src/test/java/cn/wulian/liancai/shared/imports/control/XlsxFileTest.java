package cn.wulian.liancai.shared.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own xlsx reader against POI's: what POI writes reads as POI would show it, what the
 * app's writer writes reads back unchanged, and the guards against zip bombs hold.
 */
class XlsxFileTest {

    @TempDir
    Path dir;

    record Person(String name, Object value) {
    }

    @Test
    void whatTheAppExportsItReadsBackAsWritten() throws IOException {
        List<Column<Person>> columns = List.of(new Column<>("姓名", Person::name), new Column<>("值", Person::value));
        Path file = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Spreadsheet.write(List.of(new Spreadsheet.Worksheet<>("名单", columns, List.of(
                    new Person("张伟", 13800138000L),
                    new Person("<李娜> & \"王芳\"", new BigDecimal("1234.56")),
                    new Person("刘洋", LocalDate.of(2019, 7, 1)),
                    new Person("陈静", "第一行\n第二行\t_x0041_ 控制\u0001字符"),
                    new Person("杨帆", List.of("人工智能", "机器学习")),
                    new Person("赵磊", 0.1 + 0.2),
                    new Person("黄敏", null)))), out);
        }
        try (TabularFile f = TabularFiles.open(file, "export.xlsx", 100)) {
            assertEquals(List.of("姓名", "值"), f.headers());
            List<List<String>> rows = TabularFilesTest.rows(f).stream().map(SheetRow::cells).toList();
            assertEquals(List.of(
                    List.of("张伟", "13800138000"),
                    List.of("<李娜> & \"王芳\"", "1234.56"),
                    List.of("刘洋", "2019-07-01"),
                    List.of("陈静", "第一行\n第二行\t_x0041_ 控制\u0001字符"),
                    List.of("杨帆", "人工智能；机器学习"),
                    List.of("赵磊", "0.3"),
                    List.of("黄敏")), rows);
        }
    }

    @Test
    void datesAreToldByTheirFormatAsPoiTellsThem() {
        List<String> formats = List.of("yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "h:mm:ss", "[h]:mm", "mm:ss", "[$-804]yyyy/m/d", "d-mmm-yy",
                "yyyy/m/d h:mm AM/PM", "0.00", "#,##0.00", "[Red]0.00", "#,##0_);[Red](#,##0)", "General", "@", "0%", "0.00E+00",
                "_(* #,##0_)");
        for (String format : formats) {
            assertEquals(DateUtil.isADateFormat(200, format), XlsxFile.dateFormat(format), format);
        }
        for (int id = 0; id <= 49; id++) {
            if (!(id >= 27 && id <= 36)) {
                assertEquals(DateUtil.isInternalDateFormat(id), XlsxFile.builtInDate(id), "built-in format " + id);
            }
        }
        assertTrue(XlsxFile.builtInDate(31), "yyyy年m月d日 of Chinese Excel, by its id alone");
        for (String text : List.of("\"d\"0", "\\d0")) {
            assertFalse(XlsxFile.dateFormat(text), text + ": a quoted or escaped d is text (Excel shows d5), though POI takes it for a date");
        }
    }

    @Test
    void serialNumbersAreTheDaysPoiReckons() {
        for (double serial : new double[] {0, 0.5, 1, 59, 60, 61, 43647, 43647.75, 2958465.999}) {
            for (boolean date1904 : new boolean[] {false, true}) {
                LocalDateTime poi = DateUtil.getLocalDateTime(serial, date1904);
                assertEquals(poi, XlsxFile.dateTime(BigDecimal.valueOf(serial), date1904), serial + (date1904 ? " (1904)" : ""));
            }
        }
    }

    @Test
    void poisCellsOfEveryKindReadAsExcelShowsThem() throws IOException {
        Path file = dir.resolve("kinds.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("名单");
            Row header = s.createRow(0);
            String[] names = {"日期", "时间", "数", "布尔", "中文日期", "红数"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(LocalDate.of(2024, 2, 29));
            r.getCell(0).setCellStyle(style(wb, "m/d/yy"));
            r.createCell(1).setCellValue(0.75);
            r.getCell(1).setCellStyle(style(wb, "h:mm"));
            r.createCell(2).setCellValue(43647);
            r.getCell(2).setCellStyle(style(wb, "0.00"));
            r.createCell(3).setCellValue(false);
            r.createCell(4).setCellValue(LocalDate.of(1990, 1, 5));
            r.getCell(4).setCellStyle(style(wb, "[$-804]yyyy\"年\"m\"月\"d\"日\";@"));
            r.createCell(5).setCellValue(-12.5);
            r.getCell(5).setCellStyle(style(wb, "[Red]0.00"));
            wb.write(out);
        }
        try (TabularFile f = TabularFiles.open(file, "kinds.xlsx", 100)) {
            assertEquals(List.of("2024-02-29", "18:00:00", "43647", "FALSE", "1990-01-05", "-12.5"), f.first(1).getFirst().cells());
        }
    }

    private static CellStyle style(XSSFWorkbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void aWorkbookOf1904CountsItsDaysFrom1904() throws IOException {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var properties = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr();
            properties.setDate1904(true);
            XSSFSheet s = wb.createSheet("名单");
            s.createRow(0).createCell(0).setCellValue("姓名");
            s.getRow(0).createCell(1).setCellValue("生日");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("张伟");
            r.createCell(1).setCellValue(LocalDate.of(1985, 6, 1));
            r.getCell(1).setCellStyle(style(wb, "yyyy-mm-dd"));
            wb.write(out);
        }
        try (TabularFile f = TabularFiles.open(file, "mac.xlsx", 100)) {
            assertEquals(List.of("张伟", "1985-06-01"), f.first(1).getFirst().cells());
        }
    }

    @Test
    void aPartThatInflatesAHundredfoldIsAZipBomb() throws IOException {
        Path bomb = RawXlsx.write(dir.resolve("bomb.xlsx"), null, List.of(), out -> {
            out.write("<row r=\"1\">" + RawXlsx.text("A1", "姓名") + RawXlsx.text("B1", "手机") + "</row>");
            char[] blanks = new char[1 << 20];
            Arrays.fill(blanks, ' ');
            for (int i = 0; i < 64; i++) {
                out.write(blanks);
            }
        }, "");
        assertTrue(Files.size(bomb) < 1 << 20, "64 MB of XML in a small zip: " + Files.size(bomb));
        DomainViolation v = assertThrows(DomainViolation.class, () -> TabularFiles.open(bomb, "bomb.xlsx", 100).close());
        assertEquals(Map.of("file", "import.file.broken"), v.fieldKeys());
    }

    @Test
    void aZipOfThousandsOfPartsIsNotOpened() throws IOException {
        Path many = dir.resolve("many.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            for (int i = 0; i < OoxmlPackage.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/part" + i + ".xml"));
            }
        }
        DomainViolation v = assertThrows(DomainViolation.class, () -> TabularFiles.open(many, "many.xlsx", 100).close());
        assertEquals(Map.of("file", "import.file.broken"), v.fieldKeys());
    }

    @Test
    void rangesNameTheirRows() {
        assertEquals(List.of(3, 5), toList(XlsxFile.rows("B3:B5")));
        assertEquals(List.of(1, 1048576), toList(XlsxFile.rows("$A$1:$XFD$1048576")));
        assertEquals(List.of(7, 7), toList(XlsxFile.rows("C7")));
        assertThrows(IllegalArgumentException.class, () -> XlsxFile.rows("B3:"));
    }

    private static List<Integer> toList(int[] rows) {
        return List.of(rows[0], rows[1]);
    }
}
