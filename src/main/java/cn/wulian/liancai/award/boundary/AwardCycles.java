package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.boundary.AwardJsonViews.AuditJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewerJson;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CycleTerms;
import cn.wulian.liancai.award.entity.RankingBasis;
import cn.wulian.liancai.award.entity.Rubric;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.InputChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Setting up the award: the office opens and revises a year's cycle from the categories, reviewers and
 * facts the set-up page offers, and reads a cycle's audit trail; everyone signed in reads the cycles.
 */
@ApplicationScoped
@Transactional
public class AwardCycles {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    AwardStepWords stepWords;

    @Inject
    AwardRecords records;

    @Inject
    AwardJsonMapper mapper;

    @Inject
    Clock clock;

    @Inject
    InputChecks checks;

    public List<CycleJson> cycles(Locale locale) {
        records.requireSignedIn();
        return em.createNamedQuery(AwardCycle.ALL, AwardCycle.class).getResultList().stream().map(c -> mapper.json(c, locale)).toList();
    }

    public CycleJson cycle(long id, Locale locale) {
        records.requireSignedIn();
        return mapper.json(records.cycle(id), locale);
    }

    public CycleJson open(CycleInput input, Locale locale) {
        records.requireStaff();
        CycleTerms terms = terms(input);
        if (!em.createQuery("select c.id from AwardCycle c where c.awardYear = :y", Long.class).setParameter("y", terms.year())
                .getResultList().isEmpty()) {
            throw DomainViolation.of("year", "validation.award.yearTaken");
        }
        AwardCycle cycle = new AwardCycle(terms, categoryCodes(), reviewerNames(), records.caller(), clock);
        em.persist(cycle);
        try {
            em.flush();
        } catch (PersistenceException sameYear) {
            throw DomainViolation.of("year", "validation.award.yearTaken");
        }
        records.audit(cycle, null, AwardAction.CYCLE_OPENED, cycle.getName());
        return mapper.json(cycle, locale);
    }

    public CycleJson revise(long id, CycleInput input, Locale locale) {
        records.requireStaff();
        AwardCycle cycle = records.lockedCycle(id); // not while a review is being submitted under the rubric as it stands
        Versions.check(cycle.getVersion(), input.version(), "award cycle", id);
        boolean reviewed = em.createQuery("select count(a) from ReviewAssignment a where a.nomination.cycle = :c and a.submittedRevision > 0",
                Long.class).setParameter("c", cycle).getSingleResult() > 0;
        CycleTerms terms = terms(input);
        List<String> assigned = em.createQuery("select distinct a.reviewer from ReviewAssignment a where a.nomination.cycle = :c", String.class)
                .setParameter("c", cycle).getResultList();
        cycle.revise(terms, categoryCodes(), reviewerNames(), reviewed, assigned);
        try {
            Versions.flush(em, "award cycle", id);
        } catch (PersistenceException sameYear) {
            throw DomainViolation.of("year", "validation.award.yearTaken");
        }
        records.audit(cycle, null, AwardAction.CYCLE_CHANGED, AwardSteps.setUp(cycle));
        records.indexed(records.nominations(id)); // their documents show the cycle's name and year
        return mapper.json(cycle, locale);
    }

    // ---- what the set-up page offers

    /** the categories a cycle may use, in display order and the reader's language; {@code quota} 0 as none is chosen yet */
    public List<CategoryJson> categories(Locale locale) {
        records.requireStaff();
        boolean english = "en".equals(locale.getLanguage());
        return em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultList().stream()
                .map(c -> new CategoryJson(c.getCode(), c.label(english), 0)).toList();
    }

    /** the enabled reviewer accounts a committee is made of, by user name */
    public List<ReviewerJson> reviewers() {
        records.requireStaff();
        return em.createQuery("select a from Account a where a.role = :r and a.enabled = true order by a.username", Account.class)
                .setParameter("r", Role.REVIEWER).getResultList().stream().map(a -> new ReviewerJson(a.getUsername(), a.getDisplayName()))
                .toList();
    }

    /** the facts a cycle's eligibility rule may name: a talent's */
    public FactCatalog catalog() {
        records.requireStaff();
        return new FactSources(em).catalog(SubjectKind.TALENT);
    }

    // ---- the trail

    /** every change of the cycle, in the order it happened */
    public List<AuditJson> audit(long cycleId, Locale locale) {
        records.requireStaff();
        records.cycle(cycleId);
        return trail.steps(RecordRef.of(AwardCycle.class, cycleId), Arrays.stream(AwardAction.values()).map(Enum::name).toList()).stream()
                .map(e -> new AuditJson(e.id(), e.at(), e.actor(), e.action(), e.record().startsWith("NOMINATION:")
                        ? Long.valueOf(e.record().substring("NOMINATION:".length())) : null, e.detail(),
                        stepWords.words(e.action(), e.detail(), locale))).toList();
    }

    private CycleTerms terms(CycleInput in) {
        if (in == null) {
            throw DomainViolation.of("year", "validation.required");
        }
        Map<String, String> errors = checks.formatErrors(in);
        if (in.criteria() != null && in.criteria().stream().anyMatch(Objects::isNull)) {
            errors.put("criteria", "validation.award.criterionName");
        }
        if (in.categories() != null && in.categories().stream().anyMatch(Objects::isNull)) {
            errors.put("categories", "validation.award.category");
        }
        if (in.committee() != null && in.committee().stream().anyMatch(Objects::isNull)) {
            errors.put("committee", "validation.award.committee");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        RankingBasis basis = InputChecks.collect(errors, () -> InputChecks.enumValue(RankingBasis.class, in.basis(), "basis", false));
        Rule rule = null;
        DomainViolation ruleError = null;
        try {
            rule = RuleJson.parse(in.rule(), new FactSources(em).catalog(SubjectKind.TALENT));
        } catch (DomainViolation e) {
            ruleError = e;
        }
        CycleTerms terms = new CycleTerms(in.year(), in.name(), in.nominationOpens(), in.nominationCloses(), in.reviewOpens(),
                in.reviewCloses(), in.categories(), in.criteria() == null ? null : new Rubric(in.criteria()), in.committee(), rule,
                in.reviewersPerNomination(), basis, in.disagreement());
        AwardCycle.problems(terms, categoryCodes(), reviewerNames()).forEach(errors::putIfAbsent);
        if (ruleError != null) {
            errors.remove("rule");
            throw ruleError.with(errors);
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        return terms;
    }

    private Set<String> categoryCodes() {
        return em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream().map(AwardCategory::getCode)
                .collect(Collectors.toSet());
    }

    private Set<String> reviewerNames() {
        return new HashSet<>(em.createQuery("select a.username from Account a where a.role = :r and a.enabled = true", String.class)
                .setParameter("r", Role.REVIEWER).getResultList());
    }
}
