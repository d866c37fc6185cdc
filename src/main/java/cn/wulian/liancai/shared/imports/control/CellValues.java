package cn.wulian.liancai.shared.imports.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values an office spreadsheet holds as people typed them: full-width digits from a
 * Chinese input method, stray ideographic or non-breaking spaces, dates in the usual Chinese forms,
 * numbers that Excel stored as {@code 12.0}, phone numbers with dashes and country prefixes. Each
 * reader is lenient about form and strict about meaning: what it cannot read for sure is a
 * problem, never a guess.
 */
public final class CellValues {

    public static final String NOT_INTEGER = "import.value.integer";
    public static final String NOT_YEAR = "import.value.year";
    public static final String NOT_DATE = "import.value.date";

    /** years a person's birth or graduation can have; a 4-digit number outside is a typing error */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    /** Excel serials of 1927-05-18 … 2173-10-14: five digits, so that a four-digit year is never one */
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern INTEGER = Pattern.compile("(\\d+)(\\.0+)?");
    /** 2019-07-01, 2019/7/1, 2019.7.1, 2019年7月1日, 2019年7月, 2019-07 (with an optional time after) */
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:(?:[-/.]|月)\\s*(?:(\\d{1,2})\\s*日?)?)?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+|\\s*年)?");
    /** a year with a month: 1990.05, 1990-5, 199005 (出生年月 columns) */
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(?:\\s*(?:[-/.]|年)\\s*\\d{1,2}\\s*月?|(?:0[1-9]|1[0-2]))");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[/,;、，；]|\\s(?:或|or)\\s");
    /** a number a spreadsheet stored as a number and wrote as one: 13800138000.0 */
    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("^(\\d+)\\.0+$");

    private CellValues() {
    }

    /**
     * Full-width ASCII (letters, digits, punctuation) to half-width, ideographic and non-breaking
     * spaces, tabs and line breaks to one space, zero-width characters removed, stripped.
     *
     * @return null when nothing is left
     */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (zeroWidth(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** whether text() would give null, without building the text: for every cell of every row */
    public static boolean blank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!ignored(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean ignored(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || zeroWidth(c);
    }

    private static boolean zeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }

    /** a whole number: {@code 12}, {@code １２}, {@code 12.0} (how Excel stores it); no units, no signs */
    public static Parsed<Integer> integer(String raw) {
        String t = text(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        Matcher m = INTEGER.matcher(t);
        if (!m.matches() || m.group(1).length() > 9) {
            return Parsed.problem(NOT_INTEGER);
        }
        return Parsed.ok(Integer.valueOf(m.group(1)));
    }

    /**
     * A year: {@code 1990}, {@code １９９０}, {@code 1990年}, {@code 1990.0}, a year with its month
     * ({@code 1990.05}, {@code 199005}, {@code 1990年5月}) or any date {@link #date} reads.
     */
    public static Parsed<Integer> year(String raw) {
        String t = text(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        Matcher m = YEAR.matcher(t);
        if (!m.matches()) {
            m = YEAR_MONTH.matcher(t);
        }
        Integer year = null;
        if (m.matches()) {
            year = Integer.valueOf(m.group(1));
        } else {
            LocalDate d = date(t).value();
            if (d != null) {
                year = d.getYear();
            }
        }
        return year != null && year >= FIRST_YEAR && year <= LAST_YEAR ? Parsed.ok(year) : Parsed.problem(NOT_YEAR);
    }

    /**
     * A day: {@code 2019-07-01}, {@code 2019/7/1}, {@code 2019.7.1}, {@code 2019年7月1日},
     * {@code 2019年7月} (the 1st), {@code 20190701}, a time after the day (dropped), or an Excel day
     * number ({@code 43647}, {@code 43647.0}) from a date cell that lost its format.
     */
    public static Parsed<LocalDate> date(String raw) {
        String t = text(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        try {
            Matcher m = YMD.matcher(t);
            if (m.matches()) {
                int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                return checked(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day));
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                return checked(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = SERIAL.matcher(t);
            if (m.matches()) {
                return checked(EXCEL_EPOCH.plusDays(Long.parseLong(m.group(1))));
            }
        } catch (DateTimeException impossible) {
            // 2019-02-30, month 13: a problem like any other unreadable date
        }
        return Parsed.problem(NOT_DATE);
    }

    private static Parsed<LocalDate> checked(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR ? Parsed.ok(d) : Parsed.problem(NOT_DATE);
    }

    /**
     * A phone number cell as the record reads it: a cell holding two numbers ({@code 138…/139…})
     * gives the first, and a spreadsheet's number form ({@code 13800138000.0}) its digits; the rest
     * (spaces, a +86, a number abroad, {@code 138****8000} from a masked export) is the record's own
     * rule to read or refuse, as it is for a number typed in the form or sent to the API.
     *
     * @return null when blank
     */
    public static String phone(String raw) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        for (String part : PHONE_SEPARATORS.split(t)) {
            String number = SPREADSHEET_NUMBER.matcher(part.strip()).replaceFirst("$1");
            if (!number.isEmpty()) {
                return number;
            }
        }
        return t;
    }

    /** a cell's word for comparing with a name or label: text(), in lower case */
    public static String word(String raw) {
        String t = text(raw);
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    /** text() in lower case; whether it is an address at all is the record's own rule */
    public static String email(String raw) {
        String t = text(raw);
        return t == null ? null : t.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
