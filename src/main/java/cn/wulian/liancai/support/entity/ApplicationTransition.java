package cn.wulian.liancai.support.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of an application, as it happened: from and to which status, under which policy version,
 * the amount it concerned (asked, approved, first paid, paid in all at closing), the note (statement,
 * conditions, reason, voucher), who and when. Never changed once stored.
 */
@Entity
@Table(name = "application_transition")
@NamedQuery(name = ApplicationTransition.OF_APPLICATION,
        query = "select t from ApplicationTransition t where t.application.id = :application order by t.occurredAt, t.id")
public class ApplicationTransition {

    public static final String OF_APPLICATION = "ApplicationTransition.ofApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Application application;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ApplicationStatus to;
    private int policyVersion;
    private BigDecimal amount;
    private String note;
    @Column(name = "by_username")
    private String by;
    private Instant occurredAt;

    protected ApplicationTransition() {
    }

    ApplicationTransition(Application application, ApplicationStatus from, ApplicationStatus to, int policyVersion, BigDecimal amount,
                          String note, String by, Instant at) {
        this.application = application;
        this.from = from;
        this.to = to;
        this.policyVersion = policyVersion;
        this.amount = amount;
        this.note = note;
        this.by = by;
        this.occurredAt = at;
    }

    public Long getId() { return id; }
    public Application getApplication() { return application; }
    public ApplicationStatus getFrom() { return from; }
    public ApplicationStatus getTo() { return to; }
    public int getPolicyVersion() { return policyVersion; }
    public BigDecimal getAmount() { return amount; }
    public String getNote() { return note; }
    public String getBy() { return by; }
    public Instant getOccurredAt() { return occurredAt; }
}
