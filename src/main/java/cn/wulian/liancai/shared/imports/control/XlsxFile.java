package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.DomainViolation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an Excel workbook, read with the JDK's StAX parser over the sheet's XML so
 * that memory does not grow with the rows (only the shared strings and which cell formats are dates
 * are held); the package is opened by {@link OoxmlPackage} with its zip-bomb guards. No library:
 * POI's thousands of schema classes were a fifth of the app's start-up scan. Cells come out as the
 * user sees them: a formula's cached value (never evaluated), a date cell as {@code yyyy-MM-dd}, a
 * number in plain digits ({@code 13800138000}, not {@code 1.38E10}), at Excel's 15 significant digits.
 * <p>
 * Date cells are told by their number format as Excel tells them: the built-in formats 14–22 and
 * 45–47 (and 27–36, 50–58, the dates and times of Chinese, Japanese and Korean Excel), and any
 * format with a y, m, d, h or s outside quotes and brackets.
 * <p>
 * The sheet's recorded extent ({@code <dimension>}, what Ctrl+End shows) refuses a sheet with too
 * many rows before any of them is read; rows that were formatted and left empty count there too,
 * as they do for Ctrl+End, and the user deletes them. A sheet that records no extent is counted
 * row by row. Merged cells are refused in and below the header, where a merged range means values
 * that belong to several rows or columns; above the header they are titles and harmless.
 */
final class XlsxFile extends CheckedFile {

    private static final String MAIN_NS = "spreadsheetml.sheet.main+xml";
    private static final String TEMPLATE_NS = "spreadsheetml.template.main+xml";
    /** Excel's last column, XFD */
    private static final int MAX_COLUMNS = 16_384;
    /** Excel's last row, for a range that names none */
    private static final int MAX_ROW = 1_048_576;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final BigDecimal NANOS_PER_DAY = BigDecimal.valueOf(86_400_000_000_000L);
    /** Excel's escape of a character XML cannot hold, such as {@code _x000D_} */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final OoxmlPackage pkg;
    private final String sheet;
    /** whether the workbook counts its dates from 1904 (old Excel for the Mac) rather than 1900 */
    private final boolean date1904;
    /** whether each cell format (the index of {@code cellXfs}) shows a date */
    private boolean[] dateStyles = new boolean[0];
    private List<String> strings = List.of();
    private List<String> merged = List.of();

    private XlsxFile(OoxmlPackage pkg, FirstSheet first) {
        this.pkg = pkg;
        this.sheet = first.part();
        this.date1904 = first.date1904();
    }

    private record FirstSheet(String part, boolean date1904) {
    }

