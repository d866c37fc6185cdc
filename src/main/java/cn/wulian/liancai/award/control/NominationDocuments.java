package cn.wulian.liancai.award.control;

import cn.wulian.liancai.award.entity.Achievement;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.platform.control.PlatformDocuments;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.Stamp;
import cn.wulian.liancai.talent.control.TalentDocuments;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How a nomination for the award appears in search: found by office staff and administrators, and
 * by the managers of the platform it was made from — those who may open it ({@code
 * AwardRecords.nomination}). Reviewers search nothing: their nominations come to them assigned.
 * It is found by the nominee's name, the cycle, the category (both languages), the statement and
 * the achievements' titles; never by the nominee's contact data, and not by the decision, which the
 * cycle publishes.
 *
 * <p>A nomination's own text never changes once made, so its stamp is {@code 0}, then the versions
 * of the nominee and of the nominating platform ({@code -} without one), whose names it shows. The
 * cycle's and the category's names carry no version the stamp could hold: the award's facades
 * rewrite the documents of a cycle or a category when its name changes.
 */
public final class NominationDocuments {

    public static final String TYPE = "nomination";

    private NominationDocuments() {
    }

    /** @param category the nomination's category, null if it is gone (its code is shown then) */
    public static IndexedDocument of(Nomination n, AwardCategory category) {
        String categoryName = category == null ? n.getCategory() : category.label(false);
        // the category's English name is found by an English search but not shown beside the words a Chinese search hits
        // (the snippet read 2026 创新创业类 Innovation and entrepreneurship on a Chinese page)
        String text = IndexedDocument.text(
                Stream.concat(Stream.of(n.getTalent().getName(), n.getCycle().getName(), String.valueOf(n.getCycle().getAwardYear()), categoryName,
                                n.getPlatform() == null ? null : n.getPlatform().getName(), n.getStatement()),
                        n.achievements().stream().map(Achievement::title)),
                Stream.of(category == null ? null : category.label(true)));
        Set<String> readers = new LinkedHashSet<>(Set.of("role:OFFICE", "role:ADMIN"));
        if (n.getPlatform() != null) {
            readers.add("platform:" + n.getPlatform().getCode());
        }
        Map<String, Object> facets = new HashMap<>();
        facets.put("platform", n.getPlatform() == null ? null : n.getPlatform().getCode());
        String title = n.getTalent().getName() + " · " + n.getCycle().getAwardYear() + " " + categoryName;
        return new IndexedDocument(TYPE, n.getId(), stamp(n.getTalent().getVersion(), n.getPlatform() == null ? null : n.getPlatform().getVersion()),
                title, text, "", readers, Set.of()).with(facets, n.getSubmittedAt());
    }

    /**
     * Type of a record the document shows → the condition (on {@code n}, the record's id as {@code
     * :id}) that finds the nominations showing it: those of a talent, those made from a platform.
     */
    public static final Map<String, String> SHOWING = Map.of(
            TalentDocuments.TYPE, "n.talent.id = :id",
            PlatformDocuments.TYPE, "n.platform.id = :id");

    /** the rows {@link #stamps} reads: the nominee's version, the platform's id and version */
    public static final String STAMP_ROWS = "select n.id, t.version, p.id, p.version from Nomination n join n.talent t left join n.platform p";

    /** nomination id → the stamp its document would carry now, from the rows of {@link #STAMP_ROWS} */
    public static Map<Long, String> stamps(List<Object[]> rows) {
        Map<Long, String> stamps = new HashMap<>();
        for (Object[] row : rows) {
            stamps.put((Long) row[0], stamp((Long) row[1], IndexSource.versionAt(row, 2)));
        }
        return stamps;
    }

    private static String stamp(long talent, Long platform) {
        return Stamp.of(0, talent, platform);
    }
}
