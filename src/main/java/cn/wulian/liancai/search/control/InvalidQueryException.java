package cn.wulian.liancai.search.control;

/**
 * The user's query cannot be run: it is blank, too long, or not valid query syntax (unbalanced
 * quotes or parentheses, an operator without operand, a leading wildcard …). The message is short,
 * in Chinese and meant for the user; {@link #getDetail()} keeps the parser's own explanation for
 * logs. A boundary maps it to 400 Bad Request.
 */
public class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    public InvalidQueryException(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    public InvalidQueryException(String message, String detail, Throwable cause) {
        super(message, cause);
        this.detail = detail;
    }

    /** The technical reason, for example the query parser's message; not for the user. */
    public String getDetail() {
        return detail;
    }
}
