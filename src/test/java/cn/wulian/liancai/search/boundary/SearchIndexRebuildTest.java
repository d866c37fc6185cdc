package cn.wulian.liancai.search.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full rebuild is built beside the index in use and swapped in: searches made all the while
 * find every document, a change saved during the build is in the new index, a second request
 * starts nothing, a failure leaves the index in use as it was.
 */
class SearchIndexRebuildTest {

    private static final Set<String> OFFICE = Set.of("role:OFFICE");
    private static final int TALENTS = 2500;

    @TempDir
    Path dir;

    private SearchIndex search;

    /** talents handed a page at a time, each page after a pause (and after the first, waiting for the test) */
    static final class SlowSource extends SearchIndexTest.Source {

        final CountDownLatch firstPageHanded = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);
        volatile RuntimeException failAfterFirstPage;
        /** the start-up's writing goes at once; the rebuild's waits */
        volatile boolean slow;

        SlowSource(String type) {
            super(type);
        }

        @Override
        public void eachDocument(int pageSize, Consumer<List<IndexedDocument>> page) {
            List<IndexedDocument> all = List.copyOf(records.values());
            if (!slow) {
                super.eachDocument(pageSize, page);
                return;
            }
            for (int from = 0; from < all.size(); from += pageSize) {
                page.accept(all.subList(from, Math.min(all.size(), from + pageSize)));
                if (from == 0) {
                    firstPageHanded.countDown();
                    await(goOn);
                    if (failAfterFirstPage != null) {
                        throw failAfterFirstPage;
                    }
                }
                pause(50);
            }
        }
    }

    @BeforeEach
    void open() {
        search = new SearchIndex();
        search.dataDir = dir.toString();
    }

    @AfterEach
    void close() {
        search.close();
    }

    private static SlowSource talents() {
        SlowSource talents = new SlowSource("talent");
        for (long id = 1; id <= TALENTS; id++) {
            talents.put(id, "1", "莲才 " + id);
        }
        return talents;
    }

    @Test
    void searchesFindEveryDocumentWhileTheIndexIsRebuiltAndSwapped() throws Exception {
        SlowSource talents = talents();
        SearchIndexTest.Source teams = new SearchIndexTest.Source("team").put(1, "1.1.1", "甲团队 莲才 1");
        List<IndexSource> sources = List.of(talents, teams);
        search.synchronize(sources);
        assertEquals(TALENTS, total("莲才", "talent"));

        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicLong searches = new AtomicLong();
        CountDownLatch stop = new CountDownLatch(1);
        List<Thread> searchers = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            searchers.add(Thread.ofPlatform().start(() -> {
                while (stop.getCount() > 0) {
                    try {
                        long found = total("莲才", "talent");
                        if (found != TALENTS) {
                            wrong.add("found " + found);
                        }
                        searches.incrementAndGet();
                    } catch (RuntimeException e) {
                        wrong.add(e.toString());
                    }
                }
            }));
        }

        talents.slow = true;
        SearchIndex.Start start = search.startRebuild(sources, "office");
        assertTrue(start.began());
        assertEquals(TALENTS + 1, start.status().total());
        assertTrue(talents.firstPageHanded.await(10, TimeUnit.SECONDS));
        assertTrue(Files.isDirectory(dir.resolve("index.rebuild")), "built beside the index in use");

        SearchIndex.Start again = search.startRebuild(sources, "admin");
        assertFalse(again.began(), "one rebuild at a time");
        assertEquals("office", again.status().startedBy());

        // saved while the first page is already written into the new index: the old one gets it now, the new one at the swap
        talents.put(7, "2", "莲才 7 新名七");
        search.apply(new IndexWrite(IndexChange.upsert(talents.records.get(7L)), List.of()));
        assertEquals(Set.of("talent:7"), keys("新名七"));
        talents.goOn.countDown();

        RebuildStatus done = awaitEnd();
        stop.countDown();
        for (Thread t : searchers) {
            t.join();
        }
        assertAll(
                () -> assertEquals(RebuildStatus.Phase.DONE, done.phase(), () -> String.valueOf(done.error())),
                () -> assertEquals(TALENTS + 1, done.done()),
                () -> assertEquals(100, done.percent()),
                () -> assertNotNull(done.finished()),
                () -> assertEquals(List.of(), wrong.stream().distinct().toList(), "every search found every talent"),
                () -> assertTrue(searches.get() > 10, "searches ran during the rebuild: " + searches.get()),
                () -> assertEquals(Set.of("talent:7"), keys("新名七"), "the change saved during the build is in the new index"),
                () -> assertEquals(TALENTS, total("莲才", "talent")),
                () -> assertEquals(Set.of("index"), folders(), "nothing left beside the index"));

        Path backup = dir.resolve("backup");
        assertEquals(TALENTS + 1, search.backupTo(backup), "a backup copies the new index");
        assertEquals(TALENTS + 1, SearchIndex.verifyCopy(backup));
    }

    @Test
    void aFailedRebuildLeavesTheIndexInUseAsItWas() throws Exception {
        SlowSource talents = talents();
        search.synchronize(List.of(talents));
        talents.failAfterFirstPage = new IllegalStateException("the database went away");
        talents.goOn.countDown();
        talents.slow = true;
        assertTrue(search.startRebuild(List.of(talents), "office").began());
        RebuildStatus failed = awaitEnd();
        assertAll(
                () -> assertEquals(RebuildStatus.Phase.FAILED, failed.phase()),
                () -> assertEquals("the database went away", failed.error()),
                () -> assertEquals(TALENTS, total("莲才", "talent")),
                () -> assertEquals(Set.of("index"), folders(), "the half-built index is gone"));
        talents.failAfterFirstPage = null;
        assertTrue(search.startRebuild(List.of(talents), "office").began(), "after a failure another may start");
        assertEquals(RebuildStatus.Phase.DONE, awaitEnd().phase());
    }

    @Test
    void aRebuildThatCannotCountItsDocumentsEndsAtOnceAndDoesNotBlockTheNext() throws Exception {
        SearchIndexTest.Source broken = new SearchIndexTest.Source("talent") {
            @Override
            public long count() {
                throw new IllegalStateException("no database");
            }
        };
        assertThrows(IllegalStateException.class, () -> search.startRebuild(List.of(broken), "office"));
        assertEquals(RebuildStatus.Phase.FAILED, statusOf().phase());
        assertEquals("no database", statusOf().error());
        assertTrue(search.startRebuild(List.of(), "office").began());
        assertEquals(RebuildStatus.Phase.DONE, awaitEnd().phase());
    }

    @Test
    void aRebuildWithoutSourcesLeavesAnEmptyIndexOfTheCurrentSchema() throws Exception {
        assertTrue(search.startRebuild(List.of(), "admin").began());
        RebuildStatus done = awaitEnd();
        assertEquals(RebuildStatus.Phase.DONE, done.phase(), done.error());
        assertEquals(0, done.total());
        assertSame(null, done.error());
    }

    private RebuildStatus awaitEnd() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            RebuildStatus status = statusOf();
            if (!status.running()) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the rebuild did not end: " + statusOf());
    }

    private RebuildStatus statusOf() {
        return search.lastRebuild();
    }

    private Set<String> folders() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private long total(String q, String type) {
        return search.search(new SearchRequest(q, OFFICE, Set.of(type), 0, 10)).total();
    }

    private Set<String> keys(String q) {
        return search.search(new SearchRequest(q, OFFICE, Set.of(), 0, 50)).hits().stream()
                .map(h -> h.type() + ":" + h.id()).collect(Collectors.toSet());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
