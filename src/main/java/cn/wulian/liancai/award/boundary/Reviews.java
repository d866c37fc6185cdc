package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ComparisonJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ComparisonRowJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.OthersJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.RevisionJson;
import cn.wulian.liancai.award.control.CycleConflicts;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.award.entity.ReviewRevision;
import cn.wulian.liancai.award.entity.ReviewSheet;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reviewer's work: their queue, one review at a time with the nominee's evidence and no contact data,
 * the nominees of a category side by side,
 * drafts, submission (a change needs a reason; every revision is kept), and declaring a conflict.
 * Blindness is enforced here: the other reviewers' sheets come only after the reviewer has
 * submitted their own for that nomination, and without names; the first time they are served is
 * recorded, and what the reviewer changes or declares after it waits for the office (see
 * {@link ReviewAssignment}). A reviewer with a conflict — found in the data or declared — cannot open
 * the nomination by any route; any other id is refused alike.
 */
@ApplicationScoped
@Transactional
public class Reviews {

    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    AwardRecords records;

    @Inject
    AwardJsonMapper mapper;

    @Inject
    NomineeEvidence evidence;

    public List<QueueJson> mine() {
        requireReviewer();
        LocalDate today = LocalDate.now(clock);
        return openable(em.createNamedQuery(ReviewAssignment.OF_REVIEWER, ReviewAssignment.class)
                .setParameter("reviewer", user.getUsername()).getResultList()).stream()
                .map(a -> {
                    Nomination n = a.getNomination();
                    AwardCycle c = n.getCycle();
                    return new QueueJson(a.getId(), n.getId(), c.getAwardYear(), n.getCategory(), n.getTalent().getName(),
                            a.getSubmittedRevision(), a.declared(), c.isReviewOpen(today), c.getReviewCloses(), c.getId(), c.getName(),
                            current(c, today));
                }).toList();
    }

    /** the reviewer's day: this year's sheets by cycle with counts and the deadline, the past ones apart */
    public ReviewQueue queue(Locale locale) {
        return new ReviewQueue(mine(), drafted(), mapper.categoryNames(locale));
    }

    /** a cycle still under way for its reviewers: open, and its review window not over */
    private static boolean current(AwardCycle c, LocalDate today) {
        return c.getStatus() == CycleStatus.OPEN && !today.isAfter(c.getReviewCloses());
    }

    /** the assignments but those the data shows a conflict on (read once for all the nominations rather than once per row) */
    private List<ReviewAssignment> openable(List<ReviewAssignment> all) {
        Set<Long> conflicted = CycleConflicts.of(em, all.stream().map(ReviewAssignment::getNomination).distinct().toList(),
                List.of(user.getUsername())).keySet().stream().map(p -> p.nomination()).collect(Collectors.toSet());
        return all.stream().filter(a -> !conflicted.contains(a.getNomination().getId())).toList();
    }

    /**
     * The sheets the reviewer can submit now and has not: undeclared, in a review window open today,
     * no conflict in the data. Only the few unsubmitted assignments are read (the data's conflicts
     * need the nominations), for the navigation's badge.
     */
    public long waiting() {
        if (!user.hasRole(Role.REVIEWER)) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        return openable(em.createQuery("select a from ReviewAssignment a join fetch a.nomination n join fetch n.cycle c"
                + " where a.reviewer = :reviewer and a.submittedRevision = 0 and a.conflictDeclaredAt is null and c.status = :open"
                + " and c.reviewOpens <= :today and c.reviewCloses >= :today", ReviewAssignment.class)
                .setParameter("reviewer", user.getUsername()).setParameter("open", CycleStatus.OPEN).setParameter("today", today)
                .getResultList()).size();
    }

