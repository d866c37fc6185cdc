package cn.wulian.liancai.search.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grants of the callers the features' search tests ask as ({@code CurrentUser.grants()}), and
 * the stamps of a source's documents, to hold against what its {@code stamps()} reads.
 */
public final class Callers {

    public static final Set<String> OFFICE = Set.of("role:OFFICE");
    public static final Set<String> FATONG = Set.of("role:PLATFORM_MANAGER", "platform:fatong");
    public static final Set<String> KUNSHAN = Set.of("role:PLATFORM_MANAGER", "platform:kunshan");
    /** a reviewer's grant: the search box refuses them, and no document names it either */
    public static final Set<String> REVIEWER = Set.of("role:REVIEWER");

    private Callers() {
    }

    /** id → stamp of the documents */
    public static Map<Long, String> stamps(List<IndexedDocument> docs) {
        return docs.stream().collect(Collectors.toMap(IndexedDocument::id, IndexedDocument::stamp));
    }
}
