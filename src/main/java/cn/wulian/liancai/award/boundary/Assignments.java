package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.boundary.AwardJsonViews.AssignmentJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ConflictJson;
import cn.wulian.liancai.award.control.Assigner;
import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.control.CycleConflicts;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assigning reviewers (the office): the conflicts of interest a cycle's committee has with its
 * nominations, the automatic assignment that skips them, assigning by hand and taking one back.
 */
@ApplicationScoped
@Transactional
public class Assignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardRecords records;

    @Inject
    Clock clock;

    public List<ConflictJson> conflicts(long cycleId, Locale locale) {
        records.requireStaff();
        AwardCycle cycle = records.cycle(cycleId);
        List<Nomination> all = records.nominations(cycleId);
        Map<Pair, List<Conflicts.Reason>> conflicts = records.conflicts(cycle, all, List.of(
                em.createNamedQuery(ReviewAssignment.OF_CYCLE, ReviewAssignment.class).setParameter("cycle", cycleId).getResultList()));
        List<ConflictJson> list = new ArrayList<>();
        conflicts.forEach((pair, reasons) -> reasons.forEach(r -> list.add(ConflictJson.of(pair.nomination(), pair.reviewer(), r,
                AwardJsonMapper.reasonText(r, locale)))));
        return list;
    }

    /** gives every nomination its reviewers, skipping conflicts and balancing the load; keeps what is assigned */
    public Assigner.Result assignAutomatically(long cycleId) {
        records.requireStaff();
        AwardCycle cycle = records.cycle(cycleId);
        cycle.requireOpen();
        List<Nomination> all = records.nominations(cycleId);
        Map<Long, List<ReviewAssignment>> existing = records.assignmentsByNomination(cycleId);
        Map<Pair, List<Conflicts.Reason>> conflicts = records.conflicts(cycle, all, existing.values());
        Map<Long, Set<String>> assigned = new HashMap<>();
        existing.forEach((n, list) -> assigned.put(n, list.stream().map(ReviewAssignment::getReviewer).collect(Collectors.toSet())));
        Assigner.Result result = Assigner.assign(all.stream().map(Nomination::getId).toList(), cycle.committee(),
                cycle.getReviewersPerNomination(), assigned, conflicts.keySet());
        Map<Long, Nomination> byId = all.stream().collect(Collectors.toMap(Nomination::getId, n -> n));
        for (Pair p : result.added()) {
            em.persist(new ReviewAssignment(byId.get(p.nomination()), p.reviewer(), true, records.caller(), clock));
            records.audit(cycle, p.nomination(), AwardAction.ASSIGNED, AwardSteps.assigned(p.reviewer(), true));
        }
        em.flush();
        return result;
    }

    /** assigns one reviewer by hand: a committee member without a conflict */
    public AssignmentJson assign(long nominationId, String reviewer, Locale locale) {
        Nomination n = changeable(nominationId);
        AwardCycle cycle = n.getCycle();
        cycle.requireOnCommittee(reviewer);
        if (records.assignments(nominationId).stream().anyMatch(a -> a.getReviewer().equals(reviewer))) {
            throw DomainViolation.of("reviewer", "validation.award.alreadyAssigned");
        }
        List<Conflicts.Reason> reasons = CycleConflicts.of(em, List.of(n), List.of(reviewer)).getOrDefault(new Pair(nominationId, reviewer), List.of());
        if (!reasons.isEmpty()) {
            throw DomainViolation.of("reviewer", "validation.award.conflicted", AwardJsonMapper.reasonText(reasons.getFirst(), locale));
        }
        ReviewAssignment a = new ReviewAssignment(n, reviewer, false, records.caller(), clock);
        em.persist(a);
        em.flush();
        records.audit(cycle, nominationId, AwardAction.ASSIGNED, AwardSteps.assigned(reviewer, false));
        return AwardJsonMapper.assignmentJson(a);
    }

    /** takes an assignment back, unless the reviewer has submitted (then their review is part of the record) */
    public void unassign(long nominationId, String reviewer) {
        Nomination n = changeable(nominationId);
        ReviewAssignment a = records.assignments(nominationId).stream().filter(x -> x.getReviewer().equals(reviewer)).findFirst()
                .orElseThrow(() -> new NotFound("assignment", reviewer));
        if (a.submitted() || a.declared()) {
            // a submitted review is part of the record; a declared conflict must stay on record, or the reviewer could be assigned again
            throw DomainViolation.of("reviewer", a.declared() ? "validation.award.declaredStays" : "validation.award.alreadyScored");
        }
        em.remove(a);
        records.audit(n.getCycle(), nominationId, AwardAction.UNASSIGNED, AwardSteps.assigned(reviewer, false));
    }

    /** the nomination, for the office, while its cycle is open */
    private Nomination changeable(long nominationId) {
        records.requireStaff();
        Nomination n = records.nomination(nominationId);
        n.getCycle().requireOpen();
        return n;
    }
}
