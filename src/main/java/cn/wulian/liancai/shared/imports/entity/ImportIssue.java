package cn.wulian.liancai.shared.imports.entity;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.audit.NotAudited;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;

/**
 * One line of an import's report: a cell that could not be taken (row, column, value, message), or
 * a row held back because it may be a person already registered, until someone decides what it is.
 * Bookkeeping of the import, not a record: the decisions are in the trail through what they change.
 */
@Entity
@NotAudited
@NamedQuery(name = ImportIssue.OF_BATCH, query = "select i from ImportIssue i where i.importId = :id and i.kind = :kind order by i.rowNo, i.id")
@NamedQuery(name = ImportIssue.COUNT, query = "select count(i) from ImportIssue i where i.importId = :id and i.kind = :kind")
public class ImportIssue {

    public static final String OF_BATCH = "ImportIssue.ofBatch";
    public static final String COUNT = "ImportIssue.count";

    public enum Kind { PROBLEM, MATCH }

    /** what a person decided for a held row */
    public enum Decision { ADD, MERGE, SKIP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long importId;
    private int rowNo;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String field;
    private String columnName;
    private String cellValue;
    private String messageKey;
    private String messageArgs;
    /** for a held row: the registered records it may be, as JSON [{id, name, score, reasons}] */
    private String candidates;
    /** for a held row: its cells by field as JSON, kept until it is decided and then cleared */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String rowValues;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String decidedBy;
    private Instant decidedAt;
    /** the record added for this row */
    private Long recordId;
    /** "the same person as": the registered record the added one is to be merged with */
    private Long mergeWith;
    @Version
    private long version;

    protected ImportIssue() {
    }

    public static ImportIssue problem(long importId, int rowNo, String field, String columnName, String cellValue,
                                      String messageKey, String messageArgs) {
        ImportIssue i = new ImportIssue();
        i.importId = importId;
        i.rowNo = rowNo;
        i.kind = Kind.PROBLEM;
        i.field = field;
        i.columnName = cut(columnName, 200);
        i.cellValue = cut(cellValue, 1000);
        i.messageKey = messageKey;
        i.messageArgs = cut(messageArgs, 1000);
        return i;
    }

    public static ImportIssue match(long importId, int rowNo, String candidates, String rowValues) {
        ImportIssue i = new ImportIssue();
        i.importId = importId;
        i.rowNo = rowNo;
        i.kind = Kind.MATCH;
        i.candidates = cut(candidates, 2000);
        i.rowValues = rowValues;
        return i;
    }

    /**
     * A held row decided, once; of its values only {@code kept} stays.
     *
     * @param kept what stays of the row's values once decided (its name, so that the list of held rows still says whom
     *             it was about); the rest is in the record now, or was not wanted
     */
    public void decide(Decision decision, Long recordId, Long mergeWith, String by, Clock clock, String kept) {
        if (kind != Kind.MATCH) {
            throw DomainViolation.of("row", "import.row.notHeld");
        }
        if (this.decision != null) {
            throw DomainViolation.of("row", "import.row.decided");
        }
        // the lazily read values first: writing them loads the rest of the row from the database, which set the
        // decision just made back to none when it came after (a skipped row, whose values nobody had read, stayed undecided)
        this.rowValues = kept;
        this.decision = decision;
        this.recordId = recordId;
        this.mergeWith = mergeWith;
        this.decidedBy = by;
        this.decidedAt = clock.instant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public long getImportId() { return importId; }
    public int getRowNo() { return rowNo; }
    public Kind getKind() { return kind; }
    public String getField() { return field; }
    public String getColumnName() { return columnName; }
    public String getCellValue() { return cellValue; }
    public String getMessageKey() { return messageKey; }
    public String getMessageArgs() { return messageArgs; }
    public String getCandidates() { return candidates; }
    public String getRowValues() { return rowValues; }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getRecordId() { return recordId; }
    public Long getMergeWith() { return mergeWith; }
    public long getVersion() { return version; }
}
