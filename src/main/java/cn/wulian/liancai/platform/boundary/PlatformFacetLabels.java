package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.boundary.FacetLabels;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The platform facet of teams and projects by the platforms' names. */
@ApplicationScoped
public class PlatformFacetLabels implements FacetLabels {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Map<String, String>> labels(Locale locale) {
        boolean english = "en".equals(Messages.supported(locale).getLanguage());
        return Map.of("platform", em.createQuery("select p from Platform p order by p.id", Platform.class).getResultList().stream()
                .collect(Collectors.toMap(Platform::getCode, p -> p.label(english), (a, b) -> a, LinkedHashMap::new)));
    }
}
