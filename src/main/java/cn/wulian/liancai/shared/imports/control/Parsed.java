package cn.wulian.liancai.shared.imports.control;

/** STAND-IN until the reading branch lands */
public record Parsed<T>(T value, String problem) {
    public static <T> Parsed<T> ok(T value) { return new Parsed<>(value, null); }
    public static <T> Parsed<T> problem(String key) { return new Parsed<>(null, key); }
    public boolean ok() { return problem == null; }
}
