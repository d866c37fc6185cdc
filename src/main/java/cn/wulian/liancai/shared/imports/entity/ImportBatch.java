package cn.wulian.liancai.shared.imports.entity;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.audit.NotAudited;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;

/**
 * One uploaded file on its way in: who brought it, when, how its columns map to the fields, how
 * far the import got and what it counted. The records it added carry its id, so an import can be
 * told apart — and taken back — later.
 *
 * <p>The life of a batch: {@link ImportStatus#MAPPING} (uploaded, columns to confirm) →
 * {@link ImportStatus#RUNNING} (checking, then saving, in the background) → {@link ImportStatus#DONE},
 * or {@link ImportStatus#REJECTED} (all or nothing, and a row was wrong: nothing saved),
 * {@link ImportStatus#CANCELLED} or {@link ImportStatus#FAILED}.
 */
@Entity
@NamedQuery(name = ImportBatch.RUNNING, query = "select b from ImportBatch b where b.status = cn.wulian.liancai.shared.imports.entity.ImportStatus.RUNNING"
        + " and (b.runner = :runner or b.runner is null)")
public class ImportBatch {

    public static final String RUNNING = "ImportBatch.running";

    public enum Mode { ALL_OR_NOTHING, VALID_ROWS }

    /** what a running import is doing now */
    public enum Phase { CHECKING, SAVING, UNDOING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String fileName;
    @NotAudited
    private String storedAs;
    private String headerSignature;
    private String headers;
    private String mapping;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    @Enumerated(EnumType.STRING)
    private ImportStatus status;
    @NotAudited
    @Enumerated(EnumType.STRING)
    private Phase phase;
    private int totalRows;
    @NotAudited
    private int doneRows;
    @NotAudited
    private int added;
    @NotAudited
    private int held;
    @NotAudited
    private int invalid;
    @NotAudited
    private int removed;
    @NotAudited
    private boolean cancelRequested;
    private String createdBy;
    private Instant createdAt;
    private Instant startedAt;
    /** the instance that runs it (shared.cluster.ThisInstance): only that one ends it as interrupted when it starts again */
    private String runner;
    private Instant finishedAt;
    private String outcome;
    @Version
    private long version;

    protected ImportBatch() {
    }

    public ImportBatch(String kind, String fileName, String storedAs, String headers, String headerSignature,
                       String mapping, int totalRows, String createdBy, Clock clock) {
        this.kind = kind;
        this.fileName = fileName;
        this.storedAs = storedAs;
        this.headers = headers;
        this.headerSignature = headerSignature;
        this.mapping = mapping;
        this.totalRows = totalRows;
        this.mode = Mode.VALID_ROWS;
        this.status = ImportStatus.MAPPING;
        this.createdBy = createdBy;
        this.createdAt = clock.instant();
    }

    /** the columns as confirmed; only before the import runs */
    public void map(String mapping) {
        requireStatus(ImportStatus.MAPPING);
        this.mapping = mapping;
    }

    public void start(Mode mode, Clock clock, String runner) {
        requireStatus(ImportStatus.MAPPING);
        if (mode == null) {
            throw DomainViolation.of("mode", "validation.required");
        }
        this.mode = mode;
        this.status = ImportStatus.RUNNING;
        this.phase = mode == Mode.ALL_OR_NOTHING ? Phase.CHECKING : Phase.SAVING;
        this.startedAt = clock.instant();
        this.runner = runner;
        this.doneRows = 0;
    }

    /** checking found every row fine: saving goes through the rows again */
    public void saving() {
        this.phase = Phase.SAVING;
    }

    /** rows to go through in all: twice for all or nothing (checked, then saved) */
    public int work() {
        return mode == Mode.ALL_OR_NOTHING ? 2 * totalRows : totalRows;
    }

    public void undoing() {
        this.phase = Phase.UNDOING;
    }

    /** a chunk went through: rows read, and what became of them */
    public void progressed(int rows, int added, int held, int invalid) {
        this.doneRows += rows;
        this.added += added;
        this.held += held;
        this.invalid += invalid;
    }

    /** records that a held row was decided later: added as new, merged, or skipped */
    public void decided(boolean addedOne) {
        this.held = Math.max(0, held - 1);
        if (addedOne) {
            this.added++;
        }
    }

    public void removedRecords(int count) {
        this.removed += count;
        this.added = Math.max(0, added - count);
    }

    public void finish(ImportStatus end, String outcome, Clock clock) {
        this.status = end;
        this.phase = null;
        this.outcome = outcome;
        this.finishedAt = clock.instant();
        this.storedAs = null;
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    private void requireStatus(ImportStatus expected) {
        if (status != expected) {
            throw DomainViolation.of("status", "import.status.wrong");
        }
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getStoredAs() { return storedAs; }
    public String getHeaderSignature() { return headerSignature; }
    public String getHeaders() { return headers; }
    public String getMapping() { return mapping; }
    public Mode getMode() { return mode; }
    public ImportStatus getStatus() { return status; }
    public Phase getPhase() { return phase; }
    public int getTotalRows() { return totalRows; }
    public int getDoneRows() { return doneRows; }
    public int getAdded() { return added; }
    public int getHeld() { return held; }
    public int getInvalid() { return invalid; }
    public int getRemoved() { return removed; }
    public boolean isCancelRequested() { return cancelRequested; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public String getRunner() { return runner; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getOutcome() { return outcome; }
    public long getVersion() { return version; }
}
