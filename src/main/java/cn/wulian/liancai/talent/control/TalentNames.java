package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.account.boundary.LinkedTalents;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Names the talent an account is linked to, for the account feature below. */
@ApplicationScoped
public class TalentNames implements LinkedTalents {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<String> nameOf(long talentId) {
        return Optional.ofNullable(em.find(Talent.class, talentId)).map(Talent::getName);
    }
}
