package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.DomainViolation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an Excel workbook, read with SAX over the sheet's XML so that memory does
 * not grow with the rows (only the shared strings are held). Cells come out as the user sees them:
 * a formula's cached value (never evaluated), a date cell as {@code yyyy-MM-dd}, a number in
 * plain digits ({@code 13800138000}, not {@code 1.38E10}), at Excel's 15 significant digits.
 * <p>
 * The sheet's recorded extent ({@code <dimension>}, what Ctrl+End shows) refuses a sheet with too
 * many rows before any of them is read; rows that were formatted and left empty count there too,
 * as they do for Ctrl+End, and the user deletes them. A sheet that records no extent is counted
 * row by row. Merged cells are refused in and below the header, where
 * a merged range means values that belong to several rows or columns; above the header they are
 * titles and harmless.
 */
final class XlsxFile extends CheckedFile {

    private static final String MAIN_NS = "spreadsheetml.sheet.main+xml";
    private static final String TEMPLATE_NS = "spreadsheetml.template.main+xml";
    /** Excel's last column, XFD */
    private static final int MAX_COLUMNS = 16_384;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private SharedStrings strings;
    private List<String> merged = List.of();

    private XlsxFile(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.styles = reader.getStylesTable();
        this.date1904 = date1904(reader);
    }

    static TabularFile open(Path file, int maxRows) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw DomainViolation.of(FIELD, "import.file.type"); // a zip archive, not a workbook
            }
        } catch (IOException unreadable) {
            throw DomainViolation.of(FIELD, "import.file.broken");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException unreadable) {
            throw DomainViolation.of(FIELD, "import.file.broken");
        }
        try {
            if (!workbook(pkg)) {
                throw DomainViolation.of(FIELD, "import.file.type");
            }
            XlsxFile sheet = new XlsxFile(pkg);
            long extent = sheet.extent();
            if (extent > maxRows) {
                throw tooManyRows(maxRows, extent);
            }
            sheet.strings = new ReadOnlySharedStringsTable(pkg, false);
            sheet.check(maxRows);
            sheet.refuseMergedData();
            return sheet;
        } catch (DomainViolation refused) {
            pkg.revert();
            throw refused;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException unreadable) {
            pkg.revert();
            throw DomainViolation.of(FIELD, "import.file.broken");
        }
    }

    /** an Excel workbook or template; Word and PowerPoint files, and workbooks with macros, are not taken */
    private static boolean workbook(OPCPackage pkg) throws OpenXML4JException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            return false;
        }
        PackagePart main = pkg.getPart(core.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        return type.endsWith(MAIN_NS) || type.endsWith(TEMPLATE_NS);
    }

    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] found = {false};
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                    if ("workbookPr".equals(name(localName, qName))) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equals(v);
                        throw new Stop();
                    }
                    if ("sheets".equals(name(localName, qName))) {
                        throw new Stop(); // workbookPr comes before the sheets or not at all
                    }
                }
            });
        }
        return found[0];
    }

    /** data rows the sheet's recorded extent allows for below one header row; 0 when none is recorded */
    private long extent() throws IOException, OpenXML4JException, SAXException {
        long[] rows = {0};
        try (InputStream in = firstSheet()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                    String name = name(localName, qName);
                    if ("dimension".equals(name)) {
                        String ref = atts.getValue("ref");
                        if (ref != null && ref.contains(":")) {
                            CellRangeAddress range = CellRangeAddress.valueOf(ref);
                            rows[0] = range.getLastRow() - range.getFirstRow();
                        }
                        throw new Stop();
                    }
                    if ("sheetData".equals(name)) {
                        throw new Stop();
                    }
                }
            });
        }
        return rows[0];
    }

    private InputStream firstSheet() throws IOException, OpenXML4JException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw DomainViolation.of(FIELD, "import.file.empty");
        }
        return sheets.next();
    }

    private void refuseMergedData() {
        for (String ref : merged) {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            if (range.getLastRow() + 1 >= headerNumber()) {
                throw DomainViolation.of(FIELD, "import.file.merged", ref);
            }
        }
    }

    @Override
    protected void read(RowSink sink) {
        SheetHandler handler = new SheetHandler(sink);
        try (InputStream in = firstSheet()) {
            parse(in, handler);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException unreadable) {
            if (handler.failure != null) {
                throw handler.failure;
            }
            if (unreadable instanceof DomainViolation refused) {
                throw refused;
            }
            throw DomainViolation.of(FIELD, "import.file.broken");
        }
        if (handler.failure != null) {
            throw handler.failure;
        }
        merged = handler.merged;
    }

    /** parses until the end or until the handler throws {@link Stop} */
    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (Stop enough) {
            // the handler has what it wanted
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** ends a SAX pass early, without a stack trace */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** collects each row's cells as text; the merged ranges after the rows */
    private final class SheetHandler extends DefaultHandler {
        private final RowSink sink;
        final List<String> merged = new ArrayList<>();
        RuntimeException failure;
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

        SheetHandler(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    column = r == null ? nextColumn : column(r);
                    nextColumn = column + 1;
                    if (column < 0 || column >= MAX_COLUMNS) {
                        throw DomainViolation.of(FIELD, "import.file.broken");
                    }
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "t" -> inText = inInline && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> merged.add(atts.getValue("ref"));
                default -> {
                    // formulas (f) are never evaluated: the cached value (v) is what the user saw
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> put(cellText());
                case "row" -> {
                    boolean more;
                    try {
                        more = sink.accept(rowNumber, cells);
                    } catch (RuntimeException e) {
                        failure = e;
                        throw new Stop();
                    }
                    if (!more) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        /** the 0-based column of a reference such as {@code AB12}; POI's CellReference is too slow for every cell */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
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
                case "s" -> strings.getItemAt(Integer.parseInt(v.strip())).getString();
                case "b" -> "1".equals(v.strip()) ? "TRUE" : "FALSE";
                case "d" -> v.length() >= 10 ? v.substring(0, 10) : v; // ISO 8601 date cells (strict files)
                default -> v; // inline strings, a formula's text result, errors such as #N/A
            };
        }

        private String number(String v) {
            BigDecimal n;
            try {
                n = new BigDecimal(v);
            } catch (NumberFormatException notANumber) {
                return v;
            }
            if (isDateStyle(style)) {
                double serial = n.doubleValue();
                if (DateUtil.isValidExcelDate(serial)) {
                    LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904);
                    return serial < 1 ? at.toLocalTime().format(TIME) : at.toLocalDate().toString(); // a time of day alone, or a day
                }
            }
            BigDecimal plain = n.round(EXCEL_PRECISION).stripTrailingZeros();
            return plain.signum() == 0 ? "0" : plain.toPlainString();
        }

        private boolean isDateStyle(int index) {
            if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
                return false;
            }
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle cs = styles.getStyleAt(i);
                return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
            });
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
