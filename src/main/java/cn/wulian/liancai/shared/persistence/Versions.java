package cn.wulian.liancai.shared.persistence;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic locking as the facades use it: every change of an existing record names the version
 * the caller read, that version must still be the record's, and a concurrent change found at flush
 * is the same 409 as one found before.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * Refuses a change that does not say which version it was made on (400 naming {@code version})
     * and one made on a version that is no longer the record's ({@link StaleVersion}, 409).
     *
     * @param what the kind of record, as {@link StaleVersion} names it ("team", "award cycle")
     */
    public static void check(long current, Number sent, String what, Object id) {
        if (sent == null) {
            throw DomainViolation.of("version", "validation.version.required");
        }
        if (sent.longValue() != current) {
            throw new StaleVersion(what, id);
        }
    }

    /** flushes, turning a concurrent change into {@link StaleVersion} */
    public static void flush(EntityManager em, String what, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new StaleVersion(what, id);
        }
    }
}
