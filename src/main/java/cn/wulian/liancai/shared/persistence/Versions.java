package cn.wulian.liancai.shared.persistence;

import cn.wulian.liancai.shared.StaleVersion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic locking as the facades use it: the version a caller read must still be the record's,
 * and a concurrent change found at flush is the same 409 as one found before.
 */
public final class Versions {

    private Versions() {
    }

    /** refuses a change made on a version that is no longer the record's; no version sent means no check */
    public static void check(long current, Long sent, String what, long id) {
        if (sent != null && sent != current) {
            throw new StaleVersion(what, id);
        }
    }

    /** flushes, turning a concurrent change into {@link StaleVersion} */
    public static void flush(EntityManager em, String what, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new StaleVersion(what, id);
        }
    }
}
