package cn.wulian.liancai.service.entity;

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
import java.time.Instant;

/**
 * One step of a service request as it happened: the action, from and to which status, the
 * department and officer it was given to (an assignment), the satisfaction given (a closing), the
 * note, who and when. Never changed once stored: the request's timeline.
 */
@Entity
@Table(name = "service_step")
@NamedQuery(name = ServiceStep.OF_REQUEST,
        query = "select s from ServiceStep s left join fetch s.department where s.request.id = :request order by s.occurredAt, s.id")
public class ServiceStep {

    public static final String OF_REQUEST = "ServiceStep.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServiceRequest request;
    @Enumerated(EnumType.STRING)
    private ServiceAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ServiceStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ServiceStatus to;
    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;
    private String officer;
    private Integer satisfaction;
    private String note;
    @Column(name = "by_username")
    private String by;
    private Instant occurredAt;

    protected ServiceStep() {
    }

    ServiceStep(ServiceRequest request, ServiceAction action, ServiceStatus from, ServiceStatus to, Department department, String officer,
                Integer satisfaction, String note, String by, Instant at) {
        this.request = request;
        this.action = action;
        this.from = from;
        this.to = to;
        this.department = department;
        this.officer = officer;
        this.satisfaction = satisfaction;
        this.note = note;
        this.by = by;
        this.occurredAt = at;
    }

    public Long getId() { return id; }
    public ServiceRequest getRequest() { return request; }
    public ServiceAction getAction() { return action; }
    public ServiceStatus getFrom() { return from; }
    public ServiceStatus getTo() { return to; }
    public Department getDepartment() { return department; }
    public String getOfficer() { return officer; }
    public Integer getSatisfaction() { return satisfaction; }
    public String getNote() { return note; }
    public String getBy() { return by; }
    public Instant getOccurredAt() { return occurredAt; }
}
