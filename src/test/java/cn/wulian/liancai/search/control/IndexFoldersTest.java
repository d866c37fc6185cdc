package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild's swap interrupted at any step (the server killed) ends, at the next open, with one
 * index: the complete new one if it was complete, the old one otherwise, and nothing beside it.
 */
class IndexFoldersTest {

    private static final Set<String> OFFICE = Set.of("role:OFFICE");

    @TempDir
    Path data;

    private Path index() {
        return data.resolve("index");
    }

    /** an index in {@code folder} holding one talent document with {@code text} */
    private static void indexWith(Path folder, String text) {
        try (LuceneIndex i = LuceneIndex.open(folder)) {
            i.upsertAll(java.util.List.of(new IndexedDocument("talent", 1, "1", text, text, "", OFFICE, Set.of())));
        }
    }

    private String settledHolds() {
        IndexFolders.settle(index());
        try (LuceneIndex i = LuceneIndex.open(index())) {
            var hits = i.search(new SearchRequest("旧 OR 新", OFFICE, Set.of(), 0, 5)).hits();
            return hits.isEmpty() ? "nothing" : hits.getFirst().title();
        }
    }

    private Set<String> folders() throws Exception {
        try (var files = Files.list(data)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void aHalfBuiltRebuildIsDiscarded() throws Exception {
        indexWith(index(), "旧");
        indexWith(IndexFolders.building(index()), "新");
        assertEquals("旧", settledHolds());
        assertEquals(Set.of("index"), folders());
    }

    @Test
    void aCompleteRebuildNotYetMovedTakesThePlace() throws Exception {
        indexWith(index(), "旧");
        indexWith(IndexFolders.building(index()), "新");
        IndexFolders.markComplete(index());
        assertEquals("新", settledHolds());
        assertEquals(Set.of("index"), folders());
    }

    @Test
    void aSwapStoppedAfterMovingTheOldIndexAsideIsFinished() throws Exception {
        indexWith(IndexFolders.replaced(index()), "旧");
        indexWith(IndexFolders.complete(index()), "新");
        assertEquals("新", settledHolds());
        assertEquals(Set.of("index"), folders());
    }

    @Test
    void aSwapStoppedBeforeTheOldIndexWasDeletedKeepsTheNewOne() throws Exception {
        indexWith(IndexFolders.replaced(index()), "旧");
        indexWith(index(), "新");
        assertEquals("新", settledHolds());
        assertEquals(Set.of("index"), folders());
    }

    @Test
    void anOldIndexAloneIsPutBack() throws Exception {
        indexWith(IndexFolders.replaced(index()), "旧");
        assertEquals("旧", settledHolds());
        assertEquals(Set.of("index"), folders());
    }

    @Test
    void withoutLeftoversNothingChanges() throws Exception {
        indexWith(index(), "旧");
        assertEquals("旧", settledHolds());
        IndexFolders.settle(index());
        assertEquals(Set.of("index"), folders());
    }

    @Test
    void aRestoredIndexDropsTheLeftoversOfARebuild() throws Exception {
        indexWith(data.resolve("copy"), "旧");
        indexWith(index(), "其他");
        indexWith(IndexFolders.building(index()), "新");
        indexWith(IndexFolders.replaced(index()), "新");
        LuceneIndex.restoreCopy(data.resolve("copy"), index());
        assertEquals("旧", settledHolds());
        assertEquals(Set.of("index", "copy"), folders());
    }
}
