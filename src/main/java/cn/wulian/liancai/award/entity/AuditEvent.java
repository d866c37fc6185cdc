package cn.wulian.liancai.award.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a cycle's audit trail: who did what, when, to which nomination, and the particulars
 * (the scores submitted, the reason for a change, the conflict declared, the decision's justification).
 * Written in the same transaction as the action, never changed.
 */
@Entity
@Table(name = "award_audit")
@NamedQuery(name = AuditEvent.OF_CYCLE, query = "select e from AuditEvent e where e.cycleId = :cycle order by e.occurredAt, e.id")
public class AuditEvent {

    public static final String OF_CYCLE = "AuditEvent.ofCycle";

    public enum Action {
        CYCLE_OPENED, CYCLE_CHANGED, NOMINATED, ASSIGNED, UNASSIGNED, DRAFT_SAVED, REVIEW_SUBMITTED, REVIEW_CHANGED,
        CONFLICT_DECLARED, DECIDED, PUBLISHED, FINALIZED, ATTACHED, DETACHED,
        /** a change, or a conflict declared, after the reviewer had seen the others' sheets: waits for the office */
        REVIEW_CHANGE_FLAGGED, CONFLICT_FLAGGED, FLAG_CONFIRMED, FLAG_REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long cycleId;
    private Long nominationId;
    private Instant occurredAt;
    @Column(name = "by_username")
    private String by;
    private String action;
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(long cycleId, Long nominationId, Action action, String detail, String by, Instant at) {
        this.cycleId = cycleId;
        this.nominationId = nominationId;
        this.action = action.name();
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.by = by;
        this.occurredAt = at;
    }

    public Long getId() { return id; }
    public long getCycleId() { return cycleId; }
    public Long getNominationId() { return nominationId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getBy() { return by; }
    public String getAction() { return action; }
    public String getDetail() { return detail; }
}
