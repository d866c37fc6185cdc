package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.RankingPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores a month's publication in a transaction of its own, so that losing a race to publish spoils nothing else. */
@ApplicationScoped
public class RankingPublications {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void publish(RankingPublication publication) {
        em.persist(publication);
        em.flush();
    }
}
