package cn.wulian.liancai.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.text.Collator;
import java.util.List;
import java.util.Locale;

/** The values a text attribute takes in the data, for a page's menu to offer what was typed or imported beside its list. */
public final class DistinctValues {

    private DistinctValues() {
    }

    /**
     * @param entity    an entity with a {@code platform} reference, e.g. {@code Team}
     * @param attribute a text attribute of it (a name of the code's, never the caller's)
     * @param platform  the platform's code to read only its records, or null for all
     * @return the values in Chinese collation order
     */
    public static List<String> of(EntityManager em, String entity, String attribute, String platform) {
        String jpql = "select distinct e." + attribute + " from " + entity + " e where e." + attribute + " is not null"
                + (platform == null ? "" : " and e.platform.code = :platform");
        TypedQuery<String> query = em.createQuery(jpql, String.class);
        if (platform != null) {
            query.setParameter("platform", platform);
        }
        return query.getResultList().stream().sorted(Collator.getInstance(Locale.CHINA)).toList();
    }
}
