package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.entity.Talent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a talent appears in the search index: office staff and platform managers find talents (a
 * reviewer searches nothing: their nominees come through the award); only staff may match on (and
 * so see in a snippet) phone, e-mail and WeChat, and the office's internal notes. School and employer
 * are values besides, which the search box suggests while typing.
 */
public final class TalentDocuments {

    public static final String TYPE = "talent";
    public static final Set<String> READERS = Set.of("role:OFFICE", "role:ADMIN", "role:PLATFORM_MANAGER");
    /** those who see contact data unmasked */
    public static final Set<String> PERSONAL_READERS = Set.of("role:OFFICE", "role:ADMIN");
    /**
     * The readers of the restricted text, which holds the contact data and the internal notes: only
     * those who may read both, so that widening either rule alone never shows the other.
     */
    static final Set<String> RESTRICTED_READERS = intersection(PERSONAL_READERS, CurrentUser.INTERNAL_NOTE_READERS);

    private TalentDocuments() {
    }

    public static IndexedDocument of(Talent t) {
        String text = Stream.of(
                        Stream.of(t.getName(), t.getTownship() == null ? null : t.getTownship().getName(), t.getVillage(),
                                t.getSchool(), t.getMajor(), t.getCity(), t.getEmployer(), t.getTitle()),
                        t.getExpertise().stream(),
                        Stream.of(t.getReferrerName()))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        // the notes are never public text: a manager must neither find a talent by them nor see them in a snippet
        String restricted = Stream.of(t.getPhone(), t.getEmail(), t.getWechat(), t.getNotes())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        Map<String, Object> facets = new HashMap<>();
        facets.put("township", t.getTownship() == null ? null : t.getTownship().getCode());
        facets.put("city", t.getCity());
        facets.put("degree", t.getDegree());
        facets.put("stage", t.getStage());
        facets.put("liaison", t.getLiaison() == null ? null : t.getLiaison().getUsername());
        // suggested as values while typing (SearchRequest.SUGGESTED_VALUES), to those who may find the talent
        facets.put("school", t.getSchool());
        facets.put("employer", t.getEmployer());
        return new IndexedDocument(TYPE, t.getId(), t.getVersion(), t.getName(), text, restricted, READERS, RESTRICTED_READERS)
                .with(facets, t.getUpdatedAt()).withColumns(TalentListing.columns(t));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return Set.copyOf(both);
    }
}
