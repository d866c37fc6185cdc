package cn.wulian.liancai.project.control;

import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.platform.control.PlatformDocuments;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.Stamp;
import cn.wulian.liancai.talent.control.TalentDocuments;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.control.TeamDocuments;
import cn.wulian.liancai.team.entity.Team;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a project appears in search: found by office staff, and by the managers of the platform
 * that houses it — the same people who see it in lists. Projects hold no personal data.
 *
 * <p>The document shows the names of its platform, team, lead talent and recommending talent, so
 * its stamp holds their versions too, in that order ({@code -} for one it does not have). The
 * township's name is shown as well, but townships carry no version: a renamed township reaches the
 * document with the project's next change.
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
        String stamp = Stamp.of(p.getVersion(), versionOf(p.getPlatform(), Platform::getVersion), versionOf(p.getTeam(), Team::getVersion),
                versionOf(p.getLeadTalent(), Talent::getVersion), versionOf(p.getRecommenderTalent(), Talent::getVersion));
        Map<String, Object> facets = new HashMap<>();
        facets.put("platform", p.getPlatform() == null ? null : p.getPlatform().getCode());
        facets.put("industry", p.getIndustry());
        facets.put("township", p.getTownship() == null ? null : p.getTownship().getCode());
        facets.put("stage", p.getStage());
        facets.put("countyLeader", p.getCountyLeader());
        facets.put("team", p.getTeam() == null ? null : p.getTeam().getId());
        return new IndexedDocument(TYPE, p.getId(), stamp, p.getTitle(), text, "", readers, Set.of()).with(facets, p.getUpdatedAt())
                .withColumns(ProjectListing.columns(p));
    }

    /**
     * Type of a record the document shows → the condition (on {@code p}, the record's id as {@code
     * :id}) that finds the projects showing it, for {@code IndexSource.embedding}: the projects a
     * talent leads or recommended, those of a team, those of a platform. Each is a foreign key,
     * which Derby backs with an index.
     */
    public static final Map<String, String> SHOWING = Map.of(
            TalentDocuments.TYPE, "p.leadTalent.id = :id or p.recommenderTalent.id = :id",
            TeamDocuments.TYPE, "p.team.id = :id",
            PlatformDocuments.TYPE, "p.platform.id = :id");

    /**
     * the rows {@link #stamps} reads: the versions {@link #of} puts into the stamp, in the same
     * order, each left-joined record with its id, which tells whether it is there
     */
    public static final String STAMP_ROWS = "select p.id, p.version, pl.id, pl.version, t.id, t.version, l.id, l.version, r.id, r.version"
            + " from Project p"
            + " left join p.platform pl left join p.team t left join p.leadTalent l left join p.recommenderTalent r";

    /** project id → the stamp its document would carry now, from the rows of {@link #STAMP_ROWS} */
    public static Map<Long, String> stamps(List<Object[]> rows) {
        Map<Long, String> stamps = new HashMap<>();
        for (Object[] row : rows) {
            stamps.put((Long) row[0], Stamp.of((Long) row[1], IndexSource.versionAt(row, 2), IndexSource.versionAt(row, 4),
                    IndexSource.versionAt(row, 6), IndexSource.versionAt(row, 8)));
        }
        return stamps;
    }

    private static <T> Long versionOf(T record, Function<T, Long> version) {
        return record == null ? null : version.apply(record);
    }
}
