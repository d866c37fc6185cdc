package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.project.boundary.Projects;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.control.Verdict;
import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.Outcome;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.Money;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.References;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.support.control.Holdings;
import cn.wulian.liancai.support.control.PolicyDocuments;
import cn.wulian.liancai.support.entity.BenefitKind;
import cn.wulian.liancai.support.entity.GrantsSoFar;
import cn.wulian.liancai.support.entity.Policy;
import cn.wulian.liancai.support.entity.PolicyBudget;
import cn.wulian.liancai.support.entity.PolicyTerms;
import cn.wulian.liancai.talent.boundary.Talents;
import cn.wulian.liancai.team.boundary.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The support policies' use cases: reading them (every role), creating and editing them (office
 * staff and administrators; an edit is a new version), and eligibility — which current policies a
 * talent, team or project qualifies for today, and why. Eligibility is scoped as the subjects
 * themselves: a platform manager may ask about talents and their own platform's teams and projects
 * (the Teams and Projects facades refuse any other id alike), reviewers not at all.
 */
@ApplicationScoped
@Transactional
public class Policies implements IndexSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    InputChecks checks;

    @Inject
    Talents talents;

    @Inject
    Teams teams;

    @Inject
    Projects projects;

    @Inject
    References references;

    @Inject
    Event<IndexChange> indexChanges;

    /** the current version of every policy, or of those for one kind of beneficiary */
    public List<PolicyJson> list(String kind, Locale locale) {
        requireReader();
        SubjectKind only = InputChecks.enumValue(SubjectKind.class, kind, "kind", false);
        List<Policy> current = only == null
                ? em.createNamedQuery(Policy.CURRENT, Policy.class).getResultList()
                : em.createNamedQuery(Policy.CURRENT_OF_KIND, Policy.class).setParameter("kind", only).getResultList();
        FactSources facts = new FactSources(em);
        return current.stream().map(p -> json(p, facts, locale)).toList();
    }

    /** a policy as the public pages show it: who qualifies and what they get, in words; no budget, no history */
    public record PublicPolicy(String code, String name, String description, String beneficiaryKind, String whoQualifies,
                               String benefit, LocalDate validFrom, LocalDate validTo) implements java.io.Serializable {
    }

    /**
     * The policies in force today, for anyone, without a login (the public policy page and
     * {@code /api/public/policies}): checks no caller on purpose, so it shows only what the county
     * publishes anyway — the rule in words, the benefit, the period.
     */
    public List<PublicPolicy> inForce(Locale locale) {
        FactSources facts = new FactSources(em);
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Policy.CURRENT, Policy.class).getResultStream().filter(p -> p.inForce(today)).map(p -> {
            Rule rule = RuleJson.stored(p.getRuleJson(), facts.catalog(p.getBeneficiaryKind()));
            return new PublicPolicy(p.getCode(), p.getName(), p.getDescription(), p.getBeneficiaryKind().name(),
                    new Wording(p.getBeneficiaryKind(), locale, today).describe(rule), benefit(p, locale), p.getValidFrom(), p.getValidTo());
        }).toList();
    }

    /** the current version, or the one asked for */
    public PolicyJson find(String code, Integer version, Locale locale) {
        requireReader();
        Policy policy = version == null ? current(code) : versionsOf(code).stream()
                .filter(p -> p.getVersion() == version).findFirst()
                .orElseThrow(() -> new NotFound("policy", code + " v" + version));
        return json(policy, new FactSources(em), locale);
    }

    /** every version, newest first */
    public List<PolicyJson> versions(String code, Locale locale) {
        requireReader();
        FactSources facts = new FactSources(em);
        return versionsOf(code).stream().map(p -> json(p, facts, locale)).toList();
    }

    /** what a rule about this kind of beneficiary may ask, with each fact's choices and their labels: the rule editor's menus */
    public FactCatalog catalog(SubjectKind kind) {
        requireOffice();
        return new FactSources(em).catalog(kind);
    }

    public PolicyJson create(PolicyInput input, Locale locale) {
        requireOffice();
        Map<String, String> errors = checks.formatErrors(input);
        String code = Policy.normalizeCode(input.code());
        if (code == null) {
            errors.put("code", input.code() == null || input.code().isBlank() ? "validation.required" : "validation.policy.code");
        } else if (!em.createNamedQuery(Policy.VERSIONS, Policy.class).setParameter("code", code).setMaxResults(1)
                .getResultList().isEmpty()) {
            errors.put("code", "validation.policy.codeTaken");
        }
        FactSources facts = new FactSources(em);
        Policy policy = new Policy(code, terms(input, errors, facts), user.getUsername(), clock);
        em.persist(policy);
        try {
            em.flush();
        } catch (PersistenceException sameCodeAtTheSameMoment) {
            throw DomainViolation.of("code", "validation.policy.codeTaken");
        }
        indexChanges.fire(IndexChange.upsert(document(policy, facts)));
        return json(policy, facts, locale);
    }

    /**
     * Makes the next version of a policy from the current one, which the caller must have read
     * ({@code version}); an edit that changes nothing makes no version.
     */
    public PolicyJson revise(String code, PolicyInput input, Locale locale) {
        requireOffice();
        Policy current = current(code);
        Map<String, String> errors = checks.formatErrors(input);
        Versions.check(current.getVersion(), input.version(), "policy", code);
        FactSources facts = new FactSources(em);
        PolicyTerms terms = terms(input, errors, facts);
        if (current.sameTerms(terms)) {
            return json(current, facts, locale);
        }
        Policy next = current.supersede(terms, user.getUsername(), clock);
        em.persist(next);
        try {
            em.flush();
        } catch (PersistenceException sameVersionAtTheSameMoment) {
            throw new StaleVersion("policy", code); // the database holds each (code, version) once
        }
        // the policy is found as its current version: the one before leaves the index, the applications under it show the new name
        indexChanges.fire(IndexChange.delete(PolicyDocuments.TYPE, current.getId()));
        indexChanges.fire(IndexChange.upsert(document(next, facts)));
        return json(next, facts, locale);
    }

    /**
     * Deletes a policy entered by mistake, every version of it; refused while any application
     * names it (a decision keeps the policy it was taken under).
     */
    public void remove(String code) {
        requireOffice();
        Policy current = current(code);
        references.requireUnused(new Referred(RecordKind.POLICY, current.getId(), current.getCode()));
        // one by one rather than in bulk, so that the audit trail sees each version and budget go
        em.createQuery("select b from PolicyBudget b where b.policyCode = :code", PolicyBudget.class).setParameter("code", current.getCode())
                .getResultList().forEach(em::remove);
        em.createQuery("select p from Policy p where p.code = :code", Policy.class).setParameter("code", current.getCode())
                .getResultList().forEach(em::remove);
        indexChanges.fire(IndexChange.delete(PolicyDocuments.TYPE, current.getId()));
    }

    /**
     * For each current policy for this kind of subject: whether the talent, team or project qualifies
     * today, and the outcome of every condition.
     *
     * @param kind {@code talent}, {@code team} or {@code project}
     */
    public EligibilityJson eligibility(String kind, long id, Locale locale) {
        user.requireStaffOrManager("eligibility is for office staff and platform managers");
        SubjectKind subject;
        try {
            subject = SubjectKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFound("kind of subject", kind);
        }
        // the subjects' own facades decide who may see them: a manager is refused another platform's id alike
        String name = switch (subject) {
            case TALENT -> talents.find(id).name();
            case TEAM -> teams.find(id).name();
            case PROJECT -> projects.find(id).title();
        };
        FactSources facts = new FactSources(em);
        Map<String, Object> values = facts.facts(subject, id, clock);
        LocalDate today = LocalDate.now(clock);
        Wording wording = new Wording(subject, locale, today);
        List<EligibilityJson.Policy> results = em.createNamedQuery(Policy.CURRENT_OF_KIND, Policy.class)
                .setParameter("kind", subject).getResultList().stream().map(p -> {
                    Rule rule = RuleJson.stored(p.getRuleJson(), facts.catalog(subject));
                    Outcome outcome = rule.evaluate(values, today);
                    boolean inForce = p.inForce(today);
                    return new EligibilityJson.Policy(p.getCode(), p.getVersion(), p.getName(), p.getBenefitKind().name(),
                            benefit(p, locale), inForce, outcome.passed(), inForce && outcome.passed(), Verdict.of(outcome, wording),
                            wording.clauses(rule), capReached(p, subject, id, today.getYear(), locale));
                }).toList();
        return new EligibilityJson(subject.name(), id, name, today, results);
    }

    /** why no further grant of the policy is possible for the subject this year (its cap is reached), else null */
    private String capReached(Policy policy, SubjectKind kind, long subjectId, int year, Locale locale) {
        if (policy.getCapGrantsPerBeneficiary() == null) {
            return null; // no query for a policy without a cap
        }
        GrantsSoFar held = Holdings.held(em, policy.getCode(), kind, subjectId, year);
        return policy.capReachedBy(held)
                ? Messages.text(locale, "validation.application.capGrants", held.count(), policy.getCapGrantsPerBeneficiary()) : null;
    }

    /** the code of a policy's version, any version, for a link to it (a search hit names the version that was current) */
    public String codeOf(long id) {
        requireReader();
        Policy p = em.find(Policy.class, id);
        if (p == null) {
            throw new NotFound("policy", id);
        }
        return p.getCode();
    }

    // ---- search

    @Override
    public String type() {
        return PolicyDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        return PolicyDocuments.stamps(em.createQuery(PolicyDocuments.STAMP_ROWS, Object[].class).getResultList());
    }

    @Override
    public List<IndexedDocument> documents() {
        FactSources facts = new FactSources(em);
        return em.createNamedQuery(Policy.CURRENT, Policy.class).getResultList().stream().map(p -> document(p, facts)).toList();
    }

    /** the policy's document, its terms in words as the office writes them (in Chinese) */
    private IndexedDocument document(Policy p, FactSources facts) {
        Locale zh = Messages.CHINESE;
        Rule rule = RuleJson.stored(p.getRuleJson(), facts.catalog(p.getBeneficiaryKind()));
        return PolicyDocuments.of(p, Arrays.asList(Messages.text(zh, "enum.SubjectKind." + p.getBeneficiaryKind().name()),
                Messages.text(zh, "enum.BenefitKind." + p.getBenefitKind().name()), benefit(p, zh),
                new Wording(p.getBeneficiaryKind(), zh, LocalDate.now(clock)).describe(rule)));
    }

    // ---- helpers

    /** the office and the platforms apply the policies; a reviewer's work is their assigned nominations */
    private void requireReader() {
        user.requireStaffOrManager("policies are read by office staff and platform managers");
    }

    private void requireOffice() {
        user.requireStaff("policies are set by office staff");
    }

    private Policy current(String code) {
        return versionsOf(code).stream().filter(Policy::isCurrent).findFirst().orElseThrow(() -> new NotFound("policy", code));
    }

    private List<Policy> versionsOf(String code) {
        String c = Policy.normalizeCode(code);
        List<Policy> versions = c == null ? List.of()
                : em.createNamedQuery(Policy.VERSIONS, Policy.class).setParameter("code", c).getResultList();
        if (versions.isEmpty()) {
            throw new NotFound("policy", code);
        }
        return versions;
    }

    /** the terms as entered, with every error of every field reported at once */
    private PolicyTerms terms(PolicyInput in, Map<String, String> errors, FactSources facts) {
        SubjectKind kind = InputChecks.collect(errors,
                () -> InputChecks.enumValue(SubjectKind.class, in.beneficiaryKind(), "beneficiaryKind", true));
        BenefitKind benefit = InputChecks.collect(errors,
                () -> InputChecks.enumValue(BenefitKind.class, in.benefitKind(), "benefitKind", true));
        Rule rule = null;
        DomainViolation ruleError = null;
        if (kind != null) {
            try {
                rule = RuleJson.parse(in.rule(), facts.catalog(kind));
            } catch (DomainViolation e) {
                ruleError = e;
            }
        }
        PolicyTerms terms = new PolicyTerms(in.name(), in.description(), kind, rule, benefit, in.benefitAmount(), in.benefitMonths(),
                in.benefitText(), in.capPerBeneficiary(), in.capGrantsPerBeneficiary(), in.capPerBeneficiaryPerYear(),
                in.annualBudget(), in.validFrom(), in.validTo());
        Policy.problems(terms).forEach(errors::putIfAbsent);
        if (ruleError != null || kind == null && in.rule() != null) {
            errors.remove("rule"); // a rule that could not be read has its own message, or waits for a valid kind
        }
        if (ruleError != null) {
            throw ruleError.with(errors);
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        return terms;
    }

    private PolicyJson json(Policy p, FactSources facts, Locale locale) {
        Rule rule = RuleJson.stored(p.getRuleJson(), facts.catalog(p.getBeneficiaryKind()));
        LocalDate today = LocalDate.now(clock);
        return new PolicyJson(p.getCode(), p.getVersion(), p.isCurrent(), p.getName(), p.getDescription(), p.getBeneficiaryKind().name(),
                RuleJson.json(rule), new Wording(p.getBeneficiaryKind(), locale, today).describe(rule),
                p.getBenefitKind().name(), p.getBenefitAmount(), p.getBenefitMonths(), p.getBenefitText(), benefit(p, locale),
                p.getCapPerBeneficiary(), p.getCapGrantsPerBeneficiary(), p.getCapPerBeneficiaryPerYear(), p.getAnnualBudget(),
                p.getValidFrom(), p.getValidTo(), p.inForce(today), p.getCreatedAt(), p.getCreatedBy(), p.getSupersededAt(),
                p.getSupersededBy());
    }

    /** what the policy gives, in words: "200 平方米 × 36 个月", "500,000 元", or the service itself */
    static String benefit(Policy p, Locale locale) {
        if (p.getBenefitKind() == BenefitKind.SERVICE) {
            return p.getBenefitText();
        }
        if (p.getBenefitKind() == BenefitKind.CASH) {
            return Money.amount(p.getBenefitAmount(), locale);
        }
        String amount = Wording.number(p.getBenefitAmount(), locale);
        String key = "policy.benefit." + p.getBenefitKind().name() + (p.getBenefitKind() == BenefitKind.HOUSING && p.getBenefitMonths() != null ? ".months" : "")
                + (p.getBenefitKind() == BenefitKind.HOUSING && p.getBenefitAmount() != null && p.getBenefitAmount().compareTo(BigDecimal.ONE) == 0 ? ".one" : "");
        return Messages.text(locale, key, amount, p.getBenefitMonths() == null ? "" : p.getBenefitMonths().toString());
    }
}
