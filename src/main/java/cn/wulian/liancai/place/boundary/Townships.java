package cn.wulian.liancai.place.boundary;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.DomainViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The county's townships, as the features that record a hometown or a landing place look them up. */
@ApplicationScoped
public class Townships {

    @PersistenceContext
    EntityManager em;

    /** a township by its statistics code or its name; blank means "outside the county / not known" */
    public Township find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        String v = codeOrName.strip();
        return em.createQuery("select t from Township t where t.code = :v or t.name = :v", Township.class)
                .setParameter("v", v).getResultStream().findFirst()
                .orElseThrow(() -> DomainViolation.of("township", "validation.township.unknown"));
    }

    public List<Township> all() {
        return em.createNamedQuery(Township.ALL, Township.class).getResultList();
    }
}
