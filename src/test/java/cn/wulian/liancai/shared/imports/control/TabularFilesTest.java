package cn.wulian.liancai.shared.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.DomainViolation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as offices bring them, and files that must be refused with a message the user can act on. */
class TabularFilesTest {

    static final Path FIXTURES = Path.of("src/test/resources/imports");
    static final List<String> HEADERS = List.of("姓名", "性别", "出生年月", "乡镇", "学历", "手机", "专长", "备注");

    @TempDir
    Path dir;

    // ---- CSV

    @Test
    void csvInUtf8WithAndWithoutMarkAndInGbkReadsAlike() {
        for (String name : List.of("talents-utf8.csv", "talents-utf8-bom.csv", "talents-gbk.csv")) {
            try (TabularFile f = TabularFiles.open(FIXTURES.resolve(name), name, 100)) {
                assertEquals(HEADERS, f.headers(), name);
                assertEquals(3, f.rowCount(), name);
                List<SheetRow> rows = rows(f);
                assertEquals(List.of(2, 4, 5), rows.stream().map(SheetRow::number).toList(), name + ": the blank row counts in the numbering");
                assertEquals(List.of("张伟", "男", "1990.05", "洪凝街道", "本科", "138 0013 8000", "人工智能、机器学习", ""), rows.get(0).cells(), name);
                assertEquals("芯片设计,封装", rows.get(1).cell(6), name);
                assertEquals("说\"好\"的\n第二行", rows.get(1).cell(7), name);
                assertEquals("１９８８", rows.get(2).cell(2), name);
                assertEquals(null, rows.get(2).cell(5), name + ": blank cell");
                assertEquals(null, rows.get(2).cell(40), name + ": beyond the row");
            }
        }
    }

