package cn.wulian.liancai.search.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a full rebuild of the search index is: its phase, the type being written, how many of all
 * the documents are written, when it started and finished, and why it failed if it did. The
 * documents are counted against the sources' counts at the start, so {@code done} may end a little
 * off {@code total} when records were added or removed meanwhile.
 */
public record RebuildStatus(Phase phase, String type, long done, long total, String startedBy, Instant started, Instant finished,
                            String error) implements Serializable {

    public enum Phase {
        /** the new index is being written beside the one that answers searches */
        BUILDING,
        /** the new index takes the old one's place: writes wait for the moment this takes */
        SWAPPING,
        /** the new index is compared with the database for what changed while it was built */
        RECONCILING,
        DONE,
        FAILED
    }

    static RebuildStatus started(String by, Instant at) {
        return new RebuildStatus(Phase.BUILDING, null, 0, 0, by, at, null, null);
    }

    public boolean running() {
        return phase != Phase.DONE && phase != Phase.FAILED;
    }

    /** whole percent of the documents written, 100 once done */
    public int percent() {
        if (phase == Phase.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    /** seconds from the start to the end, or to {@code now} while it runs */
    public long elapsedSeconds(Instant now) {
        return Duration.between(started, finished == null ? now : finished).toSeconds();
    }

    RebuildStatus counting(long all) {
        return new RebuildStatus(phase, type, done, all, startedBy, started, finished, error);
    }

    RebuildStatus writing(String writing) {
        return new RebuildStatus(phase, writing, done, total, startedBy, started, finished, error);
    }

    RebuildStatus advanced(long documents) {
        return new RebuildStatus(phase, type, done + documents, total, startedBy, started, finished, error);
    }

    RebuildStatus in(Phase next) {
        return new RebuildStatus(next, null, done, total, startedBy, started, finished, error);
    }

    RebuildStatus done(Instant at) {
        return new RebuildStatus(Phase.DONE, null, done, total, startedBy, started, at, null);
    }

    RebuildStatus failed(Instant at, String why) {
        return new RebuildStatus(Phase.FAILED, type, done, total, startedBy, started, at, why);
    }
}