    /**
     * The reviewer's nominees of one category of one cycle side by side; refused (403) when the
     * reviewer has no sheet there they may open, alike for a cycle or category that does not exist.
     */
    public ComparisonJson comparison(long cycleId, String category, Locale locale) {
        requireReviewer();
        List<ReviewAssignment> mine = openable(em.createNamedQuery(ReviewAssignment.OF_REVIEWER, ReviewAssignment.class)
                .setParameter("reviewer", user.getUsername()).getResultList()).stream()
                .filter(a -> !a.declared() && a.getNomination().getCycle().getId() == cycleId && a.getNomination().getCategory().equals(category))
                .sorted(Comparator.comparing((ReviewAssignment a) -> a.getNomination().getId())).toList();
        if (mine.isEmpty()) {
            throw new Forbidden("no nominations of this category for this reviewer");
        }
        AwardCycle cycle = mine.getFirst().getNomination().getCycle();
        Set<Long> drafted = Set.copyOf(drafted());
        List<ComparisonRowJson> rows = mine.stream().map(a -> {
            Nomination n = a.getNomination();
            ReviewRevision latest = a.submitted() ? em.createNamedQuery(ReviewRevision.OF_ASSIGNMENT, ReviewRevision.class)
                    .setParameter("assignment", a.getId()).getResultList().getLast() : null;
            Map<String, Integer> scores = latest != null ? latest.sheet().scores() : a.draft().scores();
            String state = latest != null ? "SUBMITTED" : drafted.contains(a.getId()) ? "DRAFT" : "TODO";
            return new ComparisonRowJson(a.getId(), n.getId(), n.getTalent().getName(), state, scores,
                    latest != null ? latest.getTotal() : complete(cycle, scores), evidence.of(n, locale));
        }).toList();
        return new ComparisonJson(cycle.getId(), cycle.getAwardYear(), category,
                mapper.categoryNames(locale).getOrDefault(category, category), cycle.rubric().criteria(), rows);
    }

    /** a draft's total once every criterion is scored within its range, else none */
    private static BigDecimal complete(AwardCycle cycle, Map<String, Integer> scores) {
        try {
            return BigDecimal.valueOf(cycle.rubric().total(scores)).setScale(2, RoundingMode.HALF_UP);
        } catch (DomainViolation incomplete) {
            return null;
        }
    }

    /** the reviewer's assignments with a saved draft and nothing submitted yet, for the queue's 草稿 */
    public List<Long> drafted() {
        requireReviewer();
        return em.createQuery("select a.id from ReviewAssignment a where a.reviewer = :reviewer and a.draftJson is not null"
                + " and a.submittedRevision = 0", Long.class).setParameter("reviewer", user.getUsername()).getResultList();
    }

    public ReviewJson find(long assignmentId, Locale locale) {
        ReviewAssignment a = mineToOpen(assignmentId);
        return json(a, locale);
    }

    public ReviewJson saveDraft(long assignmentId, SheetInput input, Locale locale) {
        ReviewAssignment a = mineToOpen(assignmentId);
        Versions.check(a.getVersion(), input == null ? null : input.version(), "review", assignmentId);
        AwardCycle cycle = a.getNomination().getCycle();
        cycle.requireReviewWindow(LocalDate.now(clock));
        a.saveDraft(sheet(input), cycle.rubric());
        Versions.flush(em, "review", assignmentId); // the same reviewer saving from two tabs at once: the second is told
        return json(a, locale);
    }

    public ReviewJson submit(long assignmentId, SheetInput input, Locale locale) {
        ReviewAssignment a = mineToOpen(assignmentId);
        if (input != null && a.resubmits(sheet(input), a.getNomination().getCycle().rubric(), input.reason(), lastRevision(a))) {
            return json(a, locale); // the same sheet again: answered as it stands, nothing stored
        }
        Versions.check(a.getVersion(), input == null ? null : input.version(), "review", assignmentId);
        AwardCycle cycle = records.lockedCycle(a.getNomination().getCycle().getId()); // the rubric as it stands while this is stored
        cycle.requireReviewWindow(LocalDate.now(clock));
        ReviewRevision r = a.submit(sheet(input), cycle.rubric(), input.reason(), clock);
        em.persist(r);
        Versions.flush(em, "review", assignmentId);
        AwardAction action = r.getRevision() == 1 ? AwardAction.REVIEW_SUBMITTED
                : a.flag() == ReviewAssignment.Flag.CHANGE ? AwardAction.REVIEW_CHANGE_FLAGGED : AwardAction.REVIEW_CHANGED;
        records.audit(cycle, a.getNomination().getId(), action,
                AwardSteps.scored(r, cycle.rubric(), action == AwardAction.REVIEW_CHANGE_FLAGGED ? a.getOthersSeenAt() : null));
        return json(a, locale);
    }