    @Test
    void csvInUtf16WithItsMarkIsRead() throws IOException {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "姓名,手机\r\n张伟,13800138000\r\n".getBytes(StandardCharsets.UTF_16LE)));
        try (TabularFile f = TabularFiles.open(file, "utf16.csv", 10)) {
            assertEquals(List.of("姓名", "手机"), f.headers());
            assertEquals(List.of("张伟", "13800138000"), rows(f).getFirst().cells());
        }
    }

    @Test
    void gb18030BeyondGbkIsReadToo() throws IOException {
        Path file = dir.resolve("gb18030.csv");
        // 䶮 (yǎn) is outside GBK, in GB18030's four-byte range: names have such characters
        Files.write(file, "姓名,乡镇\n刘䶮,洪凝街道\n".getBytes(Charset.forName("GB18030")));
        try (TabularFile f = TabularFiles.open(file, "gb18030.csv", 10)) {
            assertEquals("刘䶮", f.first(1).getFirst().cell(0));
        }
    }

    /** a rare character made in GBK's user-defined area (造字) for a name is read, not taken for another encoding */
    @Test
    void aGbkFileWithOneCharacterOfTheUserDefinedAreaIsRead() throws IOException {
        Path file = dir.resolve("gbk-made.csv");
        byte[] made = {(byte) 0xAA, (byte) 0xA1}; // the first code of GBK's user-defined area, U+E000 in GB18030
        byte[] head = "姓名,乡镇,备注\n张".getBytes(Charset.forName("GBK"));
        byte[] tail = ",洪凝街道,名字的第二个字是造字\n李娜,街头镇,\n王芳,潮河镇,\n".getBytes(Charset.forName("GBK"));
        Files.write(file, concat(concat(head, made), tail));
        try (TabularFile f = TabularFiles.open(file, "gbk-made.csv", 10)) {
            assertEquals("张\uE000", f.first(1).getFirst().cell(0));
        }
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUses() throws IOException {
        assertEquals(List.of("a;b", "c"), onlyRow(csv("tab.txt", "姓名\t备注\na;b\tc\n")).cells());
        assertEquals(List.of("a,b", "c"), onlyRow(csv("semi.csv", "姓名;备注\na,b;c\n")).cells());
        assertEquals(List.of("a,b", "c"), onlyRow(csv("sep.csv", "sep=;\n姓名;备注\na,b;c\n")).cells());
        assertEquals(2, onlyRow(csv("sep2.csv", "sep=;\n姓名;备注\na,b;c\n")).number(), "Excel hides its sep= line");
        assertEquals(List.of("x", "y"), onlyRow(csv("cr.csv", "姓名,备注\rx,y\r")).cells(), "old Mac line ends");
        assertEquals(List.of("x", "", ""), onlyRow(csv("trail.csv", "姓名,备注,\r\nx,,")).cells(), "a last line without its line end");
    }

    @Test
    void aTitleAboveTheHeaderIsNotTheHeader() throws IOException {
        TabularFile f = csv("title.csv", "2024年五莲籍高校毕业生名单,,,\n\n姓名,手机,学历,备注\n张伟,13800138000,本科,\n");
        assertEquals(List.of("姓名", "手机", "学历", "备注"), f.headers());
        assertEquals(4, onlyRow(f).number());
    }

    @Test
    void aQuoteLeftOpenIsNamedByItsRow() throws IOException {
        assertRefused("import.file.quote", write("open.csv", "姓名,备注\n张伟,ok\n李娜,\"没有结束\n王芳,x\n"), 100);
        assertEquals("第 3 行有未闭合的引号，无法确定单元格在哪里结束",
                refused(write("open2.csv", "姓名,备注\n张伟,ok\n李娜,\"没有结束\n"), 100).text("file", Locale.CHINA));
    }

    @Test
    void textInNoKnownEncodingIsRefused() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "Name,City\nJosé,São Paulo\nRenée,Zürich\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("import.file.encoding", latin1, 100);
        // Big5 (Taiwan, Hong Kong) decodes as GB18030 too, as nonsense in its private-use areas: 姓名 read as ﹎
        Path big5 = dir.resolve("big5.csv");
        Files.write(big5, "姓名,籍貫,備註\n陳美玲,臺北,曾在臺灣大學任教。\n".getBytes(Charset.forName("Big5")));
        assertRefused("import.file.encoding", big5, 100);
        Path brokenUtf16 = dir.resolve("utf16.csv");
        Files.write(brokenUtf16, new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, (byte) 0x00, (byte) 0xDC, 'b', 0});
        assertRefused("import.file.encoding", brokenUtf16, 100);
    }

    @Test
    void emptyHeaderlessAndOversizedCsvAreRefused() throws IOException {
        assertRefused("import.file.empty", write("zero.csv", ""), 100);
        assertRefused("import.file.empty", write("blank.csv", "\n\n ,　,\n"), 100);
        assertRefused("import.file.empty", write("header.csv", "姓名,手机\n,\n"), 100);
        assertRefused("import.file.noHeader", write("numbers.csv", "1,2,3\n4,5,6\n"), 100);
        DomainViolation tooMany = refused(write("four.csv", "姓名,手机\n1,1\n2,2\n\n3,3\n4,4\n"), 3);
        assertEquals(Map.of("file", "import.file.tooManyRows"), tooMany.fieldKeys());
        assertEquals("The file has 4 data rows, more than the 3 one import takes; split it and import the parts", tooMany.text("file", Locale.ENGLISH));
        try (TabularFile exactly = TabularFiles.open(write("three.csv", "姓名,手机\n1,1\n2,2\n\n3,3\n"), "three.csv", 3)) {
            assertEquals(3, exactly.rowCount());
        }
    }

    @Test
    void aMillionRowCsvIsRefusedQuickly() throws IOException {
        Path file = dir.resolve("million.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,手机,乡镇\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("人才" + i + "," + (13_800_000_000L + i) + ",洪凝街道\n");
            }
        }
        assertRefusedQuickly(file, Locale.ENGLISH, "The file has 1000000 data rows, more than the 200000 one import takes; split it and import the parts");
    }

    @Test
    void anExceptionOfTheCallerComesOutUnchanged() throws IOException {
        IllegalStateException cancelled = new IllegalStateException("cancelled");
        for (TabularFile f : List.of(TabularFiles.open(FIXTURES.resolve("talents-utf8.csv"), "a.csv", 10), TabularFiles.open(poiWorkbook(), "b.xlsx", 10))) {
            try (f) {
                assertSame(cancelled, assertThrows(IllegalStateException.class, () -> f.forEachRow(row -> {
                    throw cancelled;
                })));
            }
        }
    }

    // ---- XLSX

    @Test
    void aWorkbookReadsAsTheUserSeesIt() throws IOException {
        try (TabularFile f = TabularFiles.open(poiWorkbook(), "名单.xlsx", 100)) {
            assertEquals(List.of("姓名", "手机", "毕业时间", "年龄", "备注"), f.headers(), "the merged title row above is not the header");
            assertEquals(2, f.rowCount(), "the blank rows are not counted");
            List<SheetRow> rows = rows(f);
            assertEquals(List.of(3, 6), rows.stream().map(SheetRow::number).toList());
            assertEquals(List.of("张伟", "13800138000", "2019-07-01", "30", "说明"), rows.get(0).cells(), "phone without 1.38E10, date as ISO, 30.0 as 30");
            assertEquals(List.of("李娜", "", "", "0.3", "", "2"), rows.get(1).cells(), "a gap kept as blank; the formula's value; 0.1+0.2 at 15 digits");
            assertEquals(rows, rows(f), "read again, the same");
            assertEquals(rows.subList(0, 1), f.first(1));
        }
    }

    /** a title merged over A1:E1, the header in row 2, data with a blank row 4 and a formatted but empty row 5 */
    Path poiWorkbook() throws IOException {
        Path file = dir.resolve("poi-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("名单");
            s.createRow(0).createCell(0).setCellValue("2024年五莲籍人才名单");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:E1"));
            Row header = s.createRow(1);
            String[] names = {"姓名", "手机", "毕业时间", "年龄", "备注"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row r = s.createRow(2);
            r.createCell(0).setCellValue("张伟");
            r.createCell(1).setCellValue(13800138000d);
            r.createCell(2).setCellValue(LocalDate.of(2019, 7, 1));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(30.0);
            r.createCell(4).setCellValue("说明");
            s.createRow(4).createCell(2).setCellStyle(date);
            Row last = s.createRow(5);
            last.createCell(0).setCellValue("李娜");
            last.createCell(3).setCellValue(0.1 + 0.2);
            last.createCell(5).setCellFormula("1+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }

    @Test
    void formulasGiveTheirCachedValueAndAreNeverEvaluated() throws IOException {
        Path file = RawXlsx.write(dir.resolve("formula.xlsx"), "A1:C2", List.of("<si><t>姓名</t></si>", "<si><r><t>张</t></r><r><t>伟</t></r><rPh><t>ジャン</t></rPh></si>"), out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>" + RawXlsx.text("B1", "合计") + RawXlsx.text("C1", "毕业") + "</row>");
            out.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><f>1+1</f><v>7</v></c><c r=\"C2\" t=\"str\"><f>\"x\"&amp;\"y\"</f><v>cached</v></c>"
                    + "<c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"E2\"><f>NOW()</f></c>" + RawXlsx.number("F2", "43647", 1) + "<c r=\"G2\" t=\"b\"><v>1</v></c></row>");
        }, "");
        try (TabularFile f = TabularFiles.open(file, "formula.xlsx", 10)) {
            assertEquals(List.of("张伟", "7", "cached", "#DIV/0!", "", "2019-07-01", "TRUE"), f.first(5).getFirst().cells(),
                    "rich text joined without its phonetic guide; a formula without a cached value is blank");
        }
    }

    @Test
    void mergedCellsInTheDataAreRefusedByTheirRange() throws IOException {
        Path file = RawXlsx.write(dir.resolve("merged.xlsx"), "A1:B5", List.of(), out -> {
            out.write("<row r=\"1\">" + RawXlsx.text("A1", "姓名") + RawXlsx.text("B1", "乡镇") + "</row>");
            for (int r = 2; r <= 5; r++) {
                out.write("<row r=\"" + r + "\">" + RawXlsx.text("A" + r, "人" + r) + (r == 3 ? RawXlsx.text("B3", "洪凝街道") : "") + "</row>");
            }
        }, "<mergeCells count=\"1\"><mergeCell ref=\"B3:B5\"/></mergeCells>");
        DomainViolation v = refused(file, 100);
        assertEquals(Map.of("file", "import.file.merged"), v.fieldKeys());
        assertTrue(v.text("file", Locale.CHINA).contains("B3:B5"), v.text("file", Locale.CHINA));
    }

    @Test
    void aMergedHeaderIsRefusedAsWell() throws IOException {
        Path file = RawXlsx.write(dir.resolve("header.xlsx"), "A1:C3", List.of(), out -> {
            out.write("<row r=\"1\">" + RawXlsx.text("A1", "姓名") + RawXlsx.text("B1", "联系方式") + "</row>");
            out.write("<row r=\"2\">" + RawXlsx.text("A2", "张伟") + RawXlsx.text("B2", "13800138000") + RawXlsx.text("C2", "a@b.cn") + "</row>");
        }, "<mergeCells count=\"1\"><mergeCell ref=\"B1:C1\"/></mergeCells>");
        assertTrue(refused(file, 100).text("file", Locale.ENGLISH).contains("B1:C1"));
    }

    @Test
    void aMillionRowWorkbookIsRefusedBeforeItsRowsAreRead() throws IOException {
        Path file = RawXlsx.write(dir.resolve("million.xlsx"), "A1:C1000001", List.of(), out -> {
            out.write("<row r=\"1\">" + RawXlsx.text("A1", "姓名") + RawXlsx.text("B1", "手机") + RawXlsx.text("C1", "出生年份") + "</row>");
            for (int r = 2; r <= 1_000_001; r++) {
                out.write("<row r=\"" + r + "\">" + RawXlsx.text("A" + r, "人才" + r) + RawXlsx.number("B" + r, Long.toString(13_800_000_000L + r), 0)
                        + RawXlsx.number("C" + r, Integer.toString(1960 + r % 40), 0) + "</row>");
            }
        }, "");
        assertRefusedQuickly(file, Locale.CHINA, "文件有 1000000 行数据，超过单次导入上限 200000 行；请拆分后分批导入");
    }

    /**
     * 200,000 rows, 400,000 distinct shared strings: checked, then read. Memory holds the shared
     * strings and one row at a time; run alone with {@code JDK_JAVA_OPTIONS=-Xmx256m} it passes
     * (the app's heap is 512 MB).
     */
    @Test
    void twoHundredThousandRowsAreStreamed() throws IOException {
        int rows = 200_000;
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            strings.add("<si><t>人才" + i + "</t></si>");
            strings.add("<si><t>五莲县第" + i + "号科技有限公司</t></si>");
        }
        Path file = RawXlsx.write(dir.resolve("large.xlsx"), "A1:J" + (rows + 1), strings, out -> {
            out.write("<row r=\"1\">");
            for (String h : List.of("姓名", "工作单位", "性别", "出生年份", "乡镇", "学历", "手机", "邮箱", "专长", "备注")) {
                out.write(RawXlsx.text(null, h));
            }
            out.write("</row>");
            for (int r = 2; r <= rows + 1; r++) {
                int i = r - 2;
                out.write("<row r=\"" + r + "\"><c t=\"s\"><v>" + 2 * i + "</v></c><c t=\"s\"><v>" + (2 * i + 1) + "</v></c>"
                        + RawXlsx.text(null, i % 2 == 0 ? "男" : "女") + "<c><v>" + (1960 + i % 40) + "</v></c>" + RawXlsx.text(null, "洪凝街道")
                        + RawXlsx.text(null, "本科") + "<c><v>" + (13_800_000_000L + i) + "</v></c>" + RawXlsx.text(null, "t" + i + "@example.com")
                        + RawXlsx.text(null, "人工智能、机器学习") + RawXlsx.text(null, "第" + i + "行") + "</row>");
            }
        }, "");
        try (TabularFile f = TabularFiles.open(file, "large.xlsx", rows)) {
            assertEquals(rows, f.rowCount());
            int[] seen = {0};
            SheetRow[] last = {null};
            f.forEachRow(row -> {
                seen[0]++;
                last[0] = row;
            });
            assertEquals(rows, seen[0]);
            assertEquals(List.of("人才199999", "五莲县第199999号科技有限公司", "女", "1999", "洪凝街道", "本科", "13800199999",
                    "t199999@example.com", "人工智能、机器学习", "第199999行"), last[0].cells());
            assertEquals(rows + 1, last[0].number());
        }
    }

    @Test
    void aWorkbookWithoutItsExtentIsCountedRowByRow() throws IOException {
        Path file = RawXlsx.write(dir.resolve("nodim.xlsx"), null, List.of(), out -> {
            out.write("<row>" + RawXlsx.text("A1", "姓名") + RawXlsx.text("B1", "手机") + "</row>");
            for (int r = 2; r <= 1_001; r++) {
                out.write("<row>" + RawXlsx.text(null, "人才" + r) + "<c><v>" + r + "</v></c></row>");
            }
        }, "");
        assertEquals("The file has 1000 data rows, more than the 999 one import takes; split it and import the parts",
                refused(file, 999).text("file", Locale.ENGLISH));
        try (TabularFile f = TabularFiles.open(file, "nodim.xlsx", 1000)) {
            assertEquals(1000, f.rowCount());
            assertEquals(List.of("人才1001", "1001"), rows(f).getLast().cells(), "cells without references take the next column");
            assertEquals(1001, rows(f).getLast().number());
        }
    }

    @Test
    void cellsWithoutReferencesKeepTheirColumnsPastBlankOnes() throws IOException {
        Path file = RawXlsx.write(dir.resolve("norefs.xlsx"), null, List.of(), out -> {
            out.write("<row>" + RawXlsx.text(null, "姓名") + RawXlsx.text(null, "手机") + RawXlsx.text(null, "备注") + "</row>");
            out.write("<row>" + RawXlsx.text(null, "张伟") + "<c/>" + RawXlsx.text(null, "x") + "</row>");
        }, "");
        try (TabularFile f = TabularFiles.open(file, "norefs.xlsx", 10)) {
            assertEquals(List.of("张伟", "", "x"), f.first(1).getFirst().cells());
        }
    }

    @Test
    void aDamagedWorkbookIsRefusedAsBroken() throws IOException {
        byte[] good = Files.readAllBytes(poiWorkbook());
        assertRefused("import.file.broken", write("truncated.xlsx", Arrays.copyOf(good, good.length / 2)), 100);
        Path badXml = RawXlsx.write(dir.resolve("badxml.xlsx"), "A1:B3", List.of(), out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></row>"), "");
        assertRefused("import.file.broken", badXml, 100);
        Path badString = RawXlsx.write(dir.resolve("badsst.xlsx"), "A1:B3", List.of(), out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>"), "");
        assertRefused("import.file.broken", badString, 100);
    }

    @Test
    void otherFilesAreRefusedByWhatTheyAreWhateverTheirName() throws IOException {
        assertRefused("import.file.type", write("report.csv", "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"), 100);
        assertRefused("import.file.type", write("photo.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}), 100);
        assertRefused("import.file.type", write("page.xls", "<html><body><table><tr><td>姓名</td></tr></table></body></html>"), 100);
        assertRefused("import.file.type", write("binary.csv", new byte[] {'a', 0, 'b', 1, 2, 3}), 100);
        Path zip = dir.resolve("archive.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("名单.csv"));
            out.write("姓名\n张伟\n".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused("import.file.type", zip, 100);
        Path docx = dir.resolve("letter.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("姓名 手机");
            doc.write(out);
        }
        assertRefused("import.file.type", docx, 100);
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        assertEquals("这是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中“另存为” .xlsx 后再导入", refused(xls, 100).text("file", Locale.CHINA));
    }

    @Test
    void aWorkbookWithAPasswordIsRefusedAsSuch() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("wulian");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(poiWorkbook(), out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused("import.file.encrypted", file, 100);
    }

    @Test
    void aWorkbookNamedCsvIsReadAsAWorkbook() throws IOException {
        Path renamed = dir.resolve("renamed.csv");
        Files.copy(poiWorkbook(), renamed);
        try (TabularFile f = TabularFiles.open(renamed, "renamed.csv", 100)) {
            assertEquals(2, f.rowCount());
        }
    }

    // ---- helpers

    static List<SheetRow> rows(TabularFile f) {
        List<SheetRow> rows = new ArrayList<>();
        f.forEachRow(rows::add);
        return rows;
    }

    static SheetRow onlyRow(TabularFile f) {
        try (f) {
            assertEquals(1, f.rowCount());
            return f.first(10).getFirst();
        }
    }

    TabularFile csv(String name, String content) throws IOException {
        return TabularFiles.open(write(name, content), name, 100);
    }

    Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    static DomainViolation refused(Path file, int maxRows) {
        return assertThrows(DomainViolation.class, () -> TabularFiles.open(file, file.getFileName().toString(), maxRows).close());
    }

    /** refused with this message at a limit of 200,000 rows, in well under the 10 s a user would wait */
    static void assertRefusedQuickly(Path file, Locale locale, String message) {
        long start = System.nanoTime();
        DomainViolation v = refused(file, 200_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(message, v.text("file", locale));
        assertTrue(millis < 10_000, "refused in " + millis + " ms");
    }

    static void assertRefused(String key, Path file, int maxRows) {
        assertEquals(Map.of("file", key), refused(file, maxRows).fieldKeys(), file.getFileName().toString());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
