package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.RankingJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.StandingJson;
import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.control.Standings;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.award.entity.ReviewRevision;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.persistence.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deciding the award: the office reads the ranking, records the winners, publishes the list for its
 * notice period (公示) and makes it final, each step naming the cycle's version it was made on;
 * everyone signed in reads the winners once published. The ranking counts each reviewer's counted
 * revision and shows beside each nomination what waits for the office ({@link FlaggedChanges}).
 */
@ApplicationScoped
@Transactional
public class Decisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardRecords records;

    @Inject
    AwardJsonMapper mapper;

    @Inject
    Clock clock;

    @Inject
    FlaggedChanges flags;

    public RankingJson ranking(long cycleId, Locale locale) {
        records.requireStaff();
        AwardCycle cycle = records.cycle(cycleId);
        List<Nomination> all = records.nominations(cycleId);
        Map<Long, List<ReviewAssignment>> assignments = records.assignmentsByNomination(cycleId);
        Map<Pair, List<Conflicts.Reason>> conflicts = records.conflicts(cycle, all, assignments.values());
        List<Standings.Review> counted = em.createNamedQuery(ReviewRevision.COUNTED_OF_CYCLE, ReviewRevision.class)
                .setParameter("cycle", cycleId).getResultList().stream()
                .filter(r -> !conflicts.containsKey(new Pair(r.getAssignment().getNomination().getId(), r.getAssignment().getReviewer())))
                .map(r -> new Standings.Review(r.getAssignment().getNomination().getId(), r.getAssignment().getReviewer(),
                        r.getTotal().doubleValue()))
                .toList();
        List<Standings.Standing> standings = Standings.of(all.stream().map(n -> new Standings.Nominee(n.getId(), n.getCategory())).toList(),
                counted, cycle.getBasis(), cycle.getDisagreement().doubleValue());
        Map<Long, Nomination> byId = all.stream().collect(Collectors.toMap(Nomination::getId, n -> n));
        Map<String, String> names = mapper.categoryNames(locale);
        List<String> categoryOrder = cycle.categories().stream().map(q -> q.code()).toList();
        List<StandingJson> rows = standings.stream().map(s -> {
            Nomination n = byId.get(s.nomination());
            return new StandingJson(s.nomination(), s.category(), n.getTalent().getName(), round(s.totals()), round(s.zScores()),
                    round(s.mean()), round(s.median()), round(s.spread()), round(s.deviation()), s.disagreement(), round(s.normalised()),
                    s.rawRank(), s.normalisedRank(), s.rank(), s.tied(), s.totals().size(),
                    (int) assignments.getOrDefault(n.getId(), List.of()).stream()
                            .filter(a -> !conflicts.containsKey(new Pair(n.getId(), a.getReviewer()))).count(), n.isWinner(), n.getJustification(),
                    flags.json(assignments.getOrDefault(n.getId(), List.of())));
        }).sorted(Comparator.comparingInt((StandingJson s) -> categoryOrder.indexOf(s.category()))
                .thenComparing(s -> s.rank() == null ? Integer.MAX_VALUE : s.rank()).thenComparingLong(StandingJson::nomination)).toList();
        return new RankingJson(cycle.getId(), cycle.getAwardYear(), cycle.getBasis().name(),
                Messages.text(locale, "award.basis." + cycle.getBasis().name()), Messages.text(locale, "award.tieRule"),
                cycle.categories().stream().map(q -> CategoryJson.of(q, names.getOrDefault(q.code(), q.code()))).toList(), rows,
                cycle.getStatus().name(), cycle.getVersion());
    }

    /** records the winners, within each category's quota and each with a justification; anyone not named is not a winner */
    public RankingJson decide(long cycleId, DecisionInput input, Locale locale) {
        records.requireStaff();
        AwardCycle cycle = records.lockedCycle(cycleId); // two officers deciding at once: one after the other, each within the quota
        Versions.check(cycle.getVersion(), input == null ? null : input.version(), "award cycle", cycleId);
        List<AwardCycle.Winner> winners = input == null || input.winners() == null ? null : input.winners().stream()
                .map(w -> w == null ? null : new AwardCycle.Winner(w.nomination(), w.justification())).toList();
        List<Nomination> all = records.nominations(cycleId);
        List<Nomination> decided = cycle.decide(all, winners, reviewed(cycle, all),
                code -> mapper.categoryNames(locale).getOrDefault(code, code), records.caller(), clock);
        // the trail keeps each justification as it was given
        Map<Long, String> given = winners.stream().collect(Collectors.toMap(AwardCycle.Winner::nomination, AwardCycle.Winner::justification));
        for (Nomination n : decided) {
            records.audit(cycle, n.getId(), AwardAction.DECIDED, AwardSteps.decided(n.isWinner(), given.get(n.getId())));
        }
        em.flush();
        return ranking(cycleId, locale);
    }

    /** how far the committee has reviewed each nomination, as the ranking counts it: a reviewer who must step aside counts for neither */
    private Function<Long, AwardCycle.Reviewed> reviewed(AwardCycle cycle, List<Nomination> all) {
        Map<Long, List<ReviewAssignment>> assignments = records.assignmentsByNomination(cycle.getId());
        Map<Pair, List<Conflicts.Reason>> conflicts = records.conflicts(cycle, all, assignments.values());
        return id -> {
            List<ReviewAssignment> counting = assignments.getOrDefault(id, List.of()).stream()
                    .filter(a -> !conflicts.containsKey(new Pair(id, a.getReviewer())) && !a.declared()).toList();
            return new AwardCycle.Reviewed((int) counting.stream().filter(a -> a.getCountedRevision() > 0).count(),
                    (int) counting.stream().filter(a -> !a.submitted()).count());
        };
    }

    public CycleJson publish(long cycleId, Integer noticeDays, Long version, Locale locale) {
        records.requireStaff();
        AwardCycle cycle = records.lockedCycle(cycleId);
        Versions.check(cycle.getVersion(), version, "award cycle", cycleId);
        long winners = em.createQuery("select count(n) from Nomination n where n.cycle = :c and n.winner = true", Long.class)
                .setParameter("c", cycle).getSingleResult();
        cycle.publish(winners, noticeDays, clock);
        records.audit(cycle, null, AwardAction.PUBLISHED, AwardSteps.published(cycle.getNoticeEndsOn()));
        Versions.flush(em, "award cycle", cycleId);
        return mapper.json(cycle, locale);
    }

    public CycleJson finalizeCycle(long cycleId, Long version, Locale locale) {
        records.requireStaff();
        AwardCycle cycle = records.lockedCycle(cycleId);
        Versions.check(cycle.getVersion(), version, "award cycle", cycleId);
        cycle.finalizeAfterNotice(clock);
        records.audit(cycle, null, AwardAction.FINALIZED, null);
        Versions.flush(em, "award cycle", cycleId);
        return mapper.json(cycle, locale);
    }

    /** the published (公示) or final list of winners; every signed-in user may read it once it is published */
    public List<NominationJson> winners(long cycleId, Locale locale) {
        records.requireSignedIn();
        AwardCycle cycle = records.cycle(cycleId);
        if (!cycle.isPublished() && !records.isStaff()) {
            throw new Forbidden("the list is not published yet");
        }
        Map<String, String> names = mapper.categoryNames(locale);
        List<Nomination> winners = records.nominations(cycleId).stream().filter(Nomination::isWinner).toList();
        mapper.listedUnmasked(winners);
        return winners.stream().map(n -> mapper.json(n, locale, null, null, names)).toList();
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
