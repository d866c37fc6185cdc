package cn.wulian.liancai.team.control;

import cn.wulian.liancai.platform.boundary.PlatformFigureSource;
import cn.wulian.liancai.platform.boundary.PlatformFigures;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;

/** The teams' part of every platform's figures: counted in three grouped queries, whatever the number of teams. */
@ApplicationScoped
public class TeamFigures implements PlatformFigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public void addTo(Map<Long, PlatformFigures> byPlatformId) {
        for (Object[] row : em.createQuery("select t.platform.id, t.status, count(t), sum(t.headcount) from Team t"
                + " group by t.platform.id, t.status", Object[].class).getResultList()) {
            PlatformFigures f = byPlatformId.computeIfAbsent((Long) row[0], id -> new PlatformFigures());
            long teams = ((Number) row[2]).longValue();
            long people = row[3] == null ? 0 : ((Number) row[3]).longValue();
            switch ((TeamStatus) row[1]) {
                case INCUBATING -> f.addIncubating(teams, people);
                case GRADUATED -> f.addGraduated(teams, people);
                case EXITED -> f.addExited(teams);
                case SUBMITTED, APPROVED -> f.addInPipeline(teams);
                case DRAFT, RETURNED -> { } // not yet the platform's
            }
        }
        for (Object[] row : em.createQuery("select t.platform.id, count(i) from Team t join t.ip i group by t.platform.id", Object[].class)
                .getResultList()) {
            byPlatformId.computeIfAbsent((Long) row[0], id -> new PlatformFigures()).addIpItems(((Number) row[1]).longValue());
        }
        for (Object[] row : em.createQuery("select t.platform.id, sum(f.amount) from Team t join t.financing f group by t.platform.id",
                Object[].class).getResultList()) {
            byPlatformId.computeIfAbsent((Long) row[0], id -> new PlatformFigures()).addFinancing((BigDecimal) row[1]);
        }
    }
}
