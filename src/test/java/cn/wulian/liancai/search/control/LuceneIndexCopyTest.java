package cn.wulian.liancai.search.control;

import static cn.wulian.liancai.search.control.TalentCorpus.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of the index for a backup: taken at a commit while another thread writes, checked, put back. */
class LuceneIndexCopyTest {

    @TempDir
    Path dir;

    @Test
    void aCopyTakenWhileAnotherThreadWritesIsAWholeCommitThatOpens() throws Exception {
        Path live = dir.resolve("live");
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (LuceneIndex index = LuceneIndex.open(live)) {
            index.upsertAll(docs(0, 200));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger(200);
            CountDownLatch writing = new CountDownLatch(20);
            // one commit per document: many commits (and merges deleting older segments) during the copies
            Future<?> writes = writer.submit(() -> {
                while (!stop.get()) {
                    int n = written.getAndIncrement();
                    index.upsert(doc(n));
                    if (n % 3 == 0) {
                        index.delete("talent", n - 150);
                    }
                    writing.countDown();
                }
                return null;
            });
            assertTrue(writing.await(30, TimeUnit.SECONDS), "the writer runs");
            List<Path> copies = new ArrayList<>();
            List<Long> counted = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Path copy = dir.resolve("copy" + i);
                counted.add(index.copyTo(copy));
                copies.add(copy);
            }
            stop.set(true);
            writes.get(30, TimeUnit.SECONDS);

            for (int i = 0; i < copies.size(); i++) {
                long docs = LuceneIndex.verifyCopy(copies.get(i));
                assertEquals(counted.get(i), docs, "the copy holds the commit it counted");
                assertTrue(docs >= 200 - 200 / 3 && docs <= written.get(), "a plausible number: " + docs);
                try (LuceneIndex opened = LuceneIndex.open(copies.get(i))) {
                    // a whole index of its own: searchable, its stamps one per document, its schema recorded
                    assertEquals(docs, opened.stamps("talent").size());
                    assertTrue(opened.schemaCurrent());
                    assertEquals(1, opened.search(new SearchRequest("第七号人才", Set.of(OFFICE), Set.of(), 0, 10)).total());
                }
            }
            assertTrue(counted.get(0) <= counted.get(copies.size() - 1) + 200, "copies follow the writes");
            // the snapshots were released: the live folder keeps the files of the latest commit only
            index.upsert(doc(100_000));
            try (Stream<Path> files = Files.list(live)) {
                assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("segments_")).count());
            }
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void aCopyIsRestoredInPlaceOfAnotherIndexOnlyWhileNoWriterHoldsIt() {
        Path live = dir.resolve("live");
        Path copy = dir.resolve("copy");
        Path restored = dir.resolve("restored");
        try (LuceneIndex index = LuceneIndex.open(live)) {
            index.upsertAll(docs(0, 10));
            assertEquals(10, index.copyTo(copy));
            index.upsertAll(docs(10, 20));
            IllegalStateException inUse = assertThrows(IllegalStateException.class, () -> LuceneIndex.restoreCopy(copy, live));
            assertTrue(inUse.getMessage().contains("stop the application"), inUse.getMessage());
        }
        try (LuceneIndex other = LuceneIndex.open(restored)) {
            other.upsertAll(docs(500, 520));
        }
        LuceneIndex.restoreCopy(copy, restored);
        try (LuceneIndex index = LuceneIndex.open(restored)) {
            Map<Long, String> stamps = index.stamps("talent");
            assertEquals(10, stamps.size(), "the copy's documents, and none of the index it replaced: " + stamps.keySet());
            assertTrue(stamps.keySet().stream().allMatch(id -> id < 10));
        }
    }

    @Test
    void aDamagedCopyIsReportedNotCounted() throws Exception {
        Path copy = dir.resolve("copy");
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("live"))) {
            index.upsertAll(docs(0, 50));
            index.copyTo(copy);
        }
        Path segments;
        try (Stream<Path> files = Files.list(copy)) {
            segments = files.filter(f -> f.getFileName().toString().endsWith(".cfs") || f.getFileName().toString().endsWith(".fdt"))
                    .findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(segments);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(segments, bytes);
        assertThrows(IllegalStateException.class, () -> LuceneIndex.verifyCopy(copy));
        assertThrows(IllegalStateException.class, () -> LuceneIndex.verifyCopy(dir.resolve("missing")));
    }

    private static List<IndexedDocument> docs(int from, int to) {
        List<IndexedDocument> docs = new ArrayList<>();
        for (int n = from; n < to; n++) {
            docs.add(doc(n));
        }
        return docs;
    }

    private static IndexedDocument doc(int n) {
        String text = n == 7 ? "第七号人才" : "人才 " + n;
        return new IndexedDocument("talent", n, 1, text, text, "", Set.of(OFFICE), Set.of(OFFICE));
    }
}