    private ReviewRevision lastRevision(ReviewAssignment a) {
        List<ReviewRevision> all = em.createNamedQuery(ReviewRevision.OF_ASSIGNMENT, ReviewRevision.class)
                .setParameter("assignment", a.getId()).getResultList();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** steps aside from a nomination; afterwards the reviewer cannot open it and their scores do not count */
    public void declareConflict(long assignmentId, String reason) {
        ReviewAssignment a = mineToOpen(assignmentId);
        a.getNomination().getCycle().requireOpen();
        a.declareConflict(reason, clock);
        em.flush();
        boolean late = a.flag() == ReviewAssignment.Flag.CONFLICT;
        records.audit(a.getNomination().getCycle(), a.getNomination().getId(), late ? AwardAction.CONFLICT_FLAGGED
                : AwardAction.CONFLICT_DECLARED, AwardSteps.conflict(reason.strip(), late ? a.getOthersSeenAt() : null));
    }

    // ---- who may open what

    /**
     * Refuses a reviewer a nomination they are not assigned to, have declared a conflict on, or are
     * found in the data to have a conflict with — the same 403 for each, and for a missing id.
     */
    static void requireAllowedToOpen(EntityManager em, Nomination n, String reviewer) {
        ReviewAssignment a = em.createNamedQuery(ReviewAssignment.OF_NOMINATION, ReviewAssignment.class).setParameter("nomination", n.getId())
                .getResultList().stream().filter(x -> x.getReviewer().equals(reviewer)).findFirst().orElse(null);
        if (a == null || a.declared() || conflictedInData(em, n, reviewer)) {
            throw new Forbidden("not a nomination this reviewer may open");
        }
    }

    private static boolean conflictedInData(EntityManager em, Nomination n, String reviewer) {
        return !CycleConflicts.of(em, List.of(n), List.of(reviewer)).isEmpty();
    }

    private ReviewAssignment mineToOpen(long assignmentId) {
        requireReviewer();
        ReviewAssignment a = em.find(ReviewAssignment.class, assignmentId);
        if (a == null || !a.getReviewer().equals(user.getUsername())) {
            throw new Forbidden("not this reviewer's assignment");
        }
        requireAllowedToOpen(em, a.getNomination(), user.getUsername());
        return a;
    }

    private void requireReviewer() {
        user.requireRole("reviews are the committee's", Role.REVIEWER);
    }

    private static ReviewSheet sheet(SheetInput input) {
        if (input.comment() != null && input.comment().length() > 2000) {
            throw DomainViolation.of("comment", "validation.size2000");
        }
        if (input.comments() != null && input.comments().values().stream().anyMatch(c -> c != null && c.length() > 1000)) {
            throw DomainViolation.of("comments", "validation.size1000");
        }
        return new ReviewSheet(input.scores() == null ? null : withoutNulls(input.scores()), input.comments() == null ? null
                : withoutNulls(input.comments()), input.comment() == null || input.comment().isBlank() ? null : input.comment().strip());
    }

    private static <V> java.util.Map<String, V> withoutNulls(java.util.Map<String, V> m) {
        java.util.Map<String, V> copy = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    private ReviewJson json(ReviewAssignment a, Locale locale) {
        Nomination n = a.getNomination();
        AwardCycle cycle = n.getCycle();
        ReviewSheet draft = a.draft();
        List<ReviewRevision> revisions = em.createNamedQuery(ReviewRevision.OF_ASSIGNMENT, ReviewRevision.class)
                .setParameter("assignment", a.getId()).getResultList();
        BigDecimal total = revisions.isEmpty() ? null : revisions.getLast().getTotal();
        List<OthersJson> others = new ArrayList<>();
        if (a.submitted()) {
            List<ReviewAssignment> all = em.createNamedQuery(ReviewAssignment.OF_NOMINATION, ReviewAssignment.class)
                    .setParameter("nomination", n.getId()).getResultList();
            int letter = 0;
            for (ReviewAssignment other : all) {
                if (other.getId().equals(a.getId()) || !other.submitted() || other.declared()
                        || conflictedInData(em, n, other.getReviewer())) {
                    continue;
                }
                ReviewRevision latest = em.createNamedQuery(ReviewRevision.OF_ASSIGNMENT, ReviewRevision.class)
                        .setParameter("assignment", other.getId()).getResultList().getLast();
                ReviewSheet s = latest.sheet();
                others.add(new OthersJson(String.valueOf(LETTERS.charAt(letter++ % LETTERS.length())), latest.getTotal(), s.scores(), s.comment()));
            }
        }
        if (!others.isEmpty() && a.getOthersSeenAt() == null) {
            // served to the reviewer from here on: what they change or declare later waits for the office
            a.sawOthers(clock);
            Versions.flush(em, "review", a.getId());
        }
        return new ReviewJson(a.getId(), mapper.json(n, locale, null, null), cycle.rubric().criteria(), draft.scores(), draft.comments(),
                draft.comment(), a.getSubmittedRevision(), total, cycle.isReviewOpen(LocalDate.now(clock)),
                revisions.stream().map(r -> new RevisionJson(r.getRevision(), r.getTotal(), r.getChangeReason(), r.getSubmittedAt(),
                        r.sheet().scores())).toList(), others, !a.submitted(), a.flag() == null ? null : a.flag().name(), a.getVersion(),
                evidence.of(n, locale));
    }
}
