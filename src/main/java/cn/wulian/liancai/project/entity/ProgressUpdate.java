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
 * A progress update (进度) as a field officer posts it, often from a phone: the day, what was seen,
 * and the overall percent done. Updates are never edited: the timeline is the record.
 */
@Entity
@Table(name = "project_update")
@NamedQuery(name = ProgressUpdate.OF_PROJECT,
        query = "select u from ProgressUpdate u where u.project.id = :project order by u.reportedOn desc, u.id desc")
@NamedQuery(name = ProgressUpdate.ALL, query = "select u from ProgressUpdate u")
public class ProgressUpdate {

    public static final String OF_PROJECT = "ProgressUpdate.ofProject";
    public static final String ALL = "ProgressUpdate.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;
    private LocalDate reportedOn;
    private int percent;
    private String text;
    @Column(name = "by_username")
    private String by;
    private Instant recordedAt;

    protected ProgressUpdate() {
    }

    public ProgressUpdate(Project project, LocalDate on, Integer percent, String text, String by, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null) {
            errors.put("on", "validation.required");
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.put("on", "validation.date.future");
        } else if (on.isBefore(project.getOpenedOn())) {
            errors.put("on", "validation.update.beforeOpened");
        }
        if (percent == null) {
            errors.put("percent", "validation.required");
        } else if (percent < 0 || percent > 100) {
            errors.put("percent", "validation.update.percent");
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.project = project;
        this.reportedOn = on;
        this.percent = percent;
        this.text = text.strip();
        this.by = by;
        this.recordedAt = clock.instant();
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public LocalDate getReportedOn() { return reportedOn; }
    public int getPercent() { return percent; }
    public String getText() { return text; }
    public String getBy() { return by; }
    public Instant getRecordedAt() { return recordedAt; }
}
