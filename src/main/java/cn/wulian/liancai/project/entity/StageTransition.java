package cn.wulian.liancai.project.entity;

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
import java.time.LocalDate;

/**
 * One step of a project's pipeline: the day it happened ({@code on}, as reported) and the moment it
 * was recorded ({@code recordedAt}), so that a month's ranking can be computed from what was known then.
 */
@Entity
@Table(name = "project_transition")
@NamedQuery(name = StageTransition.OF_PROJECT, query = "select t from StageTransition t where t.project.id = :project order by t.occurredOn, t.id")
@NamedQuery(name = StageTransition.ALL, query = "select t from StageTransition t")
public class StageTransition {

    public static final String OF_PROJECT = "StageTransition.ofProject";
    public static final String ALL = "StageTransition.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private ProjectStage from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    private ProjectStage to;
    private LocalDate occurredOn;
    @Column(name = "by_username")
    private String by;
    private String note;
    private Instant recordedAt;

    protected StageTransition() {
    }

    StageTransition(Project project, ProjectStage from, ProjectStage to, LocalDate on, String by, String note, Instant recordedAt) {
        this.project = project;
        this.from = from;
        this.to = to;
        this.occurredOn = on;
        this.by = by;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public ProjectStage getFrom() { return from; }
    public ProjectStage getTo() { return to; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getBy() { return by; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
}
