package cn.wulian.liancai.shared.imports.control;

/**
 * A cell read as a domain value: the value, or the message key of what is wrong with it. A blank
 * cell is fine and has no value (the caller decides whether the column is required).
 */
public record Parsed<T>(T value, String problem) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> problem(String key) {
        return new Parsed<>(null, key);
    }

    public boolean ok() {
        return problem == null;
    }
}
