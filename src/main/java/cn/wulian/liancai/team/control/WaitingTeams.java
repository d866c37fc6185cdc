package cn.wulian.liancai.team.control;

import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform's teams waiting on its manager: returned by the office (to correct and resubmit) before
 * drafts (to complete and submit), the longest untouched first. Always one platform's: the caller
 * passes the manager's own.
 */
public class WaitingTeams {

    /** the statuses in which the next step is the manager's, in the order they are shown */
    public static final List<TeamStatus> ON_MANAGER = List.of(TeamStatus.RETURNED, TeamStatus.DRAFT);

    private final EntityManager em;

    public WaitingTeams(EntityManager em) {
        this.em = em;
    }

    public long count(String platformCode) {
        return em.createQuery("select count(t) from Team t join t.platform p where p.code = :platform and t.status in :s", Long.class)
                .setParameter("platform", platformCode).setParameter("s", ON_MANAGER).getSingleResult();
    }

    /** up to {@code limit} of them, returned ones first */
    public List<Team> first(String platformCode, int limit) {
        List<Team> teams = new ArrayList<>();
        for (TeamStatus status : ON_MANAGER) {
            if (teams.size() < limit) {
                teams.addAll(em.createQuery("select t from Team t join t.platform p where p.code = :platform and t.status = :s"
                                + " order by t.updatedAt, t.id", Team.class)
                        .setParameter("platform", platformCode).setParameter("s", status)
                        .setMaxResults(limit - teams.size()).getResultList());
            }
        }
        return teams;
    }
}
