package cn.wulian.liancai.seed;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.control.Assigner;
import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.control.CycleConflicts;
import cn.wulian.liancai.award.entity.Achievement;
import cn.wulian.liancai.award.boundary.AwardRecords;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.AwardJson;
import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.award.entity.CycleTerms;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.RankingBasis;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.award.entity.ReviewRevision;
import cn.wulian.liancai.award.entity.ReviewSheet;
import cn.wulian.liancai.award.entity.Rubric;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The demo award, loaded the way the office and the committee would have produced it, each step on
 * its day through the award's own rules: cycles, nominations (each nominee passing the cycle's rule
 * on that day), the assignments the review file names (never a conflicted one), the rest assigned
 * automatically, drafts, submitted reviews and their changes, declared conflicts, and for a closed
 * cycle its decision, publication and final list. Every step writes its audit entry.
 */
final class AwardSeed {

    private final EntityManager em;
    private final BiFunction<LocalDate, Integer, Clock> on;
    private final AuditTrail trail;

    AwardSeed(EntityManager em, BiFunction<LocalDate, Integer, Clock> on, AuditTrail trail) {
        this.em = em;
        this.on = on;
        this.trail = trail;
    }

    /** links reviewer accounts to their holders' talent records, where the demo file names one */
    void linkAccounts(List<Map<String, String>> users, Map<String, Talent> talents) {
        for (Map<String, String> row : users) {
            if (row.get("talent_key") != null) {
                Account a = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", row.get("username"))
                        .getResultStream().findFirst().orElse(null);
                Talent t = talents.get(row.get("talent_key"));
                if (a != null && t != null && a.getTalentId() == null) {
                    a.linkTalent(t.getId());
                }
            }
        }
        em.flush();
    }