    static TabularFile open(Path file, int maxRows) {
        OoxmlPackage pkg;
        try {
            pkg = OoxmlPackage.open(file).orElseThrow(() -> DomainViolation.of(FIELD, "import.file.type")); // a zip archive, not a workbook
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainViolation refused) {
                throw refused;
            }
            throw DomainViolation.of(FIELD, "import.file.broken");
        }
        try {
            String workbook = workbook(pkg);
            if (workbook == null) {
                throw DomainViolation.of(FIELD, "import.file.type");
            }
            List<OoxmlPackage.Relationship> parts = pkg.relationships(workbook);
            XlsxFile sheet = new XlsxFile(pkg, firstSheet(pkg, workbook, parts));
            long extent = sheet.extent();
            if (extent > maxRows) {
                throw tooManyRows(maxRows, extent);
            }
            for (OoxmlPackage.Relationship part : parts) {
                if (part.is("styles") && pkg.has(part.target())) {
                    sheet.dateStyles = dateStyles(pkg, part.target());
                } else if (part.is("sharedStrings") && pkg.has(part.target())) {
                    sheet.strings = sharedStrings(pkg, part.target());
                }
            }
            sheet.check(maxRows);
            sheet.refuseMergedData();
            return sheet;
        } catch (DomainViolation refused) {
            close(pkg);
            throw refused;
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            close(pkg);
            throw DomainViolation.of(FIELD, "import.file.broken");
        }
    }

    /** the workbook part of an Excel workbook or template; null for Word and PowerPoint files, and workbooks with macros */
    private static String workbook(OoxmlPackage pkg) throws IOException {
        for (OoxmlPackage.Relationship r : pkg.relationships("")) {
            if (r.is("officeDocument")) {
                String type = pkg.has(r.target()) ? pkg.contentType(r.target()) : "";
                return type.endsWith(MAIN_NS) || type.endsWith(TEMPLATE_NS) ? r.target() : null;
            }
        }
        return null;
    }

    /**
     * The first worksheet in the workbook's order (chart sheets, which hold no cells, are passed
     * over); on the way, whether the workbook counts its dates from 1904.
     */
    private static FirstSheet firstSheet(OoxmlPackage pkg, String workbook, List<OoxmlPackage.Relationship> parts)
            throws IOException, XMLStreamException {
        Map<String, String> worksheets = new HashMap<>();
        parts.stream().filter(r -> r.is("worksheet")).forEach(r -> worksheets.put(r.id(), r.target()));
        try (InputStream in = pkg.open(workbook)) {
            XMLStreamReader xml = OoxmlPackage.parser(in);
            try {
                boolean date1904 = false;
                boolean properties = false;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if ("workbookPr".equals(xml.getLocalName()) && !properties) {
                        properties = true;
                        String v = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    } else if ("sheet".equals(xml.getLocalName())) {
                        String target = worksheets.get(relationshipId(xml));
                        if (target != null && pkg.has(target)) {
                            return new FirstSheet(target, date1904);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        throw DomainViolation.of(FIELD, "import.file.empty");
    }

    /** the {@code r:id} of a sheet, in whichever namespace (transitional or strict) */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** data rows the sheet's recorded extent allows for below one header row; 0 when none is recorded */
    private long extent() throws IOException, XMLStreamException {
        try (InputStream in = pkg.open(sheet)) {
            XMLStreamReader xml = OoxmlPackage.parser(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if ("dimension".equals(xml.getLocalName())) {
                        String ref = xml.getAttributeValue(null, "ref");
                        if (ref != null && ref.contains(":")) {
                            int[] rows = rows(ref);
                            return rows[1] - rows[0];
                        }
                        return 0;
                    }
                    if ("sheetData".equals(xml.getLocalName())) {
                        return 0;
                    }
                }
            } finally {
                xml.close();
            }
        }
        return 0;
    }

    /**
     * The first and last row (1-based) of a range such as {@code B3:B5} or a cell such as {@code B3};
     * a range of whole columns ({@code A:C}) reaches Excel's last row.
     */
    static int[] rows(String ref) {
        String[] ends = ref.split(":", -1);
        if (ends.length > 2 || ends[0].isEmpty() || ends[ends.length - 1].isEmpty()) {
            throw new IllegalArgumentException("not a cell range: " + ref);
        }
        int first = row(ends[0], 1);
        int last = ends.length == 1 ? first : row(ends[1], MAX_ROW);
        return new int[] {Math.min(first, last), Math.max(first, last)};
    }

    private static int row(String cell, int whenNone) {
        int i = 0;
        while (i < cell.length() && (cell.charAt(i) == '$' || Character.isLetter(cell.charAt(i)))) {
            i++;
        }
        if (i == cell.length()) {
            return whenNone;
        }
        int row = Integer.parseInt(cell.substring(i));
        if (row < 1 || row > MAX_ROW) {
            throw new IllegalArgumentException("not a row: " + cell);
        }
        return row;
    }

    /** the shared strings in order, as the user sees them: runs joined, phonetic guides (ruby) left out */
    private static List<String> sharedStrings(OoxmlPackage pkg, String part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader xml = OoxmlPackage.parser(in);
            try {
                StringBuilder text = new StringBuilder();
                boolean inText = false;
                int phonetic = 0;
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            switch (xml.getLocalName()) {
                                case "si" -> text.setLength(0);
                                case "t" -> inText = phonetic == 0;
                                case "rPh" -> phonetic++;
                                default -> {
                                }
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (inText) {
                                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            switch (xml.getLocalName()) {
                                case "si" -> strings.add(unescaped(text.toString()));
                                case "t" -> inText = false;
                                case "rPh" -> phonetic--;
                                default -> {
                                }
                            }
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return strings;
    }

    /** text with Excel's escapes ({@code _x000D_}) turned back into their characters */
    static String unescaped(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /** for each cell format of styles.xml, whether its number format shows a date or a time */
    private static boolean[] dateStyles(OoxmlPackage pkg, String part) throws IOException, XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader xml = OoxmlPackage.parser(in);
            try {
                boolean inCellXfs = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "numFmt" -> {
                                String id = xml.getAttributeValue(null, "numFmtId");
                                String code = xml.getAttributeValue(null, "formatCode");
                                if (id != null && code != null) {
                                    formats.put(Integer.parseInt(id.strip()), code);
                                }
                            }
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (inCellXfs) {
                                    String id = xml.getAttributeValue(null, "numFmtId");
                                    cellFormats.add(id == null ? 0 : Integer.parseInt(id.strip()));
                                }
                            }
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                        inCellXfs = false;
                    }
                }
            } finally {
                xml.close();
            }
        }
        boolean[] dates = new boolean[cellFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = cellFormats.get(i);
            String code = formats.get(id);
            dates[i] = code == null ? builtInDate(id) : dateFormat(code);
        }
        return dates;
    }

    /**
     * Excel's built-in date and time formats: 14–22 and 45–47 everywhere; 27–36 and 50–58 are the
     * dates and times (年月日, 时分) of Chinese, Japanese and Korean Excel, which writes them by id alone.
     */
    static boolean builtInDate(int id) {
        return id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }

    /**
     * Whether a custom format shows a date or a time: a y, m, d, h or s in its first section outside
     * quoted text, escaped characters ({@code \d}), padding ({@code _x}, {@code *x}) and brackets
     * (colours, conditions and locales such as {@code [Red]}, {@code [$-804]}), except the elapsed
     * times {@code [h]}, {@code [mm]}, {@code [ss]}.
     */
    static boolean dateFormat(String code) {
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
                continue;
            }
            switch (c) {
                case '"' -> quoted = true;
                case '\\', '_', '*' -> i++;
                case ';' -> {
                    return false;
                }
                case '[' -> {
                    int end = code.indexOf(']', i);
                    if (end < 0) {
                        return false;
                    }
                    if (code.substring(i + 1, end).matches("(?i)h+|m+|s+")) {
                        return true;
                    }
                    i = end;
                }
                case 'y', 'Y', 'm', 'M', 'd', 'D', 'h', 'H', 's', 'S' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private void refuseMergedData() {
        for (String ref : merged) {
            if (rows(ref)[1] >= headerNumber()) {
                throw DomainViolation.of(FIELD, "import.file.merged", ref);
            }
        }
    }

    @Override
    protected void read(RowSink sink) {
        SheetReader reader = new SheetReader(sink);
        try (InputStream in = pkg.open(sheet)) {
            XMLStreamReader xml = OoxmlPackage.parser(in);
            try {
                reader.read(xml);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            if (reader.failure != null) {
                throw reader.failure;
            }
            if (unreadable instanceof DomainViolation refused) {
                throw refused;
            }
            throw DomainViolation.of(FIELD, "import.file.broken");
        }
        if (reader.failure != null) {
            throw reader.failure;
        }
        if (reader.complete) {
            merged = reader.merged;
        }
    }

    /** collects each row's cells as text; the merged ranges after the rows */
    private final class SheetReader {
        private final RowSink sink;
        final List<String> merged = new ArrayList<>();
        RuntimeException failure;
        boolean complete;
        private int rowNumber;
        private List<String> cells = new ArrayList<>();
        private int column;
        /** where a cell without a reference goes: after the previous one, blank or not */
        private int nextColumn;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInline;
        private boolean inText;
        private boolean inPhonetic;

        SheetReader(RowSink sink) {
            this.sink = sink;
        }

        /** reads to the end, or until the sink says stop or fails (its exception kept in {@link #failure}) */
        void read(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inValue || inText) {
                            value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!end(xml.getLocalName())) {
                            return;
                        }
                    }
                    default -> {
                    }
                }
            }
            complete = true;
        }

        private void start(XMLStreamReader xml) {
            switch (xml.getLocalName()) {
                case "row" -> {
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = xml.getAttributeValue(null, "r");
                    column = r == null ? nextColumn : column(r);
                    nextColumn = column + 1;
                    if (column < 0 || column >= MAX_COLUMNS) {
                        throw DomainViolation.of(FIELD, "import.file.broken");
                    }
                    type = xml.getAttributeValue(null, "t");
                    String s = xml.getAttributeValue(null, "s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "t" -> inText = inInline && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> merged.add(xml.getAttributeValue(null, "ref"));
                default -> {
                    // formulas (f) are never evaluated: the cached value (v) is what the user saw
                }
            }
        }

        /** false to stop reading */
        private boolean end(String name) {
            switch (name) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> put(cellText());
                case "row" -> {
                    try {
                        return sink.accept(rowNumber, cells);
                    } catch (RuntimeException e) {
                        failure = e;
                        return false;
                    }
                }
                default -> {
                }
            }
            return true;
        }

        /** the 0-based column of a reference such as {@code AB12} */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
                    if (col > MAX_COLUMNS) {
                        return MAX_COLUMNS;
                    }
                } else if (c != '$') {
                    break;
                }
            }
            return col - 1;
        }

        private void put(String text) {
            if (text == null || text.isEmpty()) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, text);
            } else {
                cells.add(text);
            }
        }

        private String cellText() {
            String v = value.toString();
            if (type == null || "n".equals(type)) {
                return v.isBlank() ? null : number(v.strip());
            }
            return switch (type) {
                case "s" -> strings.get(Integer.parseInt(v.strip()));
                case "b" -> "1".equals(v.strip()) ? "TRUE" : "FALSE";
                case "d" -> v.length() >= 10 ? v.substring(0, 10) : v; // ISO 8601 date cells (strict files)
                case "inlineStr" -> unescaped(v);
                default -> v; // a formula's text result, errors such as #N/A
            };
        }

        private String number(String v) {
            BigDecimal n;
            try {
                n = new BigDecimal(v);
            } catch (NumberFormatException notANumber) {
                return v;
            }
            if (style >= 0 && style < dateStyles.length && dateStyles[style] && n.signum() >= 0) {
                LocalDateTime at = dateTime(n, date1904);
                return n.compareTo(BigDecimal.ONE) < 0 ? at.toLocalTime().format(TIME) : at.toLocalDate().toString(); // a time of day alone, or a day
            }
            BigDecimal plain = n.round(EXCEL_PRECISION).stripTrailingZeros();
            return plain.signum() == 0 ? "0" : plain.toPlainString();
        }
    }

    /**
     * The moment an Excel serial number stands for, as POI's {@code DateUtil.getLocalDateTime}
     * reckons it: whole days from 1 January 1900 (counting Excel's 29 February 1900, so that
     * serial 60 is 1 March) or from 1 January 1904, the fraction the time of day to the millisecond.
     */
    static LocalDateTime dateTime(BigDecimal serial, boolean date1904) {
        BigDecimal exact = new BigDecimal(serial.doubleValue());
        int wholeDays = exact.intValue();
        LocalDateTime at;
        if (date1904) {
            at = LocalDateTime.of(1904, 1, 1, 0, 0).plusDays(wholeDays);
        } else {
            at = LocalDateTime.of(1900, 1, 1, 0, 0).plusDays(wholeDays - (wholeDays < 61 ? 1 : 2));
        }
        long nanos = exact.subtract(BigDecimal.valueOf(wholeDays)).multiply(NANOS_PER_DAY).add(BigDecimal.valueOf(500_000)).longValue();
        return at.plusNanos(nanos).truncatedTo(ChronoUnit.MILLIS);
    }

    private static void close(OoxmlPackage pkg) {
        try {
            pkg.close();
        } catch (IOException ignored) {
            // only a read-only zip was open
        }
    }

    @Override
    public void close() {
        close(pkg);
    }
}
