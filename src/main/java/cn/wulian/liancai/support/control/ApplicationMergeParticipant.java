package cn.wulian.liancai.support.control;

import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.talent.control.RecordsNamingTalents;
import cn.wulian.liancai.talent.control.TalentErased;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Applications in a merge of two talents: the merged record's applications are the survivor's, so
 * that a policy's cap per person counts them together.
 */
@ApplicationScoped
public class ApplicationMergeParticipant extends RecordsNamingTalents<Application> {

    @PersistenceContext
    EntityManager em;

    public ApplicationMergeParticipant() {
        super("APPLICATION", Application.class);
    }

    /** outside the container: tests */
    public ApplicationMergeParticipant(EntityManager em) {
        this();
        this.em = em;
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected List<Long> idsNaming(Talent talent) {
        return em.createQuery("select a.id from Application a where a.talent.id = :id", Long.class).setParameter("id", talent.getId())
                .getResultList();
    }

    @Override
    protected List<String> placesIn(Application application, Talent talent) {
        return Talent.same(application.getTalent(), talent) ? List.of("talent") : List.of();
    }

    @Override
    protected Talent at(Application application, String place) {
        return application.getTalent();
    }

    @Override
    protected void rename(Application application, String place, Talent from, Talent to) {
        application.renameTalent(from, to);
    }

    /** an erased talent's name goes from the records made for them: found by it in lists and search before */
    @Override
    protected void forget(Application application, TalentErased erased) {
        application.forgetTalentsName(erased.placeholder());
    }

    @Override
    protected Long versionOf(Application application) {
        return application.getVersion();
    }

    @Override
    protected String label(Application application) {
        return application.getPolicyCode() + " · " + application.getStatus();
    }
}
