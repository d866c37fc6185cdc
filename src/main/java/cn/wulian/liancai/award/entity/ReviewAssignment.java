package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;

/**
 * A reviewer assigned to a nomination, with their draft (saved as they go, never counted) and the
 * number of their latest submitted revision (0: not submitted). A reviewer who declares a conflict
 * keeps the record of it, may no longer open the nomination, and their scores no longer count.
 */
@Entity
@NamedQuery(name = ReviewAssignment.OF_CYCLE,
        query = "select a from ReviewAssignment a join fetch a.nomination n where n.cycle.id = :cycle order by n.id, a.reviewer")
@NamedQuery(name = ReviewAssignment.OF_REVIEWER, query = "select a from ReviewAssignment a join fetch a.nomination n join fetch n.cycle c"
        + " where a.reviewer = :reviewer order by c.awardYear desc, n.id")
@NamedQuery(name = ReviewAssignment.OF_NOMINATION,
        query = "select a from ReviewAssignment a where a.nomination.id = :nomination order by a.reviewer")
public class ReviewAssignment {

    public static final String OF_CYCLE = "ReviewAssignment.ofCycle";
    public static final String OF_REVIEWER = "ReviewAssignment.ofReviewer";
    public static final String OF_NOMINATION = "ReviewAssignment.ofNomination";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Nomination nomination;
    private String reviewer;
    private Instant assignedAt;
    private String assignedBy;
    private boolean automatic;
    private String draftJson;
    private int submittedRevision;
    private String conflictReason;
    private Instant conflictDeclaredAt;
    @Version
    private long version;

    protected ReviewAssignment() {
    }

    public ReviewAssignment(Nomination nomination, String reviewer, boolean automatic, String by, Clock clock) {
        this.nomination = nomination;
        this.reviewer = reviewer;
        this.automatic = automatic;
        this.assignedBy = by;
        this.assignedAt = clock.instant();
    }

    /** keeps what the reviewer has so far; each score entered must already be within its range */
    public void saveDraft(ReviewSheet sheet, Rubric rubric) {
        requireOpen();
        for (Criterion c : rubric.criteria()) {
            Integer s = sheet.scores().get(c.code());
            if (s != null && (s < c.min() || s > c.max())) {
                throw DomainViolation.of("scores", "validation.award.scoreRange", c.name(), c.min(), c.max());
            }
        }
        this.draftJson = stored(sheet, rubric);
    }

    /** the sheet as stored: scores and comments only for the rubric's criteria, and small enough for its column */
    private static String stored(ReviewSheet sheet, Rubric rubric) {
        java.util.Set<String> codes = new java.util.HashSet<>(rubric.criteria().stream().map(Criterion::code).toList());
        for (String code : sheet.scores().keySet()) {
            if (!codes.contains(code)) {
                throw DomainViolation.of("scores", "validation.award.scoreUnknown", code);
            }
        }
        for (String code : sheet.comments().keySet()) {
            if (!codes.contains(code)) {
                throw DomainViolation.of("comments", "validation.award.scoreUnknown", code);
            }
        }
        String json = AwardJson.text(sheet);
        if (json.length() > 8000) {
            throw DomainViolation.of("comments", "validation.award.sheetTooLong");
        }
        return json;
    }

    /**
     * Submits the sheet as the next revision; changing a submitted review needs a reason.
     *
     * @return the revision to store
     */
    public ReviewRevision submit(ReviewSheet sheet, Rubric rubric, String reason, Clock clock) {
        requireOpen();
        double total = rubric.total(sheet.scores());
        String json = stored(sheet, rubric);
        if (submittedRevision > 0 && (reason == null || reason.isBlank())) {
            throw DomainViolation.of("reason", "validation.award.changeReason");
        }
        if (reason != null && reason.strip().length() > 1000) {
            throw DomainViolation.of("reason", "validation.size1000");
        }
        submittedRevision++;
        this.draftJson = json;
        return new ReviewRevision(this, submittedRevision, json, total,
                submittedRevision > 1 ? reason.strip() : null, clock.instant());
    }

    /** the reviewer steps aside; what they scored no longer counts */
    public void declareConflict(String reason, Clock clock) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw DomainViolation.of("reason", "validation.award.conflictReason");
        }
        if (reason.strip().length() > 1000) {
            throw DomainViolation.of("reason", "validation.size1000");
        }
        this.conflictReason = reason.strip();
        this.conflictDeclaredAt = clock.instant();
    }

    public boolean declared() {
        return conflictDeclaredAt != null;
    }

    public boolean submitted() {
        return submittedRevision > 0;
    }

    public ReviewSheet draft() {
        return draftJson == null ? new ReviewSheet(null, null, null) : AwardJson.read(draftJson, ReviewSheet.class);
    }

    private void requireOpen() {
        if (declared()) {
            throw DomainViolation.of("conflict", "validation.award.declared");
        }
    }

    public Long getId() { return id; }
    public Nomination getNomination() { return nomination; }
    public String getReviewer() { return reviewer; }
    public Instant getAssignedAt() { return assignedAt; }
    public String getAssignedBy() { return assignedBy; }
    public boolean isAutomatic() { return automatic; }
    public int getSubmittedRevision() { return submittedRevision; }
    public String getConflictReason() { return conflictReason; }
    public Instant getConflictDeclaredAt() { return conflictDeclaredAt; }
    public long getVersion() { return version; }
}
