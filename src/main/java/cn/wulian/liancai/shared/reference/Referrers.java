package cn.wulian.liancai.shared.reference;

/**
 * A feature's answer to "which of your records refer to this one?", asked before a record is
 * deleted. The feature that owns a reference declares it here, in its own package, so that the
 * feature owning the referred record need not know who builds on it (as {@code IndexSource} does
 * for search). Implementations are {@code @ApplicationScoped} CDI beans and run in the caller's
 * transaction.
 */
public interface Referrers {

    /** adds this feature's records that refer to the target to what was found; records of the target's own data are not references */
    void collect(Referred target, Found found);
}
