package cn.wulian.liancai.service.control;

import cn.wulian.liancai.service.entity.ServiceRequest;
import cn.wulian.liancai.talent.control.RecordsNamingTalents;
import cn.wulian.liancai.talent.control.TalentErased;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Service requests in a merge of two talents: the merged record's requests are the survivor's. */
@ApplicationScoped
public class ServiceMergeParticipant extends RecordsNamingTalents<ServiceRequest> {

    @PersistenceContext
    EntityManager em;

    public ServiceMergeParticipant() {
        super("SERVICE_REQUEST", ServiceRequest.class);
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected List<Long> idsNaming(Talent talent) {
        return em.createQuery("select r.id from ServiceRequest r where r.talent.id = :id", Long.class).setParameter("id", talent.getId())
                .getResultList();
    }

    @Override
    protected List<String> placesIn(ServiceRequest request, Talent talent) {
        return Talent.same(request.getTalent(), talent) ? List.of("talent") : List.of();
    }

    @Override
    protected Talent at(ServiceRequest request, String place) {
        return request.getTalent();
    }

    @Override
    protected void rename(ServiceRequest request, String place, Talent from, Talent to) {
        request.renameTalent(from, to);
    }

    /** an erased talent's name goes from the records made for them: found by it in lists and search before */
    @Override
    protected void forget(ServiceRequest request, TalentErased erased) {
        request.forgetTalentsName(erased.placeholder());
    }

    @Override
    protected Long versionOf(ServiceRequest request) {
        return request.getVersion();
    }

    @Override
    protected String label(ServiceRequest request) {
        return request.getKind().getName() + " · " + request.getStatus();
    }
}
