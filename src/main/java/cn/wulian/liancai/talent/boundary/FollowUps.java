package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.entity.FollowUpDue;
import cn.wulian.liancai.talent.entity.Interaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The calling officer's open follow-ups as a week's plan — overdue, this week, later — and moving
 * one to another day. Logging the contact that closes a follow-up is {@link Talents#log}, the same
 * use case as on the profile. Office staff and administrators only.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Talents talents;

    /** one group of the plan: how many follow-ups it holds, and the first of them by day */
    public record Group(String key, long count, List<InteractionJson> rows) {
    }

    /** the caller's open follow-ups in their three groups, up to {@code rows} of each */
    public List<Group> plan(int rows) {
        user.requireStaff("follow-ups are the office's");
        LocalDate today = LocalDate.now(clock);
        return Arrays.stream(FollowUpDue.values()).map(due -> new Group(due.name(), count(due, today),
                em.createNamedQuery(Interaction.OPEN_FOLLOW_UPS, Interaction.class)
                        .setParameter("officer", user.getUsername())
                        .setParameter("from", due.from(today)).setParameter("until", due.until(today))
                        .setMaxResults(rows).getResultList().stream().map(talents::json).toList())).toList();
    }

    /** the follow-ups waiting on the caller this week, overdue ones included: the navigation's badge */
    public long waiting() {
        user.requireStaff("follow-ups are the office's");
        LocalDate today = LocalDate.now(clock);
        return count(FollowUpDue.OVERDUE, today) + count(FollowUpDue.THIS_WEEK, today);
    }

    /**
     * Moves an open follow-up to another day. Only the talent's latest contact holds an open
     * follow-up: an earlier one was closed by the contact after it, and moving it would reopen nothing.
     */
    public InteractionJson reschedule(long talentId, long interactionId, LocalDate on) {
        user.requireStaff("follow-ups are the office's");
        Interaction i = em.find(Interaction.class, interactionId);
        if (i == null || i.getTalent().getId() != talentId) {
            throw new NotFound("interaction", interactionId);
        }
        long later = em.createNamedQuery(Interaction.LATER_CONTACTS, Long.class)
                .setParameter("talent", i.getTalent()).setParameter("at", i.getOccurredAt()).getSingleResult();
        if (i.getFollowUpOn() == null || later > 0) {
            throw DomainViolation.of("followUpOn", "validation.followUp.closed");
        }
        i.rescheduleFollowUp(on, clock);
        em.flush();
        return talents.json(i);
    }

    private long count(FollowUpDue due, LocalDate today) {
        return em.createNamedQuery(Interaction.OPEN_FOLLOW_UPS_COUNT, Long.class)
                .setParameter("officer", user.getUsername())
                .setParameter("from", due.from(today)).setParameter("until", due.until(today))
                .getSingleResult();
    }
}
