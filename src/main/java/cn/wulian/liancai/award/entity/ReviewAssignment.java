package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
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
 * <p>
 * Fairness once the others are seen: after submitting, a reviewer is shown the other reviewers'
 * sheets ({@link #sawOthers}, recorded the first time they are served to them). From then on, what
 * they do to their own review could be steered by what they saw, so it is <em>flagged</em> and waits
 * for the office instead of counting at once:
 * <ul>
 * <li>a change of the submitted review: the new revision is kept and shown, but the revision that
 * counts ({@link #getCountedRevision}) stays the one before. The office confirms (the newest
 * revision counts) or rejects (the one that counted keeps counting). A further change while one is
 * waiting replaces it: only the newest waits.</li>
 * <li>a conflict declared late: the reviewer steps aside at once (they can no longer open the
 * nomination) but their scores keep counting until the office confirms the declaration (then
 * nothing of theirs counts, as for any declaration); rejected, the declaration is not applied and
 * the assignment is as before it. A declaration decides over a change still waiting: confirmed, the
 * change is moot; rejected, the change waits as before.</li>
 * </ul>
 * Anything done before the others were seen counts at once. At most one thing waits per assignment:
 * {@link #flag()} says which.
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
    @AuditOwner
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
    private Instant othersSeenAt;
    private int countedRevision;
    private boolean changePending;
    private boolean conflictPending;
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
     * Whether this is the last submission sent again, without a reason, and nothing changed since: a double click on
     * 提交评分 or a client's retry. It stores nothing; read as a change, it was refused for want of a reason (or, in
     * the API, as made by someone else). Sheets are compared as sheets: their JSON's order of scores may differ from
     * one start of the server to the next. A draft saved since the submission makes the same sheet a change back.
     */
    public boolean resubmits(ReviewSheet sheet, Rubric rubric, String reason, ReviewRevision last) {
        if (submittedRevision == 0 || (reason != null && !reason.isBlank()) || last == null || last.getRevision() != submittedRevision) {
            return false;
        }
        ReviewSheet submitted = AwardJson.read(last.sheetJson(), ReviewSheet.class);
        return AwardJson.read(stored(sheet, rubric), ReviewSheet.class).equals(submitted) && draft().equals(submitted);
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
        boolean flagged = submittedRevision > 0 && othersSeenAt != null;
        submittedRevision++;
        this.draftJson = json;
        if (flagged) {
            this.changePending = true;
        } else {
            this.countedRevision = submittedRevision;
        }
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
        this.conflictPending = othersSeenAt != null;
    }

    /** what waits for the office on this assignment; a pending declaration before a pending change */
    public enum Flag {
        CHANGE, CONFLICT
    }

    /** records that the other reviewers' sheets were served to this reviewer; the first time is the one that matters */
    public void sawOthers(Clock clock) {
        if (othersSeenAt == null) {
            this.othersSeenAt = clock.instant();
        }
    }

    /** what waits for the office's confirmation, or null */
    public Flag flag() {
        return conflictPending ? Flag.CONFLICT : changePending ? Flag.CHANGE : null;
    }

    /** the office lets what waits count: the newest revision, or the declaration */
    public Flag confirm() {
        Flag flag = requireFlag();
        if (flag == Flag.CONFLICT) {
            this.conflictPending = false;
            this.changePending = false; // the reviewer's scores no longer count, changed or not
        } else {
            this.countedRevision = submittedRevision;
            this.changePending = false;
        }
        return flag;
    }

    /** the office refuses what waits: the revision that counted keeps counting, or the declaration is not applied */
    public Flag reject() {
        Flag flag = requireFlag();
        if (flag == Flag.CONFLICT) {
            this.conflictPending = false;
            this.conflictReason = null;
            this.conflictDeclaredAt = null;
        } else {
            this.changePending = false;
        }
        return flag;
    }

    private Flag requireFlag() {
        Flag flag = flag();
        if (flag == null) {
            throw DomainViolation.of("flag", "validation.award.nothingFlagged");
        }
        return flag;
    }

    /** the reviewer has stepped aside and it counts: declared, and not waiting for the office */
    public boolean steppedAside() {
        return declared() && !conflictPending;
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
    public Instant getOthersSeenAt() { return othersSeenAt; }
    /** the revision the ranking counts (0: none) */
    public int getCountedRevision() { return countedRevision; }
    public long getVersion() { return version; }
}
