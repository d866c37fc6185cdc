package cn.wulian.liancai.award.control;

import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.talent.control.RecordsNamingTalents;
import cn.wulian.liancai.talent.control.TalentErased;
import cn.wulian.liancai.talent.entity.MergeMove;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Nominations in a merge of two talents: the merged record's nominations are the survivor's, so
 * that a reviewer related to either record is in conflict with them. A person is nominated once
 * per category and cycle: where both records are, the merge is refused until one nomination is
 * withdrawn.
 */
@ApplicationScoped
public class NominationMergeParticipant extends RecordsNamingTalents<Nomination> {

    @PersistenceContext
    EntityManager em;

    public NominationMergeParticipant() {
        super("NOMINATION", Nomination.class);
    }

    /** outside the container: tests */
    public NominationMergeParticipant(EntityManager em) {
        this();
        this.em = em;
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected List<Long> idsNaming(Talent talent) {
        return em.createQuery("select n.id from Nomination n where n.talent.id = :id", Long.class).setParameter("id", talent.getId())
                .getResultList();
    }

    @Override
    public void check(MergeMove move, Talent from, Talent to) {
        Nomination n = record(move);
        long same = em.createNamedQuery(Nomination.SAME, Long.class).setParameter("cycle", n.getCycle().getId())
                .setParameter("category", n.getCategory()).setParameter("talent", to.getId()).getSingleResult();
        if (same > 0) {
            throw DomainViolation.of("mergedId", "validation.merge.nominatedTwice", n.getCycle().getAwardYear(), n.getCategory());
        }
    }

    @Override
    protected List<String> placesIn(Nomination nomination, Talent talent) {
        return Talent.same(nomination.getTalent(), talent) ? List.of("talent") : List.of();
    }

    @Override
    protected Talent at(Nomination nomination, String place) {
        return nomination.getTalent();
    }

    @Override
    protected void rename(Nomination nomination, String place, Talent from, Talent to) {
        nomination.renameTalent(from, to);
    }

    /** a nomination carries no version: that it still names the survivor is what undo can check */
    /** an erased talent's name goes from the records made for them: found by it in lists and search before */
    @Override
    protected void forget(Nomination nomination, TalentErased erased) {
        nomination.forgetName(erased.formerName(), erased.placeholder());
    }

    @Override
    protected Long versionOf(Nomination nomination) {
        return null;
    }

    @Override
    protected String label(Nomination nomination) {
        return nomination.getCycle().getAwardYear() + " " + nomination.getCategory();
    }
}
