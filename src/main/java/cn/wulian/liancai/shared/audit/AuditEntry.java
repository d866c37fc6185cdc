package cn.wulian.liancai.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One entry of the audit trail, as read back. Entries are written only by {@link AuditWriter}, in
 * the transaction of the change they describe, and never changed or deleted: the entity is
 * read-only, so no persistence context can update or remove one either.
 *
 * <p>{@code changes} holds the fields' values before and after as JSON; when the entry belongs to
 * a person's history it is sealed with that person's key ({@link AuditSeal}) and reads as null once
 * the person's data was erased.
 */
@Entity
@ReadOnly
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.STEPS, query = "select e from AuditEntry e where e.subjectKind = :kind and e.subjectId = :id"
        + " and e.action in :actions order by e.occurredAt, e.id")
@NamedQuery(name = AuditEntry.ABOUT, query = "select e from AuditEntry e where (e.subjectKind = :kind and e.subjectId = :id)"
        + " or (e.recordKind = :kind and e.recordId = :id)"
        + " or (e.recordKind = :kind and e.recordId is null and concat(concat(' ', e.detail), ' ') like :shown) order by e.occurredAt, e.id")
public class AuditEntry {

    static final String STEPS = "AuditEntry.steps";
    static final String ABOUT = "AuditEntry.about";

    @Id
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String actorRole;
    private String recordKind;
    private Long recordId;
    private String subjectKind;
    private Long subjectId;
    private String action;
    @Column(name = "fields")
    private String fieldNames;
    private String changes;
    private String detail;

    protected AuditEntry() {
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getActorRole() { return actorRole; }
    public RecordRef record() { return new RecordRef(recordKind, recordId); }
    public RecordRef subject() { return new RecordRef(subjectKind, subjectId); }
    public String getAction() { return action; }
    public String getFieldNames() { return fieldNames; }
    public String getChanges() { return changes; }
    public String getDetail() { return detail; }
}
