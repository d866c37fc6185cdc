package cn.wulian.liancai.shared;

/** The caller is known but their role or scope does not allow this use case. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
