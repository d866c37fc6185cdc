package cn.wulian.liancai.project.control;

import cn.wulian.liancai.platform.boundary.PlatformFigureSource;
import cn.wulian.liancai.platform.boundary.PlatformFigures;
import cn.wulian.liancai.project.entity.ProjectStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;

/** The projects' part of every platform's figures: how many, how many landed, and the investment landed. */
@ApplicationScoped
public class ProjectFigures implements PlatformFigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public void addTo(Map<Long, PlatformFigures> byPlatformId) {
        for (Object[] row : em.createQuery("select p.platform.id, p.stage, count(p), sum(p.actualInvestment) from Project p"
                + " where p.platform is not null group by p.platform.id, p.stage", Object[].class).getResultList()) {
            PlatformFigures f = byPlatformId.computeIfAbsent((Long) row[0], id -> new PlatformFigures());
            long count = ((Number) row[2]).longValue();
            f.addProjects(count);
            if (((ProjectStage) row[1]).landed()) {
                f.addLanded(count, row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3]);
            }
        }
    }
}
