package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.rules.boundary.Subjects;
import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.service.control.ServiceFigures;
import cn.wulian.liancai.service.control.ServiceRequestQuery;
import cn.wulian.liancai.service.entity.Department;
import cn.wulian.liancai.service.entity.ServiceAction;
import cn.wulian.liancai.service.entity.ServiceKind;
import cn.wulian.liancai.service.entity.ServiceRequest;
import cn.wulian.liancai.service.entity.ServiceStep;
import cn.wulian.liancai.service.entity.WorkingCalendar;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.security.CallerDirectory;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.boundary.Talents;
import cn.wulian.liancai.team.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Service requests (服务事项), from receipt to closing. Office staff file them for any talent, team
 * or project, and take every step; a platform manager files them for their platform's teams and
 * projects, follows those (any other id is refused alike) and may add notes; reviewers have no
 * business here.
 *
 * <p>The due day is the kind's target in working days from receipt, counted in the office's
 * calendar when the request is filed. "Due soon" means due within {@link #SOON} working days.
 */
@ApplicationScoped
@Transactional
public class ServiceRequests implements Exportable<ServiceRequestJson> {

    private static final String TALENT_REFUSAL = "requests for a talent are filed by the office";

    /** working days ahead that count as "due soon" on the officer's list */
    public static final int SOON = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    InputChecks checks;

    @Inject
    ServiceCatalog catalog;

    @Inject
    AuditTrail trail;

    @Inject
    Subjects subjects;

    @Inject
    Talents talents;

    @Inject
    CallerDirectory directory;

    public Page<ServiceRequestJson> list(PageRequest request, Locale locale) {
        requireRole();
        WorkingCalendar calendar = catalog.calendar();
        Page<ServiceRequest> page = query(calendar).page(scoped(request));
        return new Page<>(page.total(), page.rows().stream().map(r -> json(r, calendar, locale, false)).toList());
    }

    @Override
    public Exportable.Plan<ServiceRequestJson> exportPlan(PageRequest request, Locale locale) {
        requireRole();
        return ServiceExport.plan(locale, query(catalog.calendar()).ids(scoped(request)), catalog.kinds(locale), catalog.departments(locale),
                directory.names());
    }

    @Override
    public List<ServiceRequestJson> exportRows(List<Long> ids) {
        requireRole();
        WorkingCalendar calendar = catalog.calendar();
        Locale locale = Locale.SIMPLIFIED_CHINESE; // the plan's columns name kinds and departments in the reader's language
        return query(calendar).inOrder(ids).stream().map(r -> json(r, calendar, locale, false)).toList();
    }

    @Override
    public void exported(String detail) {
        trail.record(new RecordRef(RecordRef.kindOf(ServiceRequest.class), null), null, AuditTrail.EXPORTED, detail);
    }

    public ServiceRequestJson find(long id, Locale locale) {
        return json(request(id), catalog.calendar(), locale, true);
    }

    /** whether the caller may file a request for this kind of subject: office staff any, a manager their teams and projects */
    public boolean mayFileFor(SubjectKind kind) {
        return user.isStaff() || user.isManager() && kind != SubjectKind.TALENT;
    }

    public ServiceRequestJson file(ServiceRequestInput input, Locale locale) {
        requireRole();
        Map<String, String> errors = checks.formatErrors(input);
        SubjectKind kind = InputChecks.collect(errors, () -> InputChecks.enumValue(SubjectKind.class, input.subjectKind(), "subjectKind", true));
        if (input.subjectId() == null) {
            errors.put("subjectId", "validation.required");
        }
        ServiceKind serviceKind = InputChecks.collect(errors, () -> catalog.kind(input.kind(), "kind"));
        Department department = input.department() == null || input.department().isBlank() ? null
                : InputChecks.collect(errors, () -> catalog.department(input.department(), "department"));
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        Subject subject = subjects.find(kind, input.subjectId(), TALENT_REFUSAL);
        ServiceRequest request = new ServiceRequest(serviceKind, subject, input.description(), input.receivedOn(), department,
                catalog.calendar(), user.getUsername(), clock);
        em.persist(request);
        em.persist(request.received());
        em.flush();
        return find(request.getId(), locale);
    }

    /** takes a step; the version as read is required, so that two officers acting at once cannot both succeed */
    public ServiceRequestJson step(long id, ServiceStepInput input, Locale locale) {
        ServiceRequest request = request(id);
        checks.validate(input);
        ServiceAction action = InputChecks.enumValue(ServiceAction.class, input.action(), "action", true);
        if (action == ServiceAction.RECEIVE) {
            throw DomainViolation.of("action", "validation.service.step", request.getStatus().name(), action.name());
        }
        if (action != ServiceAction.NOTE) {
            user.requireStaff("service requests are assigned and settled by the office");
        }
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.check(request.getVersion(), input.version(), "service request", id);
        String by = user.getUsername();
        ServiceStep step = switch (action) {
            case ASSIGN -> request.assign(input.department() == null || input.department().isBlank() ? null
                    : catalog.department(input.department(), "department"), officer(input.officer()), input.note(), by, clock);
            case START -> request.start(input.note(), by, clock);
            case RESOLVE -> request.resolve(input.note(), input.resolvedOn(), by, clock);
            case CLOSE -> request.close(input.satisfaction(), input.note(), by, clock);
            case REOPEN -> request.reopen(input.note(), by, clock);
            case NOTE -> request.note(input.note(), by, clock);
            case RECEIVE -> throw new IllegalStateException("refused above");
        };
        em.persist(step);
        Versions.flush(em, "service request", id);
        return find(id, locale);
    }

    public List<ServiceRequestJson.StepJson> steps(long id, Locale locale) {
        request(id);
        return stepsOf(id, locale);
    }

    /**
     * The signed-in officer's reminders: their open requests that are overdue or due within
     * {@link #SOON} working days, soonest due first; office staff only.
     */
    public Page<ServiceRequestJson> reminders(PageRequest request, Locale locale) {
        user.requireStaff("reminders are the office's");
        return list(request.withFilter("officer", user.getUsername()).withFilter("due", "attention"), locale);
    }

    /** how many of the signed-in officer's requests need attention: overdue or due soon */
    public long attention() {
        if (!user.isStaff()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = catalog.calendar().addWorkingDays(today, SOON);
        return em.createQuery("select count(r) from ServiceRequest r where r.officer = :me and r.status in :open and r.dueOn <= :soon", Long.class)
                .setParameter("me", user.getUsername()).setParameter("open", openStatuses()).setParameter("soon", soon).getSingleResult();
    }

    /** the year's figures per department and month, and each department's open requests now; office staff only */
    public ServiceFigures.Figures figures(Integer year, Locale locale) {
        user.requireStaff("the service figures are the office's");
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw DomainViolation.of("year", "validation.policy.validYear");
        }
        return new ServiceFigures(em, catalog.calendar(), LocalDate.now(clock), SOON).of(y, ServiceCatalog.english(locale));
    }

    /** a subject the caller may file for, as the picker shows it; refused as its own page would refuse it */
    public SubjectChoice subject(SubjectKind kind, long id) {
        requireRole();
        if (!mayFileFor(kind)) {
            throw new cn.wulian.liancai.shared.Forbidden(TALENT_REFUSAL);
        }
        return choice(subjects.find(kind, id, TALENT_REFUSAL));
    }

    /** up to ten subjects of a kind whose name holds {@code typed}, that the caller may file for */
    public List<SubjectChoice> candidates(SubjectKind kind, String typed) {
        requireRole();
        if (!mayFileFor(kind) || typed == null || typed.isBlank()) {
            return List.of();
        }
        String pattern = cn.wulian.liancai.shared.persistence.Listing.containing(typed.strip());
        String platform = user.isManager() ? user.platformCode() : null;
        if (kind == SubjectKind.TALENT) {
            // as the talent list finds them: by name, its pinyin or initials (lizhiyuan, lzy), a slip forgiven; the
            // township and employer tell two of one name apart
            return talents.list(new PageRequest(0, 10, "name", true, Map.of("name", typed.strip()))).rows().stream()
                    .map(t -> new SubjectChoice(kind.name(), t.id(), t.name(), Stream.of(t.township(), t.employer())
                            .filter(v -> v != null && !v.isBlank()).reduce((a, b) -> a + " · " + b).orElse(null)))
                    .toList();
        }
        List<Subject> found = switch (kind) {
            case TALENT -> throw new IllegalStateException("found by the talent list above");
            case TEAM -> scoped(em.createQuery("select t from Team t join t.platform pl where lower(t.name) like :p escape '\\'"
                    + (platform == null ? "" : " and pl.code = :platform") + " order by t.name, t.id", Team.class), pattern, platform)
                    .getResultList().stream().map(Subject::of).toList();
            case PROJECT -> scoped(em.createQuery("select p from Project p left join p.platform pl where lower(p.title) like :p escape '\\'"
                    + (platform == null ? "" : " and pl.code = :platform") + " order by p.title, p.id", Project.class), pattern, platform)
                    .getResultList().stream().map(Subject::of).toList();
        };
        return found.stream().map(this::choice).toList();
    }

    private static <T> jakarta.persistence.TypedQuery<T> scoped(jakarta.persistence.TypedQuery<T> query, String pattern, String platform) {
        query.setParameter("p", pattern).setMaxResults(10);
        return platform == null ? query : query.setParameter("platform", platform);
    }

    private SubjectChoice choice(Subject s) {
        String detail = s.platform() == null ? null : s.platform().getName();
        return new SubjectChoice(s.kind().name(), s.id(), s.name(), detail);
    }

    /** the office accounts a request may be given to */
    public List<Account> officers() {
        user.requireStaffOrManager("service requests are for office staff and platform managers");
        return em.createNamedQuery(Account.STAFF, Account.class).getResultList();
    }

    // ---- helpers

    private ServiceRequestQuery query(WorkingCalendar calendar) {
        LocalDate today = LocalDate.now(clock);
        return new ServiceRequestQuery(em, today, calendar.addWorkingDays(today, SOON));
    }

    private PageRequest scoped(PageRequest request) {
        return user.scoped(request);
    }

    private static List<cn.wulian.liancai.service.entity.ServiceStatus> openStatuses() {
        return java.util.Arrays.stream(cn.wulian.liancai.service.entity.ServiceStatus.values())
                .filter(cn.wulian.liancai.service.entity.ServiceStatus::open).toList();
    }

    private String officer(String username) {
        if (username == null || username.isBlank()) {
            throw DomainViolation.of("officer", "validation.required");
        }
        Account a = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst().orElseThrow(() -> DomainViolation.of("officer", "validation.service.unknownOfficer"));
        if (!a.isStaff() || !a.isEnabled()) {
            throw DomainViolation.of("officer", "validation.service.officerNotStaff");
        }
        return a.getUsername();
    }

    private void requireRole() {
        user.requireStaffOrManager("service requests are for office staff and platform managers");
    }

    /** the request, if the caller may see it; a manager asking for any other id is refused alike */
    private ServiceRequest request(long id) {
        requireRole();
        return user.inScope(em.find(ServiceRequest.class, id), r -> r.getPlatform() == null ? null : r.getPlatform().getCode(),
                "service request", id);
    }

    private ServiceRequestJson json(ServiceRequest r, WorkingCalendar calendar, Locale locale, boolean whole) {
        boolean en = ServiceCatalog.english(locale);
        LocalDate today = LocalDate.now(clock);
        List<String> actions = new ArrayList<>();
        for (ServiceAction a : ServiceAction.open(r.getStatus())) {
            if (user.isStaff() || a == ServiceAction.NOTE) {
                actions.add(a.name());
            }
        }
        Department d = r.getDepartment();
        return new ServiceRequestJson(r.getId(), r.getKind().getCode(), r.getKind().label(en), r.getTargetDays(),
                d == null ? null : d.getCode(), d == null ? null : d.label(en), r.getOfficer(),
                r.getSubjectKind().name(), r.getSubjectId(), r.getSubjectName(),
                r.getPlatform() == null ? null : r.getPlatform().getCode(), r.getPlatform() == null ? null : r.getPlatform().getName(),
                r.getDescription(), r.getReceivedOn(), r.getReceivedBy(), r.getDueOn(), r.getStatus().name(), r.getResolvedOn(),
                r.getClosedAt(), r.getSatisfaction(), r.getSatisfactionNote(), r.overdue(today), r.dueSoon(today, SOON, calendar),
                r.getResolvedOn() == null ? null : r.onTime(), r.daysToSettle(calendar), r.getVersion(), actions,
                whole ? stepsOf(r.getId(), locale) : List.of());
    }

    private List<ServiceRequestJson.StepJson> stepsOf(long id, Locale locale) {
        boolean en = ServiceCatalog.english(locale);
        return em.createNamedQuery(ServiceStep.OF_REQUEST, ServiceStep.class).setParameter("request", id).getResultList().stream()
                .map(s -> new ServiceRequestJson.StepJson(s.getId(), s.getAction().name(), s.getFrom() == null ? null : s.getFrom().name(),
                        s.getTo().name(), s.getDepartment() == null ? null : s.getDepartment().getCode(),
                        s.getDepartment() == null ? null : s.getDepartment().label(en), s.getOfficer(), s.getSatisfaction(), s.getNote(),
                        s.getBy(), s.getOccurredAt())).toList();
    }
}
