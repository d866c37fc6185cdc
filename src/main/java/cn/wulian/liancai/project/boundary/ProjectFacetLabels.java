package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.search.boundary.FacetLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/**
 * A project's stage by its name (签约 for {@code SIGNED}): projects fill the search's stage facet
 * beside the talents' stages, whose codes differ. The platform and township are named by their
 * own features.
 */
@ApplicationScoped
public class ProjectFacetLabels implements FacetLabels {

    @Override
    public Map<String, Map<String, String>> labels(Locale locale) {
        return Map.of("stage", FacetLabels.named(ProjectStage.values(), "enum.ProjectStage.", locale));
    }
}
