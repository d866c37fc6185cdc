package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.talent.entity.Talent;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a talent appears in the search index: every role may find talents; only staff may match on
 * (and so see) phone, e-mail and WeChat.
 */
public final class TalentDocuments {

    public static final String TYPE = "talent";
    public static final Set<String> READERS = Set.of("role:OFFICE", "role:ADMIN", "role:PLATFORM_MANAGER", "role:REVIEWER");
    public static final Set<String> PERSONAL_READERS = Set.of("role:OFFICE", "role:ADMIN");

    private TalentDocuments() {
    }

    public static IndexedDocument of(Talent t) {
        String text = Stream.of(
                        Stream.of(t.getName(), t.getTownship() == null ? null : t.getTownship().getName(), t.getVillage(),
                                t.getSchool(), t.getMajor(), t.getCity(), t.getEmployer(), t.getTitle()),
                        t.getExpertise().stream(),
                        Stream.of(t.getReferrerName(), t.getNotes()))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String personal = Stream.of(t.getPhone(), t.getEmail(), t.getWechat())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return new IndexedDocument(TYPE, t.getId(), t.getVersion(), t.getName(), text, personal, READERS, PERSONAL_READERS);
    }
}
