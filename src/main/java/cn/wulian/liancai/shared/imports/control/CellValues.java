package cn.wulian.liancai.shared.imports.control;

import java.time.LocalDate;

/** STAND-IN until the reading branch lands */
public final class CellValues {
    private CellValues() {
    }
    public static String text(String raw) { return raw == null || raw.isBlank() ? null : raw.strip(); }
    public static Parsed<Integer> integer(String raw) {
        String t = text(raw);
        if (t == null) { return Parsed.ok(null); }
        try { return Parsed.ok(Integer.valueOf(t)); } catch (NumberFormatException e) { return Parsed.problem("import.value.integer"); }
    }
    public static Parsed<Integer> year(String raw) { return integer(raw); }
    public static Parsed<LocalDate> date(String raw) {
        String t = text(raw);
        if (t == null) { return Parsed.ok(null); }
        try { return Parsed.ok(LocalDate.parse(t)); } catch (RuntimeException e) { return Parsed.problem("import.value.date"); }
    }
    public static String phone(String raw) { String t = text(raw); return t == null ? null : t.replaceAll("[^0-9]", ""); }
    public static String email(String raw) { String t = text(raw); return t == null ? null : t.toLowerCase(); }
}
