package cn.wulian.liancai.shared.export;

import cn.wulian.liancai.shared.i18n.Messages;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
/**
 * Writes a list as an Excel workbook (xlsx): a bold, frozen header row, numbers as numbers (money
 * exact to the fen), dates as dates, lists joined. Every list of the app exports through this.
 *
 * <p>The workbook's XML is written by hand (SpreadsheetML of ECMA-376, transitional, the parts Excel
 * needs and no more; no library: POI's thousands of schema classes were a fifth of the app's
 * start-up scan). Rows are taken one at a time from their {@link Iterable} and written with inline
 * strings straight into a zip in a temporary file, so a workbook of any length costs the same
 * memory. Text is written as text cells, never as formulas: a value such as
 * {@code =HYPERLINK(…)} shows as typed and is not evaluated, so the xlsx needs no neutralising of
 * such cells (the CSV does: {@link CsvFile}).
 */
public final class Spreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    /** the cell formats of styles.xml, by their index in {@code cellXfs} */
    private static final int PLAIN = 0;
    private static final int HEADER = 1;
    private static final int DATE = 2;
    private static final int MONEY = 3;
    /** Excel's longest text in a cell */
    private static final int MAX_TEXT = 32_767;
    /** day 0 of Excel's 1900 date system, for days from 1 March 1900 (Excel counts a 29 February 1900) */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate FIRST_MARCH_1900 = LocalDate.of(1900, 3, 1);
    /** text Excel would read as an escaped character ({@code _x000D_}): its underscore is escaped itself */
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

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
     * {@code out} before the last row has been read (the zip is assembled in a temporary file and
     * copied at the end, so that a failure halfway sends nothing); the stream is left open for its owner.
     */
    public static void write(List<Worksheet<?>> sheets, OutputStream out) throws IOException {
        Path file = Files.createTempFile("liancai-export", ".xlsx");
        try {
            try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(Deflater.BEST_SPEED);
                Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                List<String> names = sheetNames(sheets);
                part(zip, xml, "[Content_Types].xml", contentTypes(sheets.size()));
                part(zip, xml, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                        + DOCUMENT_RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
                part(zip, xml, "xl/workbook.xml", workbook(names));
                part(zip, xml, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
                part(zip, xml, "xl/styles.xml", STYLES);
                for (int i = 0; i < sheets.size(); i++) {
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                    sheet(xml, sheets.get(i));
                    xml.flush();
                    zip.closeEntry();
                }
            }
            Files.copy(file, out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void part(ZipOutputStream zip, Writer xml, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPE + "styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"").append(TYPE)
                    .append("worksheet+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    private static String workbook(List<String> names) {
        StringBuilder xml = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOCUMENT_RELATIONSHIPS + "\"><sheets>");
        for (int i = 0; i < names.size(); i++) {
            xml.append("<sheet name=\"").append(escaped(names.get(i))).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
                    .append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder xml = new StringBuilder("<Relationships xmlns=\"" + RELATIONSHIPS + "\">");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(DOCUMENT_RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(DOCUMENT_RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    /** plain, bold header, date ({@code yyyy-mm-dd}, format 164) and money (built-in format 4, {@code #,##0.00}) */
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    /**
     * Names Excel takes, each once: the characters it forbids ({@code \ / ? * [ ] :}) become spaces,
     * 31 characters at most, a repeated name gets a number.
     */
    static List<String> sheetNames(List<Worksheet<?>> sheets) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Worksheet<?> sheet : sheets) {
            String name = sheet.name() == null || sheet.name().isBlank() ? "Sheet" : sheet.name().replaceAll("[\\\\/?*\\[\\]:]", " ");
            if (name.startsWith("'")) {
                name = " " + name.substring(1);
            }
            if (name.endsWith("'")) {
                name = name.substring(0, name.length() - 1) + " ";
            }
            name = name.length() > 31 ? name.substring(0, 31) : name;
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
            }
            names.add(unique);
        }
        return names;
    }

    private static <T> void sheet(Writer xml, Worksheet<T> content) throws IOException {
        List<Column<T>> columns = content.columns();
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">");
        // the header row frozen: it stays in view while the rows scroll
        xml.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!columns.isEmpty()) {
            xml.write("<cols>");
            for (int c = 0; c < columns.size(); c++) {
                int width = Math.min(60, Math.max(10, columns.get(c).header().length() * 3));
                xml.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width + "\" customWidth=\"1\"/>");
            }
            xml.write("</cols>");
        }
        xml.write("<sheetData><row r=\"1\">");
        for (int c = 0; c < columns.size(); c++) {
            text(xml, reference(c, 1), HEADER, columns.get(c).header());
        }
        xml.write("</row>");
        int r = 1;
        for (T row : content.rows()) {
            r++;
            xml.write("<row r=\"" + r + "\">");
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(row);
                if (value != null) {
                    // an empty value is no cell at all, as in a sheet typed by hand
                    cell(xml, reference(c, r), value);
                }
            }
            xml.write("</row>");
        }
        xml.write("</sheetData></worksheet>");
    }

    private static void cell(Writer xml, String ref, Object value) throws IOException {
        switch (value) {
            case BigDecimal d -> number(xml, ref, MONEY, d.doubleValue());
            case Number n -> number(xml, ref, PLAIN, n.doubleValue());
            case LocalDate d when !d.isBefore(FIRST_MARCH_1900) ->
                xml.write("<c r=\"" + ref + "\" s=\"" + DATE + "\"><v>" + ChronoUnit.DAYS.between(EPOCH, d) + "</v></c>");
            case Collection<?> list -> text(xml, ref, PLAIN, joined(list));
            default -> text(xml, ref, PLAIN, value.toString());
        }
    }

    /** a number as Excel keeps it, a double; one that is none (NaN, infinite) as its text */
    private static void number(Writer xml, String ref, int style, double n) throws IOException {
        if (!Double.isFinite(n)) {
            text(xml, ref, style, Double.toString(n));
            return;
        }
        String digits = n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
        xml.write("<c r=\"" + ref + "\"" + (style == PLAIN ? "" : " s=\"" + style + "\"") + "><v>" + digits + "</v></c>");
    }

    private static void text(Writer xml, String ref, int style, String text) throws IOException {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The maximum length of cell contents (text) is " + MAX_TEXT + " characters");
        }
        xml.write("<c r=\"" + ref + "\"" + (style == PLAIN ? "" : " s=\"" + style + "\"") + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        xml.write(escaped(text));
        xml.write("</t></is></c>");
    }

    /** a cell reference such as {@code AB12} */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        return letters.reverse().append(row).toString();
    }

    /**
     * Text as XML character data: markup characters as entities, and the control characters XML 1.0
     * cannot hold as Excel's own escapes ({@code _x0001_}), which Excel shows as the character.
     */
    static String escaped(String text) {
        String s = text.indexOf('_') < 0 ? text : ESCAPE_LIKE.matcher(text).replaceAll("_x005F_$1");
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String replacement = switch (ch) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\t', '\n' -> null;
                case '\r' -> "&#13;";
                default -> ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF ? String.format("_x%04X_", (int) ch) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(ch);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** a moment as the pages show it, to the minute in the office's time zone (not as an instant in UTC) */
    public static String minutes(Instant at, ZoneId zone) {
        return at == null ? null : MINUTES.withZone(zone).format(at);
    }

    /** a list in one cell, as both formats write it */
    static String joined(Collection<?> list) {
        return String.join("；", list.stream().map(String::valueOf).toList());
    }
}
