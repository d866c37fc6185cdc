package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The award cycles taking nominations today (open, within their nomination window): a platform
 * manager's chance to put their people forward, hence the badge of 评选 for managers and a section of
 * their 工作台. The office runs the cycles and needs no reminder of them.
 */
@ApplicationScoped
public class OpenNominations implements WorkCount {

    private static final String OPEN = " from AwardCycle c where c.status = :open and c.nominationOpens <= :today and c.nominationCloses >= :today";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** a cycle taking nominations, until when */
    public record Row(long id, String name, LocalDate closes) {
    }

    @Override
    public String entry() {
        return "awards";
    }

    @Override
    public long count(CurrentUser caller) {
        return caller.isManager() ? today(em.createQuery("select count(c)" + OPEN, Long.class)).getSingleResult() : 0;
    }

    /** the cycles the caller may nominate in today, the one closing first first */
    public List<Row> cycles() {
        user.requireStaffOrManager("nominations are made by the office and platform managers");
        return today(em.createQuery("select c" + OPEN + " order by c.nominationCloses, c.id", AwardCycle.class)).getResultList().stream()
                .map(c -> new Row(c.getId(), c.getName(), c.getNominationCloses())).toList();
    }

    private <T> TypedQuery<T> today(TypedQuery<T> query) {
        return query.setParameter("open", CycleStatus.OPEN).setParameter("today", LocalDate.now(clock));
    }
}
