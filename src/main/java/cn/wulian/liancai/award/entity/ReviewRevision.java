package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A submitted review as it was submitted: the sheet, its weighted total, and for a change the reason. Never changed. */
@Entity
@NamedQuery(name = ReviewRevision.OF_ASSIGNMENT,
        query = "select r from ReviewRevision r where r.assignment.id = :assignment order by r.revision")
@NamedQuery(name = ReviewRevision.COUNTED_OF_CYCLE, query = "select r from ReviewRevision r join fetch r.assignment a join fetch a.nomination n"
        + " where n.cycle.id = :cycle and r.revision = a.countedRevision")
public class ReviewRevision {

    public static final String OF_ASSIGNMENT = "ReviewRevision.ofAssignment";
    /** each assignment's revision that counts: the latest, unless a flagged change waits for the office */
    public static final String COUNTED_OF_CYCLE = "ReviewRevision.countedOfCycle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ReviewAssignment assignment;
    private int revision;
    private String sheetJson;
    private BigDecimal total;
    private String changeReason;
    private Instant submittedAt;

    protected ReviewRevision() {
    }

    ReviewRevision(ReviewAssignment assignment, int revision, String sheetJson, double total, String changeReason, Instant at) {
        this.assignment = assignment;
        this.revision = revision;
        this.sheetJson = sheetJson;
        this.total = BigDecimal.valueOf(total).setScale(4, RoundingMode.HALF_UP);
        this.changeReason = changeReason;
        this.submittedAt = at;
    }

    public ReviewSheet sheet() {
        return AwardJson.read(sheetJson, ReviewSheet.class);
    }

    public Long getId() { return id; }
    public ReviewAssignment getAssignment() { return assignment; }
    public int getRevision() { return revision; }
    String sheetJson() { return sheetJson; }
    public BigDecimal getTotal() { return total; }
    public String getChangeReason() { return changeReason; }
    public Instant getSubmittedAt() { return submittedAt; }
}
