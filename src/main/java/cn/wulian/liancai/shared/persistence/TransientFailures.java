package cn.wulian.liancai.shared.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which database failures are worth running the whole use case again: those where the database
 * gave up on the transaction because of other transactions running at the same moment, not
 * because of anything in it. Its next run, in a new transaction, may well succeed. Every other
 * failure (a unique key, a check constraint, a stale version, bad data) would fail the same way
 * again and is never retried.
 */
public final class TransientFailures {

    /**
     * 40001: deadlock (Derby) or serialization failure (PostgreSQL); 40XL1 and 40XL2: Derby's
     * lock timeout, which it also reports when an identity column's value range could not be
     * extended because another transaction held the generator's row (see BENCHMARKS.md); 40P01:
     * PostgreSQL's deadlock.
     */
    static final Set<String> SQL_STATES = Set.of("40001", "40XL1", "40XL2", "40P01");

    private TransientFailures() {
    }

    /** the SQLState of the transient failure somewhere in the causes, or null if there is none */
    public static String transientState(Throwable failure) {
        int depth = 0;
        for (Throwable c = failure; c != null && depth < 50; c = c.getCause(), depth++) {
            if (c instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && SQL_STATES.contains(next.getSQLState())) {
                        return next.getSQLState();
                    }
                    if (next.getNextException() == next) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    public static boolean isTransient(Throwable failure) {
        return transientState(failure) != null;
    }
}
