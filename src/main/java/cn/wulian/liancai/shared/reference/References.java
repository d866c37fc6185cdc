package cn.wulian.liancai.shared.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The one in-use check before a delete: asks every feature's {@link Referrers} whether its records
 * refer to the record, so that a feature adding a reference adds it to the check by implementing
 * the contract, and the feature that deletes never counts other features' rows itself.
 */
@ApplicationScoped
public class References {

    /** how many referring records the refusal names; the rest are counted */
    static final int NAMED = 10;

    @Inject
    @Any
    Instance<Referrers> referrers;

    /** @throws InUse when any record refers to the target, naming the first few */
    public void requireUnused(Referred target) {
        Found found = new Found(target, NAMED);
        referrers.forEach(r -> r.collect(target, found));
        if (found.total() > 0) {
            throw new InUse(target, found.named(), found.total());
        }
    }

    /** the records that refer to the target, at most {@code most} of them named: what a person's data report lists */
    public List<Reference> of(Referred target, int most) {
        Found found = new Found(target, most);
        referrers.forEach(r -> r.collect(target, found));
        return found.named();
    }

    public void requireUnused(RecordKind kind, long id) {
        requireUnused(Referred.of(kind, id));
    }
}
