package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.talent.entity.DuplicateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the talents saved before the duplicate keys existed (a database upgraded past 017) their
 * keys, so that "find duplicates" finds their old duplicates too. The name key needs ICU, which
 * SQL does not have, hence at start and not in the migration. Written with bulk updates: the keys
 * are derived data, no change of the record (its version, the index and the trail stay as they are).
 * Once done, the start finds nothing to do.
 */
@ApplicationScoped
public class TalentKeysAtStart {

    private static final Logger LOG = Logger.getLogger(TalentKeysAtStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void fillMissing() {
        List<Object[]> rows = em.createQuery("select t.id, t.name, t.phone, t.email, t.wechat from Talent t"
                + " where t.nameKey is null and t.erasedAt is null", Object[].class).getResultList();
        for (Object[] r : rows) {
            em.createQuery("update Talent t set t.nameKey = :n, t.phoneKey = :p, t.emailKey = :e, t.wechatKey = :w where t.id = :id")
                    .setParameter("n", DuplicateKeys.nameKey((String) r[1])).setParameter("p", DuplicateKeys.phoneKey((String) r[2]))
                    .setParameter("e", DuplicateKeys.emailKey((String) r[3])).setParameter("w", DuplicateKeys.wechatKey((String) r[4]))
                    .setParameter("id", r[0]).executeUpdate();
        }
        if (!rows.isEmpty()) {
            LOG.info(() -> "duplicate keys filled in for " + rows.size() + " talents saved before they existed");
        }
    }
}