    int load(List<Map<String, String>> cycles, List<Map<String, String>> nominations, List<Map<String, String>> reviews,
             Map<String, Talent> talents) {
        Set<String> categories = em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream().map(AwardCategory::getCode)
                .collect(Collectors.toSet());
        Set<String> reviewers = new HashSet<>(em.createQuery("select a.username from Account a where a.role = :r", String.class)
                .setParameter("r", Role.REVIEWER).getResultList());
        FactSources facts = new FactSources(em);
        int count = 0;
        for (Map<String, String> row : cycles) {
            int year = Integer.parseInt(row.get("year"));
            if (!em.createQuery("select c from AwardCycle c where c.awardYear = :y", AwardCycle.class).setParameter("y", year)
                    .getResultList().isEmpty()) {
                continue;
            }
            Rule rule = RuleJson.parse(row.get("rule"), facts.catalog(SubjectKind.TALENT));
            CycleTerms terms = new CycleTerms(year, row.get("name"), date(row, "nomination_opens"), date(row, "nomination_closes"),
                    date(row, "review_opens"), date(row, "review_closes"), read(row.get("categories"), listOf(CategoryQuota.class)),
                    new Rubric(read(row.get("criteria"), listOf(Criterion.class))), read(row.get("committee"), listOf(String.class)), rule,
                    Integer.valueOf(row.get("reviewers_per_nomination")), RankingBasis.valueOf(row.get("basis")),
                    new BigDecimal(row.get("disagreement")));
            AwardCycle cycle = new AwardCycle(terms, categories, reviewers, "office", on.apply(terms.nominationOpens().minusDays(7), 10));
            em.persist(cycle);
            em.flush();
            audit(cycle, null, AwardAction.CYCLE_OPENED, cycle.getName(), "office", on.apply(terms.nominationOpens().minusDays(7), 10));

            Map<String, Nomination> byKey = new LinkedHashMap<>();
            for (Map<String, String> n : nominations) {
                if (Integer.parseInt(n.get("year")) != year) {
                    continue;
                }
                Talent talent = talents.get(n.get("talent_key"));
                LocalDate day = LocalDate.parse(n.get("submitted_on"));
                Clock clock = on.apply(day, 9);
                cycle.requireNominationWindow(day);
                if (!rule.evaluate(facts.facts(SubjectKind.TALENT, talent.getId(), clock), day).passed()) {
                    throw new IllegalStateException("demo nomination " + n.get("key") + ": " + talent.getName() + " does not pass the cycle's rule");
                }
                Account by = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", n.get("nominated_by")).getSingleResult();
                Nomination nomination = new Nomination(cycle, n.get("category"), talent, n.get("statement"),
                        read(n.get("achievements"), listOf(Achievement.class)), by.getUsername(),
                        Role.PLATFORM_MANAGER.equals(by.getRole()) ? by.getPlatform() : null, clock);
                em.persist(nomination);
                em.flush();
                audit(cycle, nomination.getId(), AwardAction.NOMINATED, AwardSteps.nominated(n.get("category"), talent.getId()),
                        by.getUsername(), clock);
                byKey.put(n.get("key"), nomination);
                count++;
            }

            List<Nomination> all = new ArrayList<>(byKey.values());
            Map<Pair, List<Conflicts.Reason>> conflicts = CycleConflicts.of(em, all, terms.committee());
            Clock assigning = on.apply(terms.reviewOpens(), 9);
            Map<Pair, ReviewAssignment> assignments = new HashMap<>();
            for (Map<String, String> r : reviews) {
                Nomination n = byKey.get(r.get("nomination_key"));
                Pair pair = n == null ? null : new Pair(n.getId(), r.get("reviewer"));
                if (n != null && !assignments.containsKey(pair)) {
                    if (conflicts.containsKey(pair)) {
                        throw new IllegalStateException("demo review " + r.get("nomination_key") + " by " + r.get("reviewer") + " is conflicted: "
                                + conflicts.get(pair));
                    }
                    assignments.put(pair, assign(cycle, n, r.get("reviewer"), false, assigning));
                }
            }
            Map<Long, Set<String>> existing = new HashMap<>();
            assignments.keySet().forEach(p -> existing.computeIfAbsent(p.nomination(), k -> new HashSet<>()).add(p.reviewer()));
            Map<Long, Nomination> byId = all.stream().collect(Collectors.toMap(Nomination::getId, n -> n));
            for (Pair p : Assigner.assign(all.stream().map(Nomination::getId).toList(), terms.committee(), terms.reviewersPerNomination(),
                    existing, conflicts.keySet()).added()) {
                assignments.put(p, assign(cycle, byId.get(p.nomination()), p.reviewer(), true, assigning));
            }
            em.flush();

            for (Map<String, String> r : reviews) {
                Nomination n = byKey.get(r.get("nomination_key"));
                if (n == null) {
                    continue;
                }
                ReviewAssignment a = assignments.get(new Pair(n.getId(), r.get("reviewer")));
                Clock clock = on.apply(LocalDate.parse(r.get("on")), 20);
                ReviewSheet sheet = r.get("scores") == null ? null
                        : new ReviewSheet(read(r.get("scores"), mapOf(Integer.class)), null, r.get("comment"));
                switch (r.get("kind")) {
                    case "DRAFT" -> a.saveDraft(sheet, terms.rubric());
                    case "SUBMIT" -> {
                        ReviewRevision revision = a.submit(sheet, terms.rubric(), r.get("reason"), clock);
                        em.persist(revision);
                        audit(cycle, n.getId(), revision.getRevision() == 1 ? AwardAction.REVIEW_SUBMITTED : AwardAction.REVIEW_CHANGED,
                                AwardSteps.scored(revision, terms.rubric(), null), a.getReviewer(), clock);
                    }
                    case "DECLARE" -> {
                        a.declareConflict(r.get("comment"), clock);
                        audit(cycle, n.getId(), AwardAction.CONFLICT_DECLARED, AwardSteps.conflict(r.get("comment"), null), a.getReviewer(), clock);
                    }
                    default -> throw new IllegalStateException("unknown kind of demo review: " + r.get("kind"));
                }
                em.flush();
            }

            if (row.get("decided_on") != null) {
                Clock decided = on.apply(LocalDate.parse(row.get("decided_on")), 15);
                List<AwardCycle.Winner> winners = new ArrayList<>();
                for (Map<String, String> n : nominations) {
                    if (Integer.parseInt(n.get("year")) == year && n.get("winner_justification") != null) {
                        winners.add(new AwardCycle.Winner(byKey.get(n.get("key")).getId(), n.get("winner_justification")));
                    }
                }
                // the demo's winners were scored: the reviews above are the committee's
                Map<Long, AwardCycle.Reviewed> reviewed = new HashMap<>();
                for (ReviewAssignment a : assignments.values()) {
                    reviewed.merge(a.getNomination().getId(), new AwardCycle.Reviewed(a.getCountedRevision() > 0 ? 1 : 0,
                                    a.submitted() || a.declared() ? 0 : 1),
                            (x, y) -> new AwardCycle.Reviewed(x.scored() + y.scored(), x.awaited() + y.awaited()));
                }
                for (Nomination winner : cycle.decide(all, winners, reviewed::get, code -> code, "office", decided)) {
                    audit(cycle, winner.getId(), AwardAction.DECIDED, AwardSteps.decided(true, winner.getJustification()), "office", decided);
                }
                Clock published = on.apply(LocalDate.parse(row.get("published_on")), 10);
                cycle.publish(winners.size(), Integer.parseInt(row.get("notice_days")), published);
                audit(cycle, null, AwardAction.PUBLISHED, AwardSteps.published(cycle.getNoticeEndsOn()), "office", published);
                Clock finalized = on.apply(LocalDate.parse(row.get("finalized_on")), 10);
                cycle.finalizeAfterNotice(finalized);
                audit(cycle, null, AwardAction.FINALIZED, null, "office", finalized);
                em.flush();
            }
        }
        return count;
    }

    private ReviewAssignment assign(AwardCycle cycle, Nomination n, String reviewer, boolean automatic, Clock clock) {
        ReviewAssignment a = new ReviewAssignment(n, reviewer, automatic, "office", clock);
        em.persist(a);
        audit(cycle, n.getId(), AwardAction.ASSIGNED, AwardSteps.assigned(reviewer, automatic), "office", clock);
        return a;
    }

    private void audit(AwardCycle cycle, Long nomination, AwardAction action, String detail, String by, Clock clock) {
        trail.recordAt(clock.instant(), new Actor(by, null), AwardRecords.step(cycle.getId(), nomination), RecordRef.of(AwardCycle.class, cycle.getId()),
                action.name(), List.of(), detail);
    }

    private static LocalDate date(Map<String, String> row, String column) {
        return LocalDate.parse(row.get(column));
    }

    private static <T> T read(String json, Type type) {
        return AwardJson.read(json, type);
    }

    private static Type listOf(Class<?> element) {
        return new java.lang.reflect.ParameterizedType() {
            public Type[] getActualTypeArguments() { return new Type[] {element}; }
            public Type getRawType() { return List.class; }
            public Type getOwnerType() { return null; }
        };
    }

    private static Type mapOf(Class<?> value) {
        return new java.lang.reflect.ParameterizedType() {
            public Type[] getActualTypeArguments() { return new Type[] {String.class, value}; }
            public Type getRawType() { return Map.class; }
            public Type getOwnerType() { return null; }
        };
    }
}
