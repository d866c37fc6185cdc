package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexDifference;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of comparing the search index with the database: per type what differed, whether
 * the index carries the current analysis schema, which types a repair wrote whole ({@code
 * rebuilt}: a new index, or one of another schema) and in which it wrote only the differing
 * documents ({@code repaired}) — none when only checked — and whether the index equals the
 * database at the end (after the repair, checked again, when there was one).
 */
public record IndexVerification(Instant checkedAt, boolean schemaCurrent, List<IndexDifference> kinds, List<String> rebuilt,
                                List<String> repaired, boolean inStep) implements Serializable {

    public IndexVerification {
        kinds = List.copyOf(kinds);
        rebuilt = List.copyOf(rebuilt);
        repaired = List.copyOf(repaired);
    }

    /** whether the first comparison found the index equal to the database */
    public boolean foundInStep() {
        return schemaCurrent && kinds.stream().allMatch(IndexDifference::inStep);
    }
}
