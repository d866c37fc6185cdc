package cn.wulian.liancai.support.control;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.Stamp;
import cn.wulian.liancai.support.entity.Policy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a support policy appears in search: its current version, found by everyone who reads the
 * policies — office staff, administrators and platform managers, not reviewers ({@code
 * Policies}) — by its name, code, description and terms in words (for whom, what it gives, the
 * rule). Policies hold no personal data.
 *
 * <p>The document is the current version's, under that version's id: an edit makes a new version,
 * so it replaces the document of the one before. A stored version never changes (but for being
 * superseded), so the stamp is its version number; it shows no other record's name.
 */
public final class PolicyDocuments {

    public static final String TYPE = "policy";
    /** the readers of policies: every role but the committee's */
    public static final Set<String> READERS = Set.of("role:OFFICE", "role:ADMIN", "role:PLATFORM_MANAGER");
    /** the rows {@link #stamps} reads: the current versions */
    public static final String STAMP_ROWS = "select p.id, p.version from Policy p where p.supersededAt is null";

    private PolicyDocuments() {
    }

    /** @param terms the policy's terms in words, in the order a reader takes them: for whom, what it gives, the rule */
    public static IndexedDocument of(Policy p, List<String> terms) {
        String text = Stream.concat(Stream.of(p.getName(), p.getCode(), p.getDescription()), terms.stream())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return new IndexedDocument(TYPE, p.getId(), Stamp.of(p.getVersion()), p.getName(), text, "", READERS, Set.of())
                .with(Map.of(), p.getCreatedAt());
    }

    /** policy id → the stamp its document would carry now, from the rows of {@link #STAMP_ROWS} */
    public static Map<Long, String> stamps(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> Stamp.of(((Number) row[1]).longValue())));
    }
}
