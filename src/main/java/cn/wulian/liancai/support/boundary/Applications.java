package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.rules.boundary.Subjects;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.control.FailedConditions;
import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.rules.entity.Outcome;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.security.CallerDirectory;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.support.control.ApplicationDocuments;
import cn.wulian.liancai.support.control.ApplicationQuery;
import cn.wulian.liancai.support.control.Holdings;
import cn.wulian.liancai.support.control.SupportReport;
import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import cn.wulian.liancai.support.entity.ApplicationTransition;
import cn.wulian.liancai.support.entity.Disbursement;
import cn.wulian.liancai.support.entity.GrantsSoFar;
import cn.wulian.liancai.support.entity.Policy;
import cn.wulian.liancai.support.entity.PolicyBudget;
import cn.wulian.liancai.shared.InputChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applications for support policies, from submission to closing. Office staff and administrators
 * see and decide all of them; a platform manager applies for their platform's teams and projects,
 * sees only those applications (any other id is refused alike) and may withdraw one still
 * submitted; reviewers have no business here.
 *
 * <p>The guarantees live in the transaction: an approval or a closing first locks the policy's
 * current version, so those of one policy run one after another; under that lock it reads what the
 * beneficiary already holds and the year's budget account, and the database's CHECK constraints
 * refuse anything past the budget or the approved amount should a bug get by.
 */
