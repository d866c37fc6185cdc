package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.boundary.AwardJsonViews.FlagJson;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.award.entity.ReviewRevision;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.persistence.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * What reviewers changed or declared after seeing the other reviewers' sheets, waiting for the
 * office (the rule is {@link ReviewAssignment}'s): the list of a cycle's, and confirming or
 * rejecting one. Office staff only; each decision names the assignment's version it was made on and
 * goes into the trail.
 */
@ApplicationScoped
@Transactional
public class FlaggedChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardRecords records;

    public List<FlagJson> pending(long cycleId) {
        records.requireStaff();
        records.cycle(cycleId);
        return json(records.assignmentsByNomination(cycleId).values().stream().flatMap(List::stream).toList());
    }

    /** the flagged change or declaration counts from now on; answers what still waits */
    public List<FlagJson> confirm(long cycleId, long assignmentId, Long version) {
        return decide(cycleId, assignmentId, version, true);
    }

    /** the flagged change does not count (the revision before it keeps counting), the declaration is not applied */
    public List<FlagJson> reject(long cycleId, long assignmentId, Long version) {
        return decide(cycleId, assignmentId, version, false);
    }

    private List<FlagJson> decide(long cycleId, long assignmentId, Long version, boolean confirmed) {
        records.requireStaff();
        AwardCycle cycle = records.lockedCycle(cycleId); // not while the ranking is being decided on
        ReviewAssignment a = em.find(ReviewAssignment.class, assignmentId);
        if (a == null || !a.getNomination().getCycle().getId().equals(cycleId)) {
            throw new NotFound("assignment", assignmentId);
        }
        Versions.check(a.getVersion(), version, "review", assignmentId);
        cycle.requireNotPublished();
        FlagJson before = json(List.of(a)).stream().findFirst().orElse(null);
        ReviewAssignment.Flag flag = confirmed ? a.confirm() : a.reject();
        Versions.flush(em, "review", assignmentId);
        records.audit(cycle, a.getNomination().getId(), confirmed ? AwardAction.FLAG_CONFIRMED : AwardAction.FLAG_REJECTED,
                AwardSteps.settled(flag, a.getReviewer(), before.revision(), a.getCountedRevision(), confirmed));
        return pending(cycleId);
    }

    /** the flagged ones among these assignments, as the office reads them */
    List<FlagJson> json(Collection<ReviewAssignment> assignments) {
        return assignments.stream().filter(a -> a.flag() != null).map(a -> {
            List<ReviewRevision> revisions = em.createNamedQuery(ReviewRevision.OF_ASSIGNMENT, ReviewRevision.class)
                    .setParameter("assignment", a.getId()).getResultList();
            ReviewRevision latest = revisions.getLast();
            ReviewRevision counted = revisions.stream().filter(r -> r.getRevision() == a.getCountedRevision()).findFirst().orElse(null);
            boolean change = a.flag() == ReviewAssignment.Flag.CHANGE;
            return new FlagJson(a.getId(), a.getNomination().getId(), a.getNomination().getTalent().getName(), a.getNomination().getCategory(),
                    a.getReviewer(), a.flag().name(), a.getCountedRevision(), counted == null ? null : counted.getTotal(), latest.getRevision(),
                    latest.getTotal(), change ? latest.getChangeReason() : a.getConflictReason(),
                    change ? latest.getSubmittedAt() : a.getConflictDeclaredAt(), a.getOthersSeenAt(), a.getVersion());
        }).toList();
    }
}
