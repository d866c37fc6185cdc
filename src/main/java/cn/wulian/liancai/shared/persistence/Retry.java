package cn.wulian.liancai.shared.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a unit of work again when it failed for a {@linkplain TransientFailures transient} reason:
 * at most {@code attempts} times in all, waiting a little longer after each failure, the wait
 * jittered so that transactions that collided once do not collide again in step. Any other
 * failure, and the last transient one, reaches the caller unchanged.
 *
 * <p>Only safe around a whole transaction: the work must start and end its own (see {@link
 * TransientRetry}), so that a failed run left nothing behind.
 */
public final class Retry {

    private static final Logger LOG = Logger.getLogger(Retry.class.getName());

    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final int attempts;
    private final long baseMillis;
    private final Sleeper sleeper;
    private final LongUnaryOperator jitter;

    /**
     * @param attempts runs in all, at least 1
     * @param baseMillis the longest wait after the first failure; doubles after each further one
     */
    public Retry(int attempts, long baseMillis) {
        this(attempts, baseMillis, Thread::sleep, bound -> ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
    }

    Retry(int attempts, long baseMillis, Sleeper sleeper, LongUnaryOperator jitter) {
        if (attempts < 1 || baseMillis < 0) {
            throw new IllegalArgumentException("attempts >= 1 and baseMillis >= 0: " + attempts + ", " + baseMillis);
        }
        this.attempts = attempts;
        this.baseMillis = baseMillis;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    public <T> T run(String what, Work<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (Exception e) {
                String state = TransientFailures.transientState(e);
                if (state == null) {
                    throw e;
                }
                if (attempt >= attempts) {
                    LOG.log(Level.WARNING, "{0}: transient database failure {1} on each of {2} attempts; giving up",
                            new Object[] {what, state, attempts});
                    throw e;
                }
                long wait = waitAfter(attempt);
                LOG.log(Level.INFO, "{0}: transient database failure {1} on attempt {2}; running it again in {3} ms",
                        new Object[] {what, state, attempt, wait});
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** the jittered wait after the given failed attempt: at most base × 2^(attempt-1), at least half that */
    long waitAfter(int attempt) {
        long bound = baseMillis << Math.min(attempt - 1, 10);
        return bound <= 1 ? bound : jitter.applyAsLong(bound);
    }
}
