package cn.wulian.liancai.project.control;

import cn.wulian.liancai.project.entity.Project;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Projects that want attention, as count queries for the navigation's badges and short lists for
 * the 工作台, of one platform or (platform null) the county's.
 * <ul>
 * <li>update due: no progress update reported in the window that keeps a red flag, for a project
 *     opened before that window began (a new project has had no time to report);</li>
 * <li>yellow: some milestone due before today and not met by today — {@code FlagRules}' yellow
 *     flag, asked of the database.</li>
 * </ul>
 */
public class ProjectsDue {

    private static final String UPDATE_DUE = " p.openedOn < :since"
            + " and not exists (select u from ProgressUpdate u where u.project = p and u.reportedOn >= :since)";
    private static final String YELLOW = " exists (select m from Milestone m where m.project = p and m.dueOn < :today"
            + " and (m.metOn is null or m.metOn > :today))";

    private final EntityManager em;

    public ProjectsDue(EntityManager em) {
        this.em = em;
    }

    /** projects whose last update is older than {@code since} (or that have none) */
    public long updateDueCount(String platformCode, LocalDate since) {
        return scoped(em.createQuery("select count(p)" + from(platformCode) + UPDATE_DUE, Long.class), platformCode)
                .setParameter("since", since).getSingleResult();
    }

    /** up to {@code limit} of them, the longest open first */
    public List<Project> updateDue(String platformCode, LocalDate since, int limit) {
        return scoped(em.createQuery("select p" + from(platformCode) + UPDATE_DUE + " order by p.openedOn, p.id", Project.class), platformCode)
                .setParameter("since", since).setMaxResults(limit).getResultList();
    }

    public long yellowCount(String platformCode, LocalDate today) {
        return scoped(em.createQuery("select count(p)" + from(platformCode) + YELLOW, Long.class), platformCode)
                .setParameter("today", today).getSingleResult();
    }

    // the platform's condition only when there is one: Derby refuses a parameter tested for null
    private static String from(String platformCode) {
        return platformCode == null ? " from Project p where" : " from Project p join p.platform pf where pf.code = :platform and";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, String platformCode) {
        return platformCode == null ? query : query.setParameter("platform", platformCode);
    }
}
