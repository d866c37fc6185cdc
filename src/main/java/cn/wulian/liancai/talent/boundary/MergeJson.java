package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A merge as the API and pages show it: the two records, who merged them and when, the fields the
 * survivor took from the merged record, what moved (or was dropped), and whether it can still be
 * undone — if not, what changed since ("KIND:id").
 */
public record MergeJson(long id, long survivorId, String survivorName, long mergedId, String mergedName, String mergedBy,
                        Instant mergedAt, List<String> fieldsFromMerged, List<Moved> moved, boolean undoable,
                        List<String> changedSince, String undoneBy, Instant undoneAt) implements Serializable {

    /** one reference: the kind of record, which one, where it named the talent, a label */
    public record Moved(String kind, long recordId, String role, String label) implements Serializable {
    }
}
