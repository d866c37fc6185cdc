package cn.wulian.liancai.search.control;

import static cn.wulian.liancai.search.control.TalentCorpus.OFFICE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing, replacing and removing documents, their stamps and the schema marker. */
class LuceneIndexMaintenanceTest {

    @TempDir
    Path dir;

    LuceneIndex index;

    @BeforeEach
    void open() {
        index = LuceneIndex.open(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void upsertReplacesDocumentWithSameTypeAndId() {
        index.upsert(doc("talent", 1, 1, "苹果"));
        index.upsert(doc("talent", 1, 2, "香蕉"));
        assertAll(
                () -> assertEquals(Set.of(), keys("苹果")),
                () -> assertEquals(Set.of("talent:1"), keys("香蕉")),
                () -> assertEquals(1, search("香蕉").total()),
                () -> assertEquals(Map.of(1L, "2"), index.stamps("talent")));
    }

    @Test
    void anOlderVersionArrivingLateDoesNotReplaceANewerOne() {
        index.upsert(doc("talent", 1, 3, "香蕉"));
        index.upsert(doc("talent", 1, 2, "苹果"));
        assertAll(
                () -> assertEquals(Set.of(), keys("苹果")),
                () -> assertEquals(Set.of("talent:1"), keys("香蕉")),
                () -> assertEquals(Map.of(1L, "3"), index.stamps("talent")));
    }

    @Test
    void aDocumentShowingAnOlderNameArrivingLateDoesNotReplaceOneShowingTheNewer() {
        // two renames of a team's leader (talent versions 4 and 5): the team itself stays at version 2
        index.upsert(stamped("team", 1, "2.1.5", "新名团队"));
        index.upsert(stamped("team", 1, "2.1.4", "旧名团队"));
        assertAll(
                () -> assertEquals(Set.of("team:1"), keys("新名团队")),
                () -> assertEquals(Set.of(), keys("旧名团队")),
                () -> assertEquals(Map.of(1L, "2.1.5"), index.stamps("team")));
    }

    @Test
    void severalDocumentsAreWrittenAtOnceWithoutMakingThePartialIndexCurrent() {
        index.upsert(List.of(doc("talent", 7, 3, "新名甲"), stamped("team", 1, "2.1.3", "新名甲 团队"), stamped("project", 4, "6.-.2.3.-", "新名甲 项目")));
        assertAll(
                () -> assertEquals(Set.of("talent:7", "team:1", "project:4"), keys("新名甲")),
                () -> assertEquals(Map.of(4L, "6.-.2.3.-"), index.stamps("project")),
                () -> assertFalse(index.schemaCurrent(), "a few documents do not make a partial index current"));
    }

    @Test
    void sameIdInAnotherTypeIsAnotherDocument() {
        index.upsert(doc("talent", 1, 1, "苹果"));
        index.upsert(doc("team", 1, 1, "苹果"));
        assertEquals(Set.of("talent:1", "team:1"), keys("苹果"));
    }

    @Test
    void deleteRemovesOnlyThatDocument() {
        index.upsertAll(List.of(doc("talent", 1, 1, "苹果"), doc("talent", 2, 1, "苹果"), doc("team", 1, 1, "苹果")));
        index.delete("talent", 1);
        index.delete("talent", 42);
        assertEquals(Set.of("talent:2", "team:1"), keys("苹果"));
    }

    @Test
    void replaceAllSwapsOneTypeAndLeavesOthers() {
        index.upsertAll(List.of(doc("talent", 1, 1, "苹果"), doc("talent", 2, 1, "苹果"), doc("team", 1, 1, "苹果")));
        index.replaceAll("talent", List.of(doc("talent", 2, 5, "苹果"), doc("talent", 3, 1, "苹果")));
        assertAll(
                () -> assertEquals(Set.of("talent:2", "talent:3", "team:1"), keys("苹果")),
                () -> assertEquals(Map.of(2L, "5", 3L, "1"), index.stamps("talent")),
                () -> assertEquals(Map.of(1L, "1"), index.stamps("team")));
    }

    @Test
    void replaceAllRejectsDocumentsOfAnotherTypeAndChangesNothing() {
        index.upsert(doc("talent", 1, 1, "苹果"));
        assertThrows(IllegalArgumentException.class,
                () -> index.replaceAll("talent", List.of(doc("talent", 2, 1, "苹果"), doc("team", 3, 1, "苹果"))));
        assertEquals(Set.of("talent:1"), keys("苹果"));
    }

    @Test
    void stampsListsEveryDocumentOfTheType() {
        index.upsertAll(List.of(doc("talent", 1, 3, "a"), doc("talent", 2, 7, "b"), doc("team", 9, 1, "c")));
        assertAll(
                () -> assertEquals(Map.of(1L, "3", 2L, "7"), index.stamps("talent")),
                () -> assertEquals(Map.of(9L, "1"), index.stamps("team")),
                () -> assertEquals(Map.of(), index.stamps("project")));
    }

    @Test
    void changesSurviveReopening() {
        index.upsert(doc("talent", 1, 4, "蓮才"));
        index.close();
        index = LuceneIndex.open(dir);
        assertAll(
                () -> assertEquals(Set.of("talent:1"), keys("莲才")),
                () -> assertEquals(Map.of(1L, "4"), index.stamps("talent")));
    }

    @Test
    void newIndexIsNotCurrentUntilABulkWrite() {
        assertFalse(index.schemaCurrent());
        index.upsert(doc("talent", 1, 1, "a"));
        assertFalse(index.schemaCurrent(), "a single upsert does not make a partial index current");
        index.close();
        index = LuceneIndex.open(dir);
        assertFalse(index.schemaCurrent(), "nor does it record the schema");
        index.upsertAll(List.of(doc("talent", 2, 1, "b")));
        assertTrue(index.schemaCurrent());
        index.close();
        index = LuceneIndex.open(dir);
        assertTrue(index.schemaCurrent());
    }

    @Test
    void singleWritesKeepTheRecordedSchema() {
        index.replaceAll("talent", List.of(doc("talent", 1, 1, "a")));
        index.upsert(doc("talent", 2, 1, "b"));
        index.delete("talent", 1);
        index.close();
        index = LuceneIndex.open(dir);
        assertTrue(index.schemaCurrent());
    }

    @Test
    void indexOfAnOlderSchemaIsNotCurrentUntilRebuilt() throws Exception {
        index.close();
        Path old = Files.createDirectories(dir.resolve("old"));
        try (FSDirectory directory = FSDirectory.open(old);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(LuceneIndex.SCHEMA_KEY, "liancai-search/0").entrySet());
            writer.commit();
        }
        index = LuceneIndex.open(old);
        assertFalse(index.schemaCurrent());
        index.replaceAll("talent", List.of(doc("talent", 1, 1, "a")));
        assertTrue(index.schemaCurrent());
        index.close();
        index = LuceneIndex.open(old);
        assertTrue(index.schemaCurrent());
    }

    @Test
    void opensIntoMissingDirectory() {
        Path nested = dir.resolve("a/b/index");
        try (LuceneIndex other = LuceneIndex.open(nested)) {
            other.upsert(doc("talent", 1, 1, "a"));
            assertTrue(Files.isDirectory(nested));
            assertEquals(Map.of(1L, "1"), other.stamps("talent"));
        }
    }

    @Test
    void concurrentUpsertsAreAllVisible() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = LongStream.rangeClosed(1, 40)
                    .<Future<?>>mapToObj(id -> pool.submit(() -> index.upsert(doc("talent", id, id, "并发"))))
                    .toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<Long, String> expected = LongStream.rangeClosed(1, 40).boxed().collect(Collectors.toMap(id -> id, String::valueOf));
        assertAll(
                () -> assertEquals(expected, index.stamps("talent")),
                () -> assertEquals(40, search("并发").total()));
    }

