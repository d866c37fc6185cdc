package cn.wulian.liancai.search.control;

import cn.wulian.liancai.shared.DomainViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's query cannot be run: it is blank, too long, or not valid query syntax (unbalanced
 * quotes or parentheses, an operator without operand, a leading wildcard …). It is input that
 * breaks a rule like any other, reported against the field {@code q} with a message key, so pages
 * and the API (400) answer it as they answer every {@link DomainViolation}; {@link #getDetail()}
 * keeps the parser's own explanation for logs.
 */
public class InvalidQueryException extends DomainViolation {

    private static final long serialVersionUID = 1L;

    /** the query's field, in the API ({@code ?q=}) and on the search page */
    public static final String FIELD = "q";

    private final String detail;

    public InvalidQueryException(String messageKey, String detail, Object... args) {
        super(Map.of(FIELD, messageKey), args.length == 0 ? Map.of() : Map.of(FIELD, List.of(args)));
        this.detail = detail;
    }

    /** a search has one field: its message is the headline too, as the search box shows it */
    @Override
    public String headline(Locale locale) {
        return text(FIELD, locale);
    }

    /** the message key, e.g. {@code error.query} */
    public String key() {
        return fieldKeys().get(FIELD);
    }

    /** The technical reason, for example the query parser's message; not for the user. */
    public String getDetail() {
        return detail;
    }
}
