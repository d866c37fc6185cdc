package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The badge of 申请: for the office the applications waiting for its decision; for a manager their
 * platform's applications still under way (submitted, or approved and not fully paid), which they
 * follow for their teams and projects. Reviewers have none.
 */
@ApplicationScoped
public class ApplicationsWaiting implements WorkCount {

    /** a manager's applications in progress: not yet decided, or granted money not all paid out */
    public static final List<ApplicationStatus> IN_PROGRESS = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED,
            ApplicationStatus.GRANTED);

    @PersistenceContext
    EntityManager em;

    @Override
    public String entry() {
        return "applications";
    }

    @Override
    public long count(CurrentUser user) {
        if (user.isStaff()) {
            return em.createQuery("select count(a) from Application a where a.status = :s", Long.class)
                    .setParameter("s", ApplicationStatus.SUBMITTED).getSingleResult();
        }
        if (user.isManager() && user.platformCode() != null) {
            return em.createQuery("select count(a) from Application a join a.platform p where p.code = :platform and a.status in :s", Long.class)
                    .setParameter("platform", user.platformCode()).setParameter("s", IN_PROGRESS).getSingleResult();
        }
        return 0;
    }
}