    @Test
    void showsStartOfTextWhenNothingInItMatches() {
        String text = "<p>" + "简介".repeat(60);
        index.upsert(new IndexedDocument("talent", 1, 1, "标题词", text, "", Set.of(OFFICE), Set.of()));
        SearchHit hit = search("标题词").hits().get(0);
        assertEquals("&lt;p&gt;" + "简介".repeat(38) + "简…", hit.highlight());
    }

    @Test
    void rejectsInvalidDocumentsAndRequests() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> doc("Talent", 1, 1, "a")),
                () -> assertThrows(IllegalArgumentException.class, () -> doc("tal:ent", 1, 1, "a")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new SearchRequest("a", Set.of(OFFICE), Set.of(), -1, 10)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new SearchRequest("a", Set.of(OFFICE), Set.of(), 0, 0)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new SearchRequest("a", Set.of(OFFICE), Set.of(), 0, SearchRequest.MAX_LIMIT + 1)));
    }

    private SearchResult search(String query) {
        return index.search(new SearchRequest(query, Set.of(OFFICE), Set.of(), 0, 50));
    }

    private Set<String> keys(String query) {
        return search(query).hits().stream().map(hit -> hit.type() + ":" + hit.id()).collect(Collectors.toSet());
    }

    private static IndexedDocument stamped(String type, long id, String stamp, String text) {
        return new IndexedDocument(type, id, stamp, text, text, "", Set.of(OFFICE), Set.of(OFFICE));
    }

    private static IndexedDocument doc(String type, long id, long version, String text) {
        return new IndexedDocument(type, id, version, text, text, "", Set.of(OFFICE), Set.of(OFFICE));
    }
}