@ApplicationScoped
@Transactional
public class Applications implements Exportable<ApplicationJson>, IndexSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    CallerDirectory directory;

    @Inject
    InputChecks checks;

    @Inject
    AuditTrail trail;

    @Inject
    Subjects subjects;

    @Inject
    Event<IndexChange> indexChanges;

    public Page<ApplicationJson> list(PageRequest request, Locale locale) {
        requireApplicationRole();
        PageRequest scoped = user.scoped(request);
        Page<Application> page = new ApplicationQuery(em, clock.getZone()).page(scoped);
        return new Page<>(page.total(), page.rows().stream().map(a -> json(a, false)).toList());
    }

    /** the list as a file, scoped as {@link #list} is */
    @Override
    public Exportable.Plan<ApplicationJson> exportPlan(PageRequest request, Locale locale) {
        requireApplicationRole();
        return ApplicationExport.plan(locale, new ApplicationQuery(em, clock.getZone()).ids(user.scoped(request)), clock.getZone(),
                directory.names());
    }

    @Override
    public List<ApplicationJson> exportRows(List<Long> ids) {
        requireApplicationRole();
        return new ApplicationQuery(em, clock.getZone()).inOrder(ids).stream().map(a -> json(a, false)).toList();
    }

    @Override
    public void exported(String detail) {
        trail.record(new RecordRef(RecordRef.kindOf(Application.class), null), null, AuditTrail.EXPORTED, detail);
    }

    public ApplicationJson find(long id) {
        return json(application(id), true);
    }

    /**
     * Whether the caller may apply on behalf of this kind of subject at all: office staff for any, a
     * platform manager for teams and projects (their platform's only, which {@link #submit} checks
     * per id). Pages ask it to offer the "apply" button only where submitting can succeed.
     */
    public boolean mayApplyFor(SubjectKind kind) {
        return user.isStaff() || isManager() && kind != SubjectKind.TALENT;
    }

    /**
     * Applies for the policy's current version on behalf of a talent (office only), or a team or
     * project (office, or the manager of its platform). The subject must qualify now; an open
     * application for the same policy and subject, or a beneficiary already at the policy's limit
     * of grants, is refused.
     */
    public ApplicationJson submit(ApplicationInput input, Locale locale) {
        requireApplicationRole();
        Map<String, String> errors = checks.formatErrors(input);
        SubjectKind kind = InputChecks.collect(errors, () -> InputChecks.enumValue(SubjectKind.class, input.subjectKind(), "subjectKind", true));
        if (input.subjectId() == null) {
            errors.put("subjectId", "validation.required");
        }
        Policy policy = null;
        String code = Policy.normalizeCode(input.policy());
        if (code == null) {
            errors.put("policy", input.policy() == null || input.policy().isBlank() ? "validation.required" : "validation.application.unknownPolicy");
        } else {
            policy = em.createNamedQuery(Policy.CURRENT_OF_CODE, Policy.class).setParameter("code", code).getResultStream().findFirst().orElse(null);
            if (policy == null) {
                errors.put("policy", "validation.application.unknownPolicy");
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        Subject subject = subjects.find(kind, input.subjectId(), "talent policies are applied for by the office");
        Application application = new Application(policy, subject, input.requestedAmount(), input.statement(), user.getUsername(), clock);
        if (em.createNamedQuery(Application.PENDING_OF, Long.class).setParameter("code", policy.getCode()).setParameter("kind", kind)
                .setParameter("id", input.subjectId()).getSingleResult() > 0) {
            throw DomainViolation.of("policy", "validation.application.pending");
        }
        GrantsSoFar held = Holdings.held(em, policy.getCode(), kind, input.subjectId(), LocalDate.now(clock).getYear());
        if (policy.capReachedBy(held)) {
            throw DomainViolation.of("policy", "validation.application.capGrants", held.count(), policy.getCapGrantsPerBeneficiary());
        }
        requireEligible(policy, kind, input.subjectId(), "policy", locale);
        em.persist(application);
        em.persist(application.submitted());
        em.flush();
        indexed(application);
        return find(application.getId());
    }

    /**
     * Takes a step: approve, reject, withdraw or close. Approval checks eligibility again, under the
     * policy as it now stands, then its caps and the budget left, all under the policy's lock.
     */
    public ApplicationJson step(long id, StepInput input, Locale locale) {
        Application application = application(id);
        checks.validate(input);
        ApplicationStatus to = InputChecks.enumValue(ApplicationStatus.class, input.to(), "to", true);
        if (to != ApplicationStatus.WITHDRAWN) {
            requireStaff();
        }
        Versions.check(application.getVersion(), input.version(), "application", id);
        String by = user.getUsername();
        switch (to) {
            case APPROVED -> {
                Policy current = lockCurrent(application.getPolicyCode());
                em.refresh(application); // what another officer decided while we waited for the lock
                Versions.check(application.getVersion(), input.version(), "application", id);
                int year = LocalDate.now(clock).getYear();
                GrantsSoFar held = Holdings.held(em, current.getCode(), application.getSubjectKind(), application.getSubjectId(), year);
                if (application.getStatus() == ApplicationStatus.SUBMITTED) {
                    requireEligible(current, application.getSubjectKind(), application.getSubjectId(), "to", locale);
                }
                PolicyBudget budget = Holdings.account(em, current.getCode(), year, current.getAnnualBudget());
                em.persist(application.approve(current, input.amount(), input.conditions(), held, budget, by, clock));
            }
            case REJECTED -> em.persist(application.reject(input.reason(), by, clock));
            case WITHDRAWN -> em.persist(application.withdraw(input.reason(), by, clock));
            case CLOSED -> {
                lockCurrent(application.getPolicyCode());
                em.refresh(application);
                Versions.check(application.getVersion(), input.version(), "application", id);
                BigDecimal released = application.open();
                em.persist(application.close(input.reason(), by, clock));
                Holdings.release(em, application, released);
            }
            default -> throw DomainViolation.of("to", "validation.application.step", application.getStatus().name(), to.name());
        }
        flush(id);
        indexed(application);
        return find(id);
    }

    /** records a payment or handover; office only, within what is approved and not yet paid */
    public ApplicationJson disburse(long id, DisbursementInput input) {
        application(id);
        requireStaff();
        Map<String, String> errors = checks.formatErrors(input);
        // locked and re-read: two officers recording payments at once must not pay out more than was approved between them
        Application application = em.find(Application.class, id);
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        // after the lock: a payment recorded by another officer while this one was typed is a 409, not a second payment unseen
        Versions.check(application.getVersion(), input.version(), "application", id);
        if (input.voucherNo() != null && !input.voucherNo().isBlank() && em.createNamedQuery(Disbursement.BY_VOUCHER, Long.class)
                .setParameter("voucher", input.voucherNo().strip()).getSingleResult() > 0) {
            throw DomainViolation.of("voucherNo", "validation.application.voucherTaken");
        }
        ApplicationStatus before = application.getStatus();
        Disbursement d = application.disburse(input.paidOn(), input.amount(), input.voucherNo(), user.getUsername(), clock);
        em.persist(d);
        ApplicationTransition granted = application.grantedBy(d, before);
        if (granted != null) {
            em.persist(granted);
        }
        try {
            em.flush();
        } catch (PersistenceException sameVoucherAtTheSameMoment) {
            throw DomainViolation.of("voucherNo", "validation.application.voucherTaken");
        }
        indexed(application);
        return find(id);
    }

    public List<ApplicationJson.TransitionJson> transitions(long id) {
        application(id);
        return transitionsOf(id);
    }

    public List<ApplicationJson.DisbursementJson> disbursements(long id) {
        application(id);
        return disbursementsOf(id);
    }

    /** the year's figures per policy and per platform, and every year's totals; office staff only */
    public SupportReport.Report report(Integer year, Locale locale) {
        requireStaff();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw DomainViolation.of("year", "validation.policy.validYear");
        }
        return new SupportReport(em, clock.getZone()).of(y, "en".equals(locale.getLanguage()));
    }

    // ---- search

    @Override
    public String type() {
        return ApplicationDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        return ApplicationDocuments.stamps(em.createQuery(ApplicationDocuments.STAMP_ROWS, Object[].class).getResultList());
    }

    @Override
    public List<IndexedDocument> embedding(String type, long id) {
        String showing = ApplicationDocuments.SHOWING.get(type);
        return showing == null ? List.of() : documents(em.createQuery(WHOLE + " where " + showing, Application.class)
                .setParameter("id", id).getResultList());
    }

    @Override
    public List<IndexedDocument> documents() {
        return documents(em.createQuery(WHOLE, Application.class).getResultList());
    }

    /** applications with what their documents show */
    private static final String WHOLE = "select a from Application a join fetch a.policy left join fetch a.platform"
            + " left join fetch a.talent left join fetch a.team left join fetch a.project";

    private List<IndexedDocument> documents(List<Application> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        Map<String, Policy> current = new HashMap<>();
        em.createNamedQuery(Policy.CURRENT, Policy.class).getResultList().forEach(p -> current.put(p.getCode(), p));
        return applications.stream().map(a -> ApplicationDocuments.of(a, current.get(a.getPolicyCode()))).toList();
    }

    /** the application changed: its document anew, with the name its policy has now */
    private void indexed(Application a) {
        Policy current = em.createNamedQuery(Policy.CURRENT_OF_CODE, Policy.class).setParameter("code", a.getPolicyCode()).getSingleResult();
        indexChanges.fire(IndexChange.upsert(ApplicationDocuments.of(a, current)));
    }

    // ---- helpers

    private void requireEligible(Policy policy, SubjectKind kind, long id, String field, Locale locale) {
        FactSources facts = new FactSources(em);
        LocalDate today = LocalDate.now(clock);
        Outcome outcome = RuleJson.stored(policy.getRuleJson(), facts.catalog(kind)).evaluate(facts.facts(kind, id, clock), today);
        if (!outcome.passed()) {
            throw DomainViolation.of(field, "validation.application.notEligible",
                    FailedConditions.text(outcome, new Wording(kind, locale, today), locale));
        }
    }

    /** the policy's current version, locked until the transaction ends */
    private Policy lockCurrent(String code) {
        return em.createNamedQuery(Policy.CURRENT_OF_CODE, Policy.class).setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("policy", code));
    }

    private boolean isManager() {
        return user.isManager();
    }

    private void requireApplicationRole() {
        user.requireStaffOrManager("applications are for office staff and platform managers");
    }

    private void requireStaff() {
        user.requireStaff("applications are decided and paid by the office");
    }

    /** the application, if the caller may see it; a manager asking for any other id is refused alike */
    private Application application(long id) {
        requireApplicationRole();
        return user.inScope(em.find(Application.class, id), a -> a.getPlatform() == null ? null : a.getPlatform().getCode(),
                "application", id);
    }

    private void flush(long id) {
        try {
            Versions.flush(em, "application", id);
        } catch (StaleVersion e) {
            throw e;
        } catch (PersistenceException concurrentBudgetChange) {
            // the budget row's version or CHECK refused what got past the lock: as stale as any other concurrent change
            throw new StaleVersion("application", id);
        }
    }

    private ApplicationJson json(Application a, boolean whole) {
        List<String> steps = new ArrayList<>();
        for (ApplicationStatus s : a.getStatus().next()) {
            if (user.isStaff() || s == ApplicationStatus.WITHDRAWN) {
                steps.add(s.name());
            }
        }
        steps.sort(null);
        Policy p = a.getPolicy();
        return new ApplicationJson(a.getId(), a.getPolicyCode(), p.getVersion(), p.getName(), p.getBenefitKind().name(),
                a.getSubjectKind().name(), a.getSubjectId(), a.getSubjectName(),
                a.getPlatform() == null ? null : a.getPlatform().getCode(), a.getPlatform() == null ? null : a.getPlatform().getName(),
                a.getStatus().name(), a.getRequestedAmount(), a.getStatement(), a.getApprovedAmount(), a.getConditions(), a.getReason(),
                a.getBudgetYear(), a.getDisbursed(), a.open(), a.getSubmittedAt(), a.getSubmittedBy(), a.getDecidedAt(), a.getDecidedBy(),
                a.getClosedAt(), a.getClosedBy(), a.getVersion(), steps, user.isStaff() && a.getStatus().holdsBudget() && a.open().signum() > 0,
                whole ? transitionsOf(a.getId()) : List.of(), whole ? disbursementsOf(a.getId()) : List.of());
    }

    private List<ApplicationJson.TransitionJson> transitionsOf(long id) {
        return em.createNamedQuery(ApplicationTransition.OF_APPLICATION, ApplicationTransition.class).setParameter("application", id)
                .getResultList().stream().map(t -> new ApplicationJson.TransitionJson(t.getId(), t.getFrom() == null ? null : t.getFrom().name(),
                        t.getTo().name(), t.getPolicyVersion(), t.getAmount(), t.getNote(), t.getBy(), t.getOccurredAt())).toList();
    }

    private List<ApplicationJson.DisbursementJson> disbursementsOf(long id) {
        return em.createNamedQuery(Disbursement.OF_APPLICATION, Disbursement.class).setParameter("application", id).getResultList()
                .stream().map(d -> new ApplicationJson.DisbursementJson(d.getId(), d.getPaidOn(), d.getAmount(), d.getVoucherNo(),
                        d.getRecordedBy(), d.getRecordedAt())).toList();
    }
}
