package cn.wulian.liancai.shared.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which reader saw which record when, for a short window, so that the trail notes a view once per
 * window. Bounded: past a few thousand readers-and-records, what is older than the window goes.
 */
final class RecentViews {

    private static final int PRUNE_AT = 5_000;

    private final Duration window;
    private final ConcurrentHashMap<String, Instant> seen = new ConcurrentHashMap<>();

    RecentViews(Duration window) {
        this.window = window;
    }

    /** whether this is the first view of {@code key} in the window that ends now (and remembers it) */
    boolean firstIn(String key, Instant now) {
        if (seen.size() > PRUNE_AT) {
            seen.values().removeIf(at -> at.isBefore(now.minus(window)));
        }
        Instant[] previous = new Instant[1];
        seen.compute(key, (k, at) -> {
            previous[0] = at;
            return at != null && at.isAfter(now.minus(window)) ? at : now;
        });
        return previous[0] == null || !previous[0].isAfter(now.minus(window));
    }
}
