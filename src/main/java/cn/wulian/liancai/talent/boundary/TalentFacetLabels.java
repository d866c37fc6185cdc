package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.search.boundary.FacetLabels;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A talent's facets by their names: the hometown township, the degree and the stage. */
@ApplicationScoped
public class TalentFacetLabels implements FacetLabels {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Map<String, String>> labels(Locale locale) {
        boolean english = "en".equals(Messages.supported(locale).getLanguage());
        Map<String, String> townships = em.createQuery("select t from Township t order by t.id", Township.class).getResultList().stream()
                .collect(Collectors.toMap(Township::getCode, t -> t.label(english), (a, b) -> a, LinkedHashMap::new));
        return Map.of("township", townships,
                "degree", FacetLabels.named(Degree.values(), "enum.Degree.", locale),
                "stage", FacetLabels.named(Stage.values(), "enum.Stage.", locale));
    }
}
