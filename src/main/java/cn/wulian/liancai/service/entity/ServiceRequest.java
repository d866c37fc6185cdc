package cn.wulian.liancai.service.entity;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.audit.NotAudited;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service request (服务事项) of the one-stop service for a returning talent, their team or their
 * project: what is asked, of which kind, since when, by when — the kind's target counted in working
 * days from the day it was received — and who settles it. Its life is a chain of
 * {@link ServiceStep steps}; each method here checks one step's rules and returns the step to store.
 *
 * <p>On time means resolved on or before the due day. A reopened request is open again: its due day
 * stays, so work that was settled too early and came back counts against the target.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    static final int TEXT_LIMIT = 2000;
    static final int REMARK_LIMIT = 500;
    /** a request may be recorded a while after the talent asked, never before the office existed for them */
    static final int MAX_DAYS_BACK = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServiceKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;
    private String officer;
    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;
    @ManyToOne(fetch = FetchType.LAZY)
    private Talent talent;
    @ManyToOne(fetch = FetchType.LAZY)
    private Team team;
    @ManyToOne(fetch = FetchType.LAZY)
    private Project project;
    @ManyToOne(fetch = FetchType.LAZY)
    private Platform platform;
    /** the beneficiary as named when it was made; a copy, not audited (the subject's reference is, and the copy would outlive an erasure there) */
    @NotAudited
    private String subjectName;
    private String description;
    private LocalDate receivedOn;
    private String receivedBy;
    private int targetDays;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ServiceStatus status;
    private LocalDate resolvedOn;
    private Instant closedAt;
    private Integer satisfaction;
    private String satisfactionNote;
    private Instant createdAt;
    @Version
    private long version;

    protected ServiceRequest() {
    }

    /**
     * A request received on {@code receivedOn} (today when left out; up to a year back, never ahead),
     * due the kind's target in working days later. The department is the kind's usual one unless
     * another is named; the facade has checked that the caller may file for the subject.
     */
    public ServiceRequest(ServiceKind kind, Subject subject, String description, LocalDate receivedOn, Department department,
                          WorkingCalendar calendar, String by, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!kind.isActive()) {
            errors.put("kind", "validation.service.kindRetired");
        }
        Department settling = department != null ? department : kind.getDepartment();
        if (settling == null) {
            errors.put("department", "validation.required");
        } else if (department != null && !department.isActive()) {
            errors.put("department", "validation.service.departmentRetired");
        }
        if (description == null || description.isBlank()) {
            errors.put("description", "validation.required");
        } else if (description.strip().length() > TEXT_LIMIT) {
            errors.put("description", "validation.size2000");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = receivedOn == null ? today : receivedOn;
        if (on.isAfter(today)) {
            errors.put("receivedOn", "validation.date.future");
        } else if (on.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            errors.put("receivedOn", "validation.service.receivedLongAgo");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.kind = kind;
        this.department = settling;
        this.subjectKind = subject.kind();
        this.talent = subject.talent();
        this.team = subject.team();
        this.project = subject.project();
        this.platform = subject.platform();
        this.subjectName = subject.name();
        this.description = description.strip();
        this.receivedOn = on;
        this.receivedBy = by;
        this.targetDays = kind.getTargetDays();
        this.dueOn = calendar.addWorkingDays(on, targetDays);
        this.status = ServiceStatus.RECEIVED;
        this.createdAt = clock.instant();
    }

    /** the step that records the filing itself */
    public ServiceStep received() {
        return new ServiceStep(this, ServiceAction.RECEIVE, null, ServiceStatus.RECEIVED, department, null, null, description, receivedBy, createdAt);
    }

    /** gives the request to a department and an officer (an office account's user name), or hands it over to others */
    public ServiceStep assign(Department to, String officer, String note, String by, Clock clock) {
        allowed(ServiceAction.ASSIGN);
        Map<String, String> errors = new LinkedHashMap<>();
        Department d = to != null ? to : department;
        if (d == null) {
            errors.put("department", "validation.required");
        } else if (to != null && !to.isActive() && !to.equals(department)) {
            errors.put("department", "validation.service.departmentRetired");
        }
        if (officer == null || officer.isBlank()) {
            errors.put("officer", "validation.required");
        }
        noteLimit(note, errors);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        ServiceStep step = move(ServiceAction.ASSIGN, d, officer.strip(), null, note, by, clock);
        this.department = d;
        this.officer = officer.strip();
        return step;
    }

    public ServiceStep start(String note, String by, Clock clock) {
        allowed(ServiceAction.START);
        return move(ServiceAction.START, null, null, null, checkedNote(note, false), by, clock);
    }

    /** settled: how is said in the note; the day counts for the target (today, or a past day not before it was received) */
    public ServiceStep resolve(String note, LocalDate resolvedOn, String by, Clock clock) {
        allowed(ServiceAction.RESOLVE);
        Map<String, String> errors = new LinkedHashMap<>();
        if (note == null || note.isBlank()) {
            errors.put("note", "validation.service.resolutionRequired");
        }
        noteLimit(note, errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = resolvedOn == null ? today : resolvedOn;
        if (on.isAfter(today)) {
            errors.put("resolvedOn", "validation.date.future");
        } else if (on.isBefore(receivedOn)) {
            errors.put("resolvedOn", "validation.service.resolvedBeforeReceived");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        ServiceStep step = move(ServiceAction.RESOLVE, null, null, null, note, by, clock);
        this.resolvedOn = on;
        return step;
    }

    /** closed with the talent's satisfaction, 1 (very dissatisfied) to 5 (very satisfied), and their words */
    public ServiceStep close(Integer satisfaction, String remark, String by, Clock clock) {
        allowed(ServiceAction.CLOSE);
        Map<String, String> errors = new LinkedHashMap<>();
        if (satisfaction == null) {
            errors.put("satisfaction", "validation.required");
        } else if (satisfaction < 1 || satisfaction > 5) {
            errors.put("satisfaction", "validation.service.satisfaction");
        }
        String r = strip(remark);
        if (r != null && r.length() > REMARK_LIMIT) {
            errors.put("note", "validation.size500");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        ServiceStep step = move(ServiceAction.CLOSE, null, null, satisfaction, r, by, clock);
        this.satisfaction = satisfaction;
        this.satisfactionNote = r;
        this.closedAt = step.getOccurredAt();
        return step;
    }

    /** open again, saying why: the resolution and any satisfaction given no longer count */
    public ServiceStep reopen(String reason, String by, Clock clock) {
        allowed(ServiceAction.REOPEN);
        ServiceStep step = move(ServiceAction.REOPEN, null, null, null, checkedNote(reason, true), by, clock);
        this.resolvedOn = null;
        this.closedAt = null;
        this.satisfaction = null;
        this.satisfactionNote = null;
        return step;
    }

    /** a line on the request's record (a call to the talent, a department's answer) without a change of status */
    public ServiceStep note(String note, String by, Clock clock) {
        allowed(ServiceAction.NOTE);
        return move(ServiceAction.NOTE, null, null, null, checkedNote(note, true), by, clock);
    }

    // ---- what the request is now

    /** resolved, and on or before its due day */
    public boolean onTime() {
        return resolvedOn != null && !resolvedOn.isAfter(dueOn);
    }

    /** still open after its due day */
    public boolean overdue(LocalDate today) {
        return status.open() && today.isAfter(dueOn);
    }

    /** still open and due within the next {@code days} working days (today included) */
    public boolean dueSoon(LocalDate today, int days, WorkingCalendar calendar) {
        return status.open() && !today.isAfter(dueOn) && !dueOn.isAfter(calendar.addWorkingDays(today, days));
    }

    /** the working days from receipt to resolution; null while open */
    public Integer daysToSettle(WorkingCalendar calendar) {
        return resolvedOn == null ? null : calendar.workingDaysBetween(receivedOn, resolvedOn);
    }

    // ---- rules

    private void allowed(ServiceAction action) {
        if (!action.from().contains(status)) {
            throw DomainViolation.of("action", "validation.service.step", status.name(), action.name());
        }
    }

    private ServiceStep move(ServiceAction action, Department d, String officer, Integer satisfaction, String note, String by, Clock clock) {
        allowed(action);
        ServiceStatus from = status;
        this.status = action.to(status);
        return new ServiceStep(this, action, from, status, d, officer, satisfaction, strip(note), by, clock.instant());
    }

    private static String checkedNote(String note, boolean required) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (required && (note == null || note.isBlank())) {
            errors.put("note", "validation.required");
        }
        noteLimit(note, errors);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        return note;
    }

    private static void noteLimit(String note, Map<String, String> errors) {
        if (note != null && note.strip().length() > TEXT_LIMIT) {
            errors.put("note", "validation.size2000");
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Two records were found to be one person: the request is the survivor's (or, on undo, the merged record's again). */
    /** the talent it was for was erased: the name it kept of them goes, for the placeholder they are named by now */
    public void forgetTalentsName(String placeholder) {
        if (talent != null) {
            subjectName = placeholder;
        }
    }

    public void renameTalent(Talent from, Talent to) {
        if (!Talent.same(talent, from)) {
            throw new IllegalStateException("service request " + id + " is not for talent " + from.getId());
        }
        talent = to;
    }

    public Long getId() { return id; }
    public ServiceKind getKind() { return kind; }
    public Department getDepartment() { return department; }
    public String getOfficer() { return officer; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public Talent getTalent() { return talent; }
    public Team getTeam() { return team; }
    public Project getProject() { return project; }
    public Platform getPlatform() { return platform; }
    /** the talent's, team's or project's id */
    public long getSubjectId() {
        return Subject.idOf(subjectKind, talent, team, project);
    }
    public String getSubjectName() { return subjectName; }
    public String getDescription() { return description; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
    public int getTargetDays() { return targetDays; }
    public LocalDate getDueOn() { return dueOn; }
    public ServiceStatus getStatus() { return status; }
    public LocalDate getResolvedOn() { return resolvedOn; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getSatisfaction() { return satisfaction; }
    public String getSatisfactionNote() { return satisfactionNote; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
