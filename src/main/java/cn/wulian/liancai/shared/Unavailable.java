package cn.wulian.liancai.shared;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A store the use case writes to cannot take writes now: the disk holding it is full, or its files
 * cannot be written. Nothing of the use case was saved, and the same request may succeed once the
 * space is back, so the API answers 503 and a page shows the sentence above its form; never a stack
 * trace, and never "conflict" (the caller did nothing wrong).
 */
public class Unavailable extends RuntimeException {

    /** the search index is behind the database and refuses changes until it has caught up */
    public static final String INDEX = "error.unavailable.index";
    /** the database could not write its log or its data files */
    public static final String STORAGE = "error.unavailable.storage";

    /**
     * Derby's storage layer: the transaction log ({@code XSLA}, e.g. XSLA4 "most likely the disk
     * holding the recovery log is full") and the data files ({@code XSDG}, {@code XSDF}, e.g. XSDG1
     * "page could not be written to disk"); Derby then shuts the database down, so a connection
     * still in use answers {@code 08003} "no current connection" (class 08, connection exceptions)
     * and a new one may fail to boot it ({@code XJ040}) until there is space again. PostgreSQL says
     * {@code 53100} (disk_full) and stays up; a server it cannot reach is class 08 too.
     */
    private static final List<String> STORAGE_STATES = List.of("XSLA", "XSDG", "XSDF", "08", "XJ040", "53100");

    private final String messageKey;

    public Unavailable(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** the bundle key of the sentence for people */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The unavailability behind a failure, if that is what it was: an {@code Unavailable} among its
     * causes, or the database's report that it could not write its files; empty for anything else.
     */
    public static Optional<Unavailable> in(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof Unavailable unavailable) {
                return Optional.of(unavailable);
            }
            for (SQLException sql = c instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                String state = sql.getSQLState();
                if (state != null && STORAGE_STATES.stream().anyMatch(state::startsWith)) {
                    return Optional.of(new Unavailable(STORAGE, "the database cannot write its files: " + state + " " + sql.getMessage()));
                }
            }
        }
        return Optional.empty();
    }
}
