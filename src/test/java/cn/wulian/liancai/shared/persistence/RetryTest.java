package cn.wulian.liancai.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {

    private final List<Long> waits = new ArrayList<>();
    /** waits the full bound, so the backoff is visible in the test */
    private final Retry retry = new Retry(4, 40, waits::add, bound -> bound);

    /** as EclipseLink reports Derby's lock timeout on an INSERT, inside the container's transaction failure */
    private static RuntimeException lockTimeout() {
        SQLException derby = new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1", 30000);
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", derby));
    }

    @Test
    void transientFailuresAreFoundDeepInTheCauses() {
        assertEquals("40XL1", TransientFailures.transientState(lockTimeout()));
        RollbackException atCommit = new RollbackException("at commit");
        atCommit.initCause(new SQLException("deadlock", "40001"));
        assertEquals("40001", TransientFailures.transientState(new TransactionalException("rolled back", atCommit)));
        assertEquals("40P01", TransientFailures.transientState(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        SQLException chained = new SQLException("batch failed", "XJ208");
        chained.setNextException(new SQLException("lock timeout, lock table follows", "40XL2"));
        assertEquals("40XL2", TransientFailures.transientState(new PersistenceException(chained)));
    }

    @Test
    void otherFailuresAreNotTransient() {
        assertNull(TransientFailures.transientState(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
        assertNull(TransientFailures.transientState(new PersistenceException(new SQLException("value too long", "22001"))));
        assertNull(TransientFailures.transientState(new OptimisticLockException("stale")));
        assertNull(TransientFailures.transientState(new IllegalStateException("no cause")));
        assertFalse(TransientFailures.isTransient(new PersistenceException(new SQLException("no state"))));
        assertTrue(TransientFailures.isTransient(lockTimeout()));
    }

    @Test
    void aTransientFailureRunsTheWorkAgainUntilItSucceeds() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        String result = retry.run("create", () -> {
            if (runs.incrementAndGet() < 3) {
                throw lockTimeout();
            }
            return "saved";
        });
        assertEquals("saved", result);
        assertEquals(3, runs.get());
        assertEquals(List.of(40L, 80L), waits, "the wait doubles after each failure");
    }

    @Test
    void afterTheLastAttemptTheFailureReachesTheCaller() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException last = lockTimeout();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> retry.run("create", () -> {
            runs.incrementAndGet();
            throw last;
        }));
        assertSame(last, thrown);
        assertEquals(4, runs.get());
        assertEquals(List.of(40L, 80L, 160L), waits);
    }

    @Test
    void aNonTransientFailureIsNeverRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        PersistenceException duplicate = new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate", "23505"));
        assertSame(duplicate, assertThrows(PersistenceException.class, () -> retry.run("create", () -> {
            runs.incrementAndGet();
            throw duplicate;
        })));
        assertEquals(1, runs.get());
        assertEquals(List.of(), waits);
    }

    @Test
    void successOnTheFirstRunWaitsForNothing() throws Exception {
        assertEquals(7, retry.run("read", () -> 7));
        assertEquals(List.of(), waits);
    }

    @Test
    void anInterruptedWaitStopsRetryingAndKeepsTheInterrupt() {
        Retry interrupted = new Retry(4, 40, millis -> {
            throw new InterruptedException();
        }, bound -> bound);
        AtomicInteger runs = new AtomicInteger();
        try {
            assertThrows(PersistenceException.class, () -> interrupted.run("create", () -> {
                runs.incrementAndGet();
                throw lockTimeout();
            }));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, runs.get());
    }

    @Test
    void theDefaultJitterStaysBetweenHalfAndTheWholeBound() {
        Retry jittered = new Retry(5, 40);
        for (int i = 0; i < 200; i++) {
            long wait = jittered.waitAfter(3);
            assertTrue(wait >= 80 && wait <= 160, "wait after the third failure: " + wait);
        }
        assertThrows(IllegalArgumentException.class, () -> new Retry(0, 40));
    }
}
