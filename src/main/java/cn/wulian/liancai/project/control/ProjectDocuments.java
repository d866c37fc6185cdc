package cn.wulian.liancai.project.control;

import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.search.control.IndexedDocument;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a project appears in search: found by office staff, and by the managers of the platform
 * that houses it — the same people who see it in lists. Projects hold no personal data.
 */
public final class ProjectDocuments {

    public static final String TYPE = "project";

    private ProjectDocuments() {
    }

    public static IndexedDocument of(Project p) {
        String text = Stream.of(p.getTitle(), p.getIndustry(), p.getLocation(), p.getCountyLeader(),
                        p.getPlatform() == null ? null : p.getPlatform().getName(),
                        p.getTeam() == null ? null : p.getTeam().getName(),
                        p.getLeadTalent() == null ? null : p.getLeadTalent().getName(),
                        p.getTownship() == null ? null : p.getTownship().getName(),
                        p.recommenderLabel(), p.getDescription())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        Set<String> readers = new LinkedHashSet<>(Set.of("role:OFFICE", "role:ADMIN"));
        if (p.getPlatform() != null) {
            readers.add("platform:" + p.getPlatform().getCode());
        }
        return new IndexedDocument(TYPE, p.getId(), p.getVersion(), p.getTitle(), text, "", readers, Set.of());
    }
}
