package cn.wulian.liancai.shared.imports.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import as the page and the API show it: where it stands, its progress (rows done of the work,
 * the rate and the time left), the file's columns and their fields while it is being mapped, with
 * a preview of the first rows as they would be saved, and the first lines of its report.
 */
public record ImportJson(long id, String kind, String fileName, String status, String statusText, String phase, String mode,
                         int totalRows, int work, int done, int percent, Double rowsPerSecond, Long secondsLeft,
                         int added, int held, int invalid, int removed, String createdBy, Instant createdAt,
                         Instant startedAt, Instant finishedAt, String outcome, long version,
                         List<String> headers, List<String> mapping, List<String> samples, List<FieldJson> fields, List<PreviewRow> preview,
                         long problemCount, List<ProblemJson> problems, List<HeldJson> heldRows) implements Serializable {

    public record FieldJson(String name, String label, boolean required) implements Serializable {
    }

    public record PreviewRow(int row, Map<String, String> values, List<ProblemJson> problems) implements Serializable {
    }

    public record ProblemJson(int row, String field, String column, String value, String message) implements Serializable {
    }

    public record CandidateJson(long id, String name, int score, List<String> reasons) implements Serializable {
    }

    /**
     * A held row: {@code recordId} the record added for it; for "the same person", {@code mergeWith}
     * the registered record, and {@code mergePending} while the two are not merged yet (the merge
     * screen was left without saving).
     */
    public record HeldJson(long issue, int row, String name, List<CandidateJson> candidates, String decision,
                           Long recordId, Long mergeWith, boolean mergePending, String decidedBy) implements Serializable {
    }

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    public boolean isMapping() {
        return "MAPPING".equals(status);
    }
}
