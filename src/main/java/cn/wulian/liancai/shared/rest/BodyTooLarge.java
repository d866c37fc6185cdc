package cn.wulian.liancai.shared.rest;

/**
 * A request body over its limit, found from its {@code Content-Length} before anything is read, or
 * while reading one sent in chunks: answered 413 naming the field, before any facade sees it.
 */
public class BodyTooLarge extends RuntimeException {

    static final String BODY = "body";

    private final String field;
    private final long limit;

    BodyTooLarge(String field, long limit) {
        super("request body over " + limit + " bytes", null, false, false);
        this.field = field;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    /** bytes allowed */
    public long limit() {
        return limit;
    }
}
