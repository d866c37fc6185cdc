package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.award.boundary.AwardJsonViews.AssignmentJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.AuditJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ConflictJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.RankingJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewerJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.StandingJson;
import cn.wulian.liancai.award.control.Assigner;
import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.control.CycleConflicts;
import cn.wulian.liancai.award.control.Standings;
import cn.wulian.liancai.award.entity.Attachment;
import cn.wulian.liancai.award.entity.AuditEvent;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.award.entity.CycleTerms;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.RankingBasis;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.award.entity.ReviewRevision;
import cn.wulian.liancai.award.entity.Rubric;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.Outcome;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.PersonalData;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.rules.control.FailedConditions;
import cn.wulian.liancai.talent.control.InputChecks;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The award's use cases for office staff and nominators: setting up cycles, nominating, the
 * conflicts found in the data, assigning reviewers, the ranking, the decision, publication and the
 * audit trail. Office staff (and administrators) do everything here; platform managers nominate and
 * see their platform's nominations; reviewers work through {@link Reviews} and may read a published
 * list. Every change writes its audit entry in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Awards {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    InputChecks checks;

    // ---- cycles

    public List<CycleJson> cycles(Locale locale) {
        requireSignedIn();
        return em.createNamedQuery(AwardCycle.ALL, AwardCycle.class).getResultList().stream().map(c -> json(c, locale)).toList();
    }

    public CycleJson cycle(long id, Locale locale) {
        requireSignedIn();
        return json(cycleOf(id), locale);
    }

    public CycleJson open(CycleInput input, Locale locale) {
        requireStaff();
        CycleTerms terms = terms(input);
        if (!em.createQuery("select c.id from AwardCycle c where c.awardYear = :y", Long.class).setParameter("y", terms.year())
                .getResultList().isEmpty()) {
            throw DomainViolation.of("year", "validation.award.yearTaken");
        }
        AwardCycle cycle = new AwardCycle(terms, categoryCodes(), reviewerNames(), user.getUsername(), clock);
        em.persist(cycle);
        try {
            em.flush();
        } catch (PersistenceException sameYear) {
            throw DomainViolation.of("year", "validation.award.yearTaken");
        }
        audit(cycle, null, AuditEvent.Action.CYCLE_OPENED, cycle.getName());
        return json(cycle, locale);
    }

    public CycleJson revise(long id, CycleInput input, Locale locale) {
        requireStaff();
        AwardCycle cycle = lockedCycle(id); // not while a review is being submitted under the rubric as it stands
        Versions.check(cycle.getVersion(), input.version(), "award cycle", id);
        boolean reviewed = em.createQuery("select count(a) from ReviewAssignment a where a.nomination.cycle = :c and a.submittedRevision > 0",
                Long.class).setParameter("c", cycle).getSingleResult() > 0;
        CycleTerms terms = terms(input);
        List<String> assigned = em.createQuery("select distinct a.reviewer from ReviewAssignment a where a.nomination.cycle = :c", String.class)
                .setParameter("c", cycle).getResultList();
        if (!terms.committee().containsAll(assigned)) {
            throw DomainViolation.of("committee", "validation.award.committeeAssigned");
        }
        cycle.revise(terms, categoryCodes(), reviewerNames(), reviewed);
        try {
            Versions.flush(em, "award cycle", id);
        } catch (PersistenceException sameYear) {
            throw DomainViolation.of("year", "validation.award.yearTaken");
        }
        audit(cycle, null, AuditEvent.Action.CYCLE_CHANGED, cycle.setUp());
        return json(cycle, locale);
    }

    // ---- what the set-up page offers

    /** the categories a cycle may use, in display order and the reader's language; {@code quota} 0 as none is chosen yet */
    public List<CategoryJson> categories(Locale locale) {
        requireStaff();
        boolean english = "en".equals(locale.getLanguage());
        return em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultList().stream()
                .map(c -> new CategoryJson(c.getCode(), c.label(english), 0)).toList();
    }

    /** every category as stored, both languages, for the office to edit */
    public List<CategoryRow> categoryRows() {
        requireSignedIn();
        return em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultList().stream()
                .map(c -> new CategoryRow(c.getCode(), c.getName(), c.getNameEn(), c.getDescription())).toList();
    }

    /**
     * Adds a category, or renames one: the code (lower-case letters, digits, hyphens) is what cycles
     * name, so it never changes; the names and the description do.
     */
    public CategoryRow addCategory(CategoryRow input) {
        requireStaff();
        String code = input == null || input.code() == null ? null : input.code().strip().toLowerCase(Locale.ROOT);
        if (code != null && em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream().anyMatch(c -> c.getCode().equals(code))) {
            throw DomainViolation.of("code", "validation.policy.codeTaken");
        }
        return saveCategory(code, input);
    }

    public CategoryRow saveCategory(String code, CategoryRow input) {
        requireStaff();
        String c = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
        if (c == null || !c.matches("[a-z][a-z0-9-]{1,39}")) {
            throw DomainViolation.of("code", "validation.policy.code");
        }
        if (input == null) {
            throw DomainViolation.of("name", "validation.required");
        }
        AwardCategory category = em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream()
                .filter(x -> x.getCode().equals(c)).findFirst().orElse(null);
        if (category == null) {
            Map<String, String> errors = AwardCategory.problems(input.name(), input.nameEn(), input.description());
            if (!errors.isEmpty()) {
                throw new DomainViolation(errors);
            }
            int last = em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream().mapToInt(AwardCategory::getDisplayOrder)
                    .max().orElse(0);
            category = new AwardCategory(c, input.name().strip(), null, null, last + 1);
            em.persist(category);
        }
        category.revise(input.name(), input.nameEn(), input.description());
        try {
            em.flush();
        } catch (PersistenceException sameCodeAtTheSameMoment) {
            throw DomainViolation.of("code", "validation.policy.codeTaken");
        }
        return new CategoryRow(category.getCode(), category.getName(), category.getNameEn(), category.getDescription());
    }

    /** a category in both languages */
    public record CategoryRow(String code, String name, String nameEn, String description) {
    }

    /** the enabled reviewer accounts a committee is made of, by user name */
    public List<ReviewerJson> reviewers() {
        requireStaff();
        return em.createQuery("select a from Account a where a.role = :r and a.enabled = true order by a.username", Account.class)
                .setParameter("r", Role.REVIEWER).getResultList().stream().map(a -> new ReviewerJson(a.getUsername(), a.getDisplayName()))
                .toList();
    }

    /** the facts a cycle's eligibility rule may name: a talent's */
    public FactCatalog catalog() {
        requireStaff();
        return new FactSources(em).catalog(SubjectKind.TALENT);
    }

    // ---- nominations

    /** office: all of a cycle's nominations; a manager: those nominated from their platform */
    public List<NominationJson> nominations(long cycleId, Locale locale) {
        requireNominator();
        AwardCycle cycle = cycleOf(cycleId);
        List<Nomination> all = em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycleId).getResultList();
        if (user.isStaff()) {
            Map<Long, List<ReviewAssignment>> assignments = assignmentsByNomination(cycleId);
            Map<Pair, List<Conflicts.Reason>> conflicts = CycleConflicts.withDeclared(
                    CycleConflicts.of(em, all, cycle.committee()), assignments.values().stream().flatMap(List::stream).toList());
            Map<String, String> names = categoryNames(locale);
            return all.stream().map(n -> json(n, locale, assignments.getOrDefault(n.getId(), List.of()), conflicts, names)).toList();
        }
        Map<String, String> names = categoryNames(locale);
        return all.stream().filter(this::mine).map(n -> json(n, locale, null, null, names)).toList();
    }

    public NominationJson nomination(long id, Locale locale) {
        Nomination n = openable(id);
        if (user.isStaff()) {
            long cycleId = n.getCycle().getId();
            List<ReviewAssignment> assignments = em.createNamedQuery(ReviewAssignment.OF_NOMINATION, ReviewAssignment.class)
                    .setParameter("nomination", id).getResultList();
            Map<Pair, List<Conflicts.Reason>> conflicts = CycleConflicts.withDeclared(
                    CycleConflicts.of(em, List.of(n), n.getCycle().committee()), assignments);
            return json(n, locale, assignments, conflicts);
        }
        return json(n, locale, null, null);
    }

    /**
     * Nominates a talent in a category of an open cycle, within its window; the talent must pass
     * the cycle's rule (refused with the reasons) and not yet be nominated in that category.
     */
    public NominationJson nominate(NominationInput input, Locale locale) {
        requireNominator();
        if (input == null) {
            throw DomainViolation.of("cycleId", "validation.required");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.cycleId() == null) {
            errors.put("cycleId", "validation.required");
        }
        if (input.category() == null || input.category().isBlank()) {
            errors.put("category", "validation.required");
        }
        if (input.talentId() == null) {
            errors.put("talentId", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        AwardCycle cycle = em.find(AwardCycle.class, input.cycleId());
        if (cycle == null) {
            throw DomainViolation.of("cycleId", "validation.award.unknownCycle");
        }
        LocalDate today = LocalDate.now(clock);
        cycle.requireNominationWindow(today);
        String category = input.category().strip();
        if (cycle.quota(category) == 0) {
            throw DomainViolation.of("category", "validation.award.category");
        }
        Talent talent = em.find(Talent.class, input.talentId());
        if (talent == null) {
            throw DomainViolation.of("talentId", "validation.award.unknownTalent");
        }
        if (em.createNamedQuery(Nomination.SAME, Long.class).setParameter("cycle", cycle.getId()).setParameter("category", category)
                .setParameter("talent", talent.getId()).getSingleResult() > 0) {
            throw DomainViolation.of("talentId", "validation.award.duplicate");
        }
        FactSources facts = new FactSources(em);
        Rule rule = RuleJson.stored(cycle.getRuleJson(), facts.catalog(SubjectKind.TALENT));
        Outcome outcome = rule.evaluate(facts.facts(SubjectKind.TALENT, talent.getId(), clock), today);
        if (!outcome.passed()) {
            throw DomainViolation.of("talentId", "validation.award.notEligible",
                    FailedConditions.text(outcome, new Wording(SubjectKind.TALENT, locale, today), locale));
        }
        Platform platform = user.hasRole(Role.PLATFORM_MANAGER) ? user.account().getPlatform() : null;
        Nomination n = new Nomination(cycle, category, talent, input.statement(), input.achievements(), user.getUsername(), platform, clock);
        em.persist(n);
        try {
            em.flush();
        } catch (PersistenceException sameTalentAtTheSameMoment) {
            throw DomainViolation.of("talentId", "validation.award.duplicate");
        }
        audit(cycle, n.getId(), AuditEvent.Action.NOMINATED, category + " " + talent.getName());
        return user.isStaff() ? json(n, locale, List.of(), Map.of()) : json(n, locale, null, null);
    }

    // ---- attachments

    /** the files attached to a nomination, for whoever may open it */
    public List<Attachment.Info> attachments(long nominationId) {
        openable(nominationId);
        return em.createNamedQuery(Attachment.OF_NOMINATION, Object[].class).setParameter("nomination", nominationId).getResultList()
                .stream().map(Attachment.Info::of).toList();
    }

    /** attaches evidence to a nomination while its cycle is open: the office, or a manager to their platform's nominations */
    public Attachment.Info attach(long nominationId, String fileName, byte[] content) {
        requireNominator();
        Nomination n = nominationOf(nominationId);
        requireOpen(n.getCycle());
        long count = em.createQuery("select count(a) from Attachment a where a.nomination = :n", Long.class).setParameter("n", n)
                .getSingleResult();
        Attachment a = new Attachment(n, fileName, content, (int) count, user.getUsername(), clock);
        em.persist(a);
        em.flush();
        audit(n.getCycle(), nominationId, AuditEvent.Action.ATTACHED, a.getFileName());
        return a.info();
    }

    /** one attached file with its content, for whoever may open the nomination */
    public Attachment download(long nominationId, long attachmentId) {
        openable(nominationId);
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || !a.getNomination().getId().equals(nominationId)) {
            throw new NotFound("attachment", attachmentId);
        }
        return a;
    }

    public void detach(long nominationId, long attachmentId) {
        requireNominator();
        Nomination n = nominationOf(nominationId);
        requireOpen(n.getCycle());
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || !a.getNomination().getId().equals(nominationId)) {
            throw new NotFound("attachment", attachmentId);
        }
        em.remove(a);
        audit(n.getCycle(), nominationId, AuditEvent.Action.DETACHED, a.getFileName());
    }

    /** the nomination, if the caller may open it: a reviewer only one assigned to them without a conflict */
    private Nomination openable(long id) {
        Nomination n = nominationOf(id);
        if (user.hasRole(Role.REVIEWER)) {
            Reviews.requireAllowedToOpen(em, n, user.getUsername());
        }
        return n;
    }

    // ---- conflicts and assignment (office)

    public List<ConflictJson> conflicts(long cycleId, Locale locale) {
        requireStaff();
        AwardCycle cycle = cycleOf(cycleId);
        List<Nomination> all = em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycleId).getResultList();
        Map<Pair, List<Conflicts.Reason>> conflicts = CycleConflicts.withDeclared(CycleConflicts.of(em, all, cycle.committee()),
                em.createNamedQuery(ReviewAssignment.OF_CYCLE, ReviewAssignment.class).setParameter("cycle", cycleId).getResultList());
        List<ConflictJson> list = new ArrayList<>();
        conflicts.forEach((pair, reasons) -> reasons.forEach(r -> list.add(ConflictJson.of(pair.nomination(), pair.reviewer(), r,
                reasonText(r, locale)))));
        return list;
    }

    /** gives every nomination its reviewers, skipping conflicts and balancing the load; keeps what is assigned */
    public Assigner.Result assignAutomatically(long cycleId) {
        requireStaff();
        AwardCycle cycle = cycleOf(cycleId);
        requireOpen(cycle);
        List<Nomination> all = em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycleId).getResultList();
        Map<Long, List<ReviewAssignment>> existing = assignmentsByNomination(cycleId);
        Map<Pair, List<Conflicts.Reason>> conflicts = CycleConflicts.withDeclared(CycleConflicts.of(em, all, cycle.committee()),
                existing.values().stream().flatMap(List::stream).toList());
        Map<Long, Set<String>> assigned = new HashMap<>();
        existing.forEach((n, list) -> assigned.put(n, list.stream().map(ReviewAssignment::getReviewer).collect(Collectors.toSet())));
        Assigner.Result result = Assigner.assign(all.stream().map(Nomination::getId).toList(), cycle.committee(),
                cycle.getReviewersPerNomination(), assigned, conflicts.keySet());
        Map<Long, Nomination> byId = all.stream().collect(Collectors.toMap(Nomination::getId, n -> n));
        for (Pair p : result.added()) {
            em.persist(new ReviewAssignment(byId.get(p.nomination()), p.reviewer(), true, user.getUsername(), clock));
            audit(cycle, p.nomination(), AuditEvent.Action.ASSIGNED, p.reviewer() + " (auto)");
        }
        em.flush();
        return result;
    }

    /** assigns one reviewer by hand: a committee member without a conflict */
    public AssignmentJson assign(long nominationId, String reviewer, Locale locale) {
        requireStaff();
        Nomination n = nominationOf(nominationId);
        AwardCycle cycle = n.getCycle();
        requireOpen(cycle);
        if (reviewer == null || !cycle.committee().contains(reviewer)) {
            throw DomainViolation.of("reviewer", "validation.award.notOnCommittee");
        }
        List<ReviewAssignment> assignments = em.createNamedQuery(ReviewAssignment.OF_NOMINATION, ReviewAssignment.class)
                .setParameter("nomination", nominationId).getResultList();
        if (assignments.stream().anyMatch(a -> a.getReviewer().equals(reviewer))) {
            throw DomainViolation.of("reviewer", "validation.award.alreadyAssigned");
        }
        List<Conflicts.Reason> reasons = CycleConflicts.of(em, List.of(n), List.of(reviewer)).getOrDefault(new Pair(nominationId, reviewer), List.of());
        if (!reasons.isEmpty()) {
            throw DomainViolation.of("reviewer", "validation.award.conflicted", reasonText(reasons.getFirst(), locale));
        }
        ReviewAssignment a = new ReviewAssignment(n, reviewer, false, user.getUsername(), clock);
        em.persist(a);
        em.flush();
        audit(cycle, nominationId, AuditEvent.Action.ASSIGNED, reviewer);
        return assignmentJson(a);
    }

    /** takes an assignment back, unless the reviewer has submitted (then their review is part of the record) */
    public void unassign(long nominationId, String reviewer) {
        requireStaff();
        Nomination n = nominationOf(nominationId);
        requireOpen(n.getCycle());
        ReviewAssignment a = em.createNamedQuery(ReviewAssignment.OF_NOMINATION, ReviewAssignment.class).setParameter("nomination", nominationId)
                .getResultList().stream().filter(x -> x.getReviewer().equals(reviewer)).findFirst()
                .orElseThrow(() -> new NotFound("assignment", reviewer));
        if (a.submitted() || a.declared()) {
            // a submitted review is part of the record; a declared conflict must stay on record, or the reviewer could be assigned again
            throw DomainViolation.of("reviewer", a.declared() ? "validation.award.declaredStays" : "validation.award.alreadyScored");
        }
        em.remove(a);
        audit(n.getCycle(), nominationId, AuditEvent.Action.UNASSIGNED, reviewer);
    }

    // ---- ranking, decision, publication

    public RankingJson ranking(long cycleId, Locale locale) {
        requireStaff();
        AwardCycle cycle = cycleOf(cycleId);
        List<Nomination> all = em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycleId).getResultList();
        Map<Long, List<ReviewAssignment>> assignments = assignmentsByNomination(cycleId);
        Map<Pair, List<Conflicts.Reason>> conflicts = CycleConflicts.withDeclared(CycleConflicts.of(em, all, cycle.committee()),
                assignments.values().stream().flatMap(List::stream).toList());
        List<Standings.Review> counted = em.createNamedQuery(ReviewRevision.LATEST_OF_CYCLE, ReviewRevision.class)
                .setParameter("cycle", cycleId).getResultList().stream()
                .filter(r -> !conflicts.containsKey(new Pair(r.getAssignment().getNomination().getId(), r.getAssignment().getReviewer())))
                .map(r -> new Standings.Review(r.getAssignment().getNomination().getId(), r.getAssignment().getReviewer(),
                        r.getTotal().doubleValue()))
                .toList();
        List<Standings.Standing> standings = Standings.of(all.stream().map(n -> new Standings.Nominee(n.getId(), n.getCategory())).toList(),
                counted, cycle.getBasis(), cycle.getDisagreement().doubleValue());
        Map<Long, Nomination> byId = all.stream().collect(Collectors.toMap(Nomination::getId, n -> n));
        Map<String, String> names = categoryNames(locale);
        List<StandingJson> rows = standings.stream().map(s -> {
            Nomination n = byId.get(s.nomination());
            return new StandingJson(s.nomination(), s.category(), n.getTalent().getName(), round(s.totals()), round(s.zScores()),
                    round(s.mean()), round(s.median()), round(s.spread()), round(s.deviation()), s.disagreement(), round(s.normalised()),
                    s.rawRank(), s.normalisedRank(), s.rank(), s.tied(), s.totals().size(),
                    (int) assignments.getOrDefault(n.getId(), List.of()).stream()
                            .filter(a -> !conflicts.containsKey(new Pair(n.getId(), a.getReviewer()))).count(), n.isWinner(), n.getJustification());
        }).sorted(java.util.Comparator.comparingInt((StandingJson s) -> categoryOrder(cycle, s.category()))
                .thenComparing(s -> s.rank() == null ? Integer.MAX_VALUE : s.rank()).thenComparingLong(StandingJson::nomination)).toList();
        return new RankingJson(cycle.getId(), cycle.getAwardYear(), cycle.getBasis().name(),
                Messages.text(locale, "award.basis." + cycle.getBasis().name()), Messages.text(locale, "award.tieRule"),
                cycle.categories().stream().map(q -> CategoryJson.of(q, names.getOrDefault(q.code(), q.code()))).toList(), rows,
                cycle.getStatus().name());
    }

    /** records the winners, within each category's quota and each with a justification; anyone not named is not a winner */
    public RankingJson decide(long cycleId, DecisionInput input, Locale locale) {
        requireStaff();
        AwardCycle cycle = lockedCycle(cycleId); // two officers deciding at once: one after the other, each within the quota
        if (input == null || input.winners() == null) {
            throw DomainViolation.of("winners", "validation.required");
        }
        List<Nomination> all = em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycleId).getResultList();
        Map<Long, Nomination> byId = all.stream().collect(Collectors.toMap(Nomination::getId, n -> n));
        Map<Long, String> chosen = new LinkedHashMap<>();
        for (DecisionInput.Winner w : input.winners()) {
            if (w == null || w.nomination() == null || !byId.containsKey(w.nomination()) || chosen.containsKey(w.nomination())) {
                throw DomainViolation.of("winners", "validation.award.unknownNomination");
            }
            if (w.justification() == null || w.justification().isBlank()) {
                throw DomainViolation.of("winners", "validation.award.justification");
            }
            if (w.justification().strip().length() > 1000) {
                throw DomainViolation.of("winners", "validation.award.justificationLength");
            }
            chosen.put(w.nomination(), w.justification());
        }
        Map<String, Long> perCategory = chosen.keySet().stream().collect(Collectors.groupingBy(id -> byId.get(id).getCategory(),
                Collectors.counting()));
        for (Map.Entry<String, Long> e : perCategory.entrySet()) {
            if (e.getValue() > cycle.quota(e.getKey())) {
                throw DomainViolation.of("winners", "validation.award.quotaExceeded", categoryNames(locale).getOrDefault(e.getKey(), e.getKey()),
                        cycle.quota(e.getKey()));
            }
        }
        cycle.decided();
        for (Nomination n : all) {
            boolean wins = chosen.containsKey(n.getId());
            if (wins || n.isWinner()) {
                n.decide(wins, chosen.get(n.getId()), user.getUsername(), clock);
                audit(cycle, n.getId(), AuditEvent.Action.DECIDED, wins ? "winner: " + chosen.get(n.getId()) : "not a winner");
            }
        }
        em.flush();
        return ranking(cycleId, locale);
    }

    public CycleJson publish(long cycleId, Integer noticeDays, Locale locale) {
        requireStaff();
        AwardCycle cycle = cycleOf(cycleId);
        if (em.createQuery("select count(n) from Nomination n where n.cycle = :c and n.winner = true", Long.class).setParameter("c", cycle)
                .getSingleResult() == 0) {
            throw DomainViolation.of("status", "validation.award.noWinners");
        }
        cycle.publish(noticeDays == null ? 7 : noticeDays, clock);
        audit(cycle, null, AuditEvent.Action.PUBLISHED, "notice until " + cycle.getNoticeEndsOn());
        return json(cycle, locale);
    }

    public CycleJson finalizeCycle(long cycleId, Locale locale) {
        requireStaff();
        AwardCycle cycle = cycleOf(cycleId);
        cycle.finalizeAfterNotice(clock);
        audit(cycle, null, AuditEvent.Action.FINALIZED, null);
        return json(cycle, locale);
    }

    /** the published (公示) or final list of winners; every signed-in user may read it once it is published */
    public List<NominationJson> winners(long cycleId, Locale locale) {
        requireSignedIn();
        AwardCycle cycle = cycleOf(cycleId);
        if (cycle.getStatus() != CycleStatus.PUBLISHED && cycle.getStatus() != CycleStatus.FINAL && !user.isStaff()) {
            throw new Forbidden("the list is not published yet");
        }
        Map<String, String> names = categoryNames(locale);
        return em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycleId).getResultList().stream()
                .filter(Nomination::isWinner).map(n -> json(n, locale, null, null, names)).toList();
    }

    public List<AuditJson> audit(long cycleId) {
        requireStaff();
        cycleOf(cycleId);
        return em.createNamedQuery(AuditEvent.OF_CYCLE, AuditEvent.class).setParameter("cycle", cycleId).getResultList().stream()
                .map(e -> new AuditJson(e.getId(), e.getOccurredAt(), e.getBy(), e.getAction(), e.getNominationId(), e.getDetail())).toList();
    }

    // ---- helpers

    void audit(AwardCycle cycle, Long nomination, AuditEvent.Action action, String detail) {
        em.persist(new AuditEvent(cycle.getId(), nomination, action, detail, user.getUsername(), clock.instant()));
    }

    private CycleTerms terms(CycleInput in) {
        if (in == null) {
            throw DomainViolation.of("year", "validation.required");
        }
        Map<String, String> errors = checks.formatErrors(in);
        if (in.criteria() != null && in.criteria().stream().anyMatch(java.util.Objects::isNull)) {
            errors.put("criteria", "validation.award.criterionName");
        }
        if (in.categories() != null && in.categories().stream().anyMatch(java.util.Objects::isNull)) {
            errors.put("categories", "validation.award.category");
        }
        if (in.committee() != null && in.committee().stream().anyMatch(java.util.Objects::isNull)) {
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

    private Map<String, String> categoryNames(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> names = new HashMap<>();
        em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultList().forEach(c -> names.put(c.getCode(), c.label(english)));
        return names;
    }

    private static int categoryOrder(AwardCycle cycle, String category) {
        List<String> codes = cycle.categories().stream().map(q -> q.code()).toList();
        return codes.indexOf(category);
    }

    private Set<String> reviewerNames() {
        return new HashSet<>(em.createQuery("select a.username from Account a where a.role = :r and a.enabled = true", String.class)
                .setParameter("r", Role.REVIEWER).getResultList());
    }

    private Map<Long, List<ReviewAssignment>> assignmentsByNomination(long cycleId) {
        return em.createNamedQuery(ReviewAssignment.OF_CYCLE, ReviewAssignment.class).setParameter("cycle", cycleId).getResultList()
                .stream().collect(Collectors.groupingBy(a -> a.getNomination().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    /** the cycle, locked until the transaction ends: decisions, set-up changes and submissions of one cycle take turns */
    AwardCycle lockedCycle(long id) {
        AwardCycle c = cycleOf(id);
        em.lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        return c;
    }

    AwardCycle cycleOf(long id) {
        AwardCycle c = em.find(AwardCycle.class, id);
        if (c == null) {
            throw new NotFound("award cycle", id);
        }
        return c;
    }

    /** the nomination, if the caller may see it: office all; a manager those of their platform; a reviewer is checked by the caller */
    private Nomination nominationOf(long id) {
        requireSignedIn();
        user.requireRole("nominations are for the office, nominators and their reviewers", Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER, Role.REVIEWER);
        Nomination n = em.find(Nomination.class, id);
        if (user.hasRole(Role.REVIEWER)) {
            if (n == null) {
                throw new Forbidden("not an assigned nomination"); // the same answer as for one not assigned
            }
            return n;
        }
        // a manager's nominations are those made from their platform
        return user.inScope(n, x -> x.getPlatform() == null ? null : x.getPlatform().getCode(), "nomination", id);
    }

    private boolean mine(Nomination n) {
        return n.getPlatform() != null && n.getPlatform().getCode().equals(user.platformCode());
    }

    private void requireSignedIn() {
        user.requireRole("signed-in users only", Role.ALL);
    }

    private void requireStaff() {
        user.requireStaff("the award is run by the office");
    }

    private void requireNominator() {
        user.requireStaffOrManager("nominations are made by the office and platform managers");
    }

    private static void requireOpen(AwardCycle cycle) {
        if (cycle.getStatus() != CycleStatus.OPEN) {
            throw DomainViolation.of("status", "validation.award.cycleClosed");
        }
    }

    static String reasonText(Conflicts.Reason r, Locale locale) {
        String kind = Messages.text(locale, "award.conflict." + r.kind().name());
        return r.detail() == null ? kind : kind + "（" + r.detail() + "）";
    }

    CycleJson json(AwardCycle c, Locale locale) {
        Map<String, String> names = categoryNames(locale);
        FactSources facts = new FactSources(em);
        Rule rule = RuleJson.stored(c.getRuleJson(), facts.catalog(SubjectKind.TALENT));
        long count = em.createQuery("select count(n) from Nomination n where n.cycle = :c", Long.class).setParameter("c", c).getSingleResult();
        return new CycleJson(c.getId(), c.getAwardYear(), c.getName(), c.getNominationOpens(), c.getNominationCloses(), c.getReviewOpens(),
                c.getReviewCloses(), c.categories().stream().map(q -> CategoryJson.of(q, names.getOrDefault(q.code(), q.code()))).toList(),
                c.rubric().criteria(), user.isStaff() ? c.committee() : List.of(), RuleJson.json(rule),
                new Wording(SubjectKind.TALENT, locale, LocalDate.now(clock)).describe(rule), c.getReviewersPerNomination(),
                c.getBasis().name(), c.getDisagreement(), c.getStatus().name(), c.getPublishedAt(), c.getNoticeEndsOn(), c.getFinalizedAt(),
                count, c.getVersion());
    }

    NominationJson json(Nomination n, Locale locale, List<ReviewAssignment> assignments, Map<Pair, List<Conflicts.Reason>> conflicts) {
        return json(n, locale, assignments, conflicts, categoryNames(locale));
    }

    /** @param names the categories' names in the reader's language, read once for a whole list */
    NominationJson json(Nomination n, Locale locale, List<ReviewAssignment> assignments, Map<Pair, List<Conflicts.Reason>> conflicts,
                        Map<String, String> names) {
        Talent t = n.getTalent();
        boolean masked = !user.isStaff();
        List<ConflictJson> conflictList = conflicts == null ? null : conflicts.entrySet().stream()
                .filter(e -> e.getKey().nomination() == n.getId())
                .flatMap(e -> e.getValue().stream().map(r -> ConflictJson.of(n.getId(), e.getKey().reviewer(), r, reasonText(r, locale))))
                .toList();
        return new NominationJson(n.getId(), n.getCycle().getId(), n.getCycle().getAwardYear(), n.getCategory(),
                names.getOrDefault(n.getCategory(), n.getCategory()), t.getId(), t.getName(),
                masked ? PersonalData.maskPhone(t.getPhone()) : t.getPhone(), masked ? PersonalData.maskEmail(t.getEmail()) : t.getEmail(),
                t.getDegree() == null ? null : Messages.text(locale, "enum.Degree." + t.getDegree().name()), t.getEmployer(), t.getTitle(),
                n.getStatement(), n.achievements(), user.hasRole(Role.REVIEWER) ? null : n.getNominatedBy(),
                n.getPlatform() == null ? null : n.getPlatform().getCode(), n.getSubmittedAt(), n.isWinner(), n.getJustification(),
                assignments == null ? null : assignments.stream().map(Awards::assignmentJson).toList(), conflictList);
    }

    static AssignmentJson assignmentJson(ReviewAssignment a) {
        return new AssignmentJson(a.getId(), a.getReviewer(), a.isAutomatic(), a.getAssignedAt(), a.getAssignedBy(), a.getSubmittedRevision(),
                a.getConflictReason(), a.getConflictDeclaredAt());
    }

    private static BigDecimal round(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> round(Map<String, Double> m) {
        Map<String, BigDecimal> r = new LinkedHashMap<>();
        m.forEach((k, v) -> r.put(k, BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP)));
        return r;
    }
}
