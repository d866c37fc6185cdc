package cn.wulian.liancai.project.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A milestone of a project's commitment (军令状 节点): what must be done ({@code standard}) by when.
 * A commitment is not moved: the due date and standard never change once set, and a milestone is
 * recorded met once, with the day it was met and the moment that was recorded.
 */
@Entity
@Table(name = "project_milestone")
@NamedQuery(name = Milestone.OF_PROJECT, query = "select m from Milestone m where m.project.id = :project order by m.dueOn, m.id")
@NamedQuery(name = Milestone.ALL, query = "select m from Milestone m")
public class Milestone {

    public static final String OF_PROJECT = "Milestone.ofProject";
    public static final String ALL = "Milestone.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;
    private String title;
    private LocalDate dueOn;
    private String standard;
    private LocalDate metOn;
    @Column(name = "met_by")
    private String metBy;
    private Instant metRecordedAt;
    @Column(name = "created_by")
    private String createdBy;
    private Instant createdAt;

    protected Milestone() {
    }

    public Milestone(Project project, String title, LocalDate dueOn, String standard, String by, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "validation.required");
        }
        if (dueOn == null) {
            errors.put("dueOn", "validation.required");
        } else if (dueOn.isBefore(project.getOpenedOn())) {
            errors.put("dueOn", "validation.milestone.dueBeforeOpened");
        }
        if (standard == null || standard.isBlank()) {
            errors.put("standard", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.project = project;
        this.title = title.strip();
        this.dueOn = dueOn;
        this.standard = standard.strip();
        this.createdBy = by;
        this.createdAt = clock.instant();
    }

    /** records the milestone met on the given day (on time when that day is not after the due date) */
    public void meet(LocalDate on, String by, Clock clock) {
        if (metOn != null) {
            throw DomainViolation.of("metOn", "validation.milestone.alreadyMet");
        }
        if (on == null) {
            throw DomainViolation.of("metOn", "validation.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw DomainViolation.of("metOn", "validation.date.future");
        }
        if (on.isBefore(project.getOpenedOn())) {
            throw DomainViolation.of("metOn", "validation.milestone.metBeforeOpened");
        }
        this.metOn = on;
        this.metBy = by;
        this.metRecordedAt = clock.instant();
    }

    public boolean metOnTime() {
        return metOn != null && !metOn.isAfter(dueOn);
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public String getTitle() { return title; }
    public LocalDate getDueOn() { return dueOn; }
    public String getStandard() { return standard; }
    public LocalDate getMetOn() { return metOn; }
    public String getMetBy() { return metBy; }
    public Instant getMetRecordedAt() { return metRecordedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
