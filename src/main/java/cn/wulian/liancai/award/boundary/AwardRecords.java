package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.control.CycleConflicts;
import cn.wulian.liancai.award.control.NominationDocuments;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.control.IndexedDocument;
import jakarta.enterprise.event.Event;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the award's facades share, inside the transaction of the facade that calls: the records as
 * the caller may reach them (a cycle, under its lock; a nomination within the caller's scope), who
 * the caller is, and the audit entry each change writes. The caller's account is read here only.
 */
@ApplicationScoped
public class AwardRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    Event<IndexChange> indexChanges;

    // ---- the caller

    String caller() {
        return user.getUsername();
    }

    boolean isStaff() {
        return user.isStaff();
    }

    boolean isReviewer() {
        return user.hasRole(Role.REVIEWER);
    }

    /** the platform a nomination is made from: a manager's own; none when the office nominates */
    Platform nominatorsPlatform() {
        return user.platformCode() == null ? null
                : em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", user.platformCode()).getSingleResult();
    }

    /** a manager's nominations are those made from their platform */
    boolean isMine(Nomination n) {
        return n.getPlatform() != null && n.getPlatform().getCode().equals(user.platformCode());
    }

    void requireSignedIn() {
        user.requireRole("signed-in users only", Role.ALL);
    }

    void requireStaff() {
        user.requireStaff("the award is run by the office");
    }

    void requireNominator() {
        user.requireStaffOrManager("nominations are made by the office and platform managers");
    }

    // ---- the records

    AwardCycle cycle(long id) {
        AwardCycle c = em.find(AwardCycle.class, id);
        if (c == null) {
            throw new NotFound("award cycle", id);
        }
        return c;
    }

    /** the cycle, locked until the transaction ends: decisions, set-up changes and submissions of one cycle take turns */
    AwardCycle lockedCycle(long id) {
        AwardCycle c = cycle(id);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        return c;
    }

    /** the nomination, if the caller may see it: office all; a manager those of their platform; a reviewer is checked by the caller */
    Nomination nomination(long id) {
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

    /** the nomination, if the caller may open it: a reviewer only one assigned to them without a conflict */
    Nomination openable(long id) {
        Nomination n = nomination(id);
        if (user.hasRole(Role.REVIEWER)) {
            Reviews.requireAllowedToOpen(em, n, user.getUsername());
        }
        return n;
    }

    /** a cycle's nominations in the order they came in, each with its nominee */
    List<Nomination> nominations(long cycleId) {
        return em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycleId).getResultList();
    }

    /** a nomination's assignments */
    List<ReviewAssignment> assignments(long nominationId) {
        return em.createNamedQuery(ReviewAssignment.OF_NOMINATION, ReviewAssignment.class).setParameter("nomination", nominationId)
                .getResultList();
    }

    /** a cycle's assignments by nomination */
    Map<Long, List<ReviewAssignment>> assignmentsByNomination(long cycleId) {
        return em.createNamedQuery(ReviewAssignment.OF_CYCLE, ReviewAssignment.class).setParameter("cycle", cycleId).getResultList()
                .stream().collect(Collectors.groupingBy(a -> a.getNomination().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    /** the conflicts of the cycle's committee with these nominations, found in the data or declared in these assignments */
    Map<Pair, List<Conflicts.Reason>> conflicts(AwardCycle cycle, List<Nomination> nominations,
                                                Collection<List<ReviewAssignment>> assignments) {
        return CycleConflicts.withDeclared(CycleConflicts.of(em, nominations, cycle.committee()),
                assignments.stream().flatMap(List::stream).toList());
    }

    // ---- search

    /** the nominations' documents as they are now (a new nomination, or new names of its cycle or category) */
    void indexed(List<Nomination> nominations) {
        Map<String, AwardCategory> categories = categories();
        nominations.forEach(n -> indexChanges.fire(IndexChange.upsert(NominationDocuments.of(n, categories.get(n.getCategory())))));
    }

    /** the nominations that the condition finds ({@code where} on {@code n}), as documents */
    List<IndexedDocument> documents(String where, Map<String, Object> parameters) {
        var query = em.createQuery("select n from Nomination n join fetch n.talent join fetch n.cycle left join fetch n.platform"
                + (where == null ? "" : " where " + where), Nomination.class);
        parameters.forEach(query::setParameter);
        List<Nomination> found = query.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, AwardCategory> categories = categories();
        return found.stream().map(n -> NominationDocuments.of(n, categories.get(n.getCategory()))).toList();
    }

    private Map<String, AwardCategory> categories() {
        return em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream()
                .collect(Collectors.toMap(AwardCategory::getCode, c -> c, (a, b) -> a));
    }

    // ---- the trail

    /** a step of the cycle, in its history: about the nomination when there is one, else about the cycle */
    void audit(AwardCycle cycle, Long nomination, AwardAction action, String detail) {
        trail.record(step(cycle.getId(), nomination), RecordRef.of(AwardCycle.class, cycle.getId()), action.name(), detail);
    }

    /** the record an award step is about */
    public static RecordRef step(long cycle, Long nomination) {
        return nomination == null ? RecordRef.of(AwardCycle.class, cycle) : RecordRef.of(Nomination.class, nomination);
    }
}
