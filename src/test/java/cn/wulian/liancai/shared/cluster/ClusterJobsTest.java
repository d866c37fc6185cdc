package cn.wulian.liancai.shared.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.persistence.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** the claim of a job's period on a real Derby database: one instance wins, however many try at once */
class ClusterJobsTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theFirstClaimOfAPeriodWinsAndTheNextPeriodIsFreeAgain() throws Exception {
        Timestamp now = Timestamp.from(Instant.parse("2026-12-06T02:30:00Z"));
        try (Connection c = db.connection()) {
            assertTrue(ClusterJobs.claim(c, "daily-backup", "2026-12-06", "instance-a", now));
            assertFalse(ClusterJobs.claim(c, "daily-backup", "2026-12-06", "instance-b", now));
            assertTrue(ClusterJobs.claim(c, "daily-backup", "2026-12-07", "instance-b", now));
            assertTrue(ClusterJobs.claim(c, "change-log-prune", "2026-12-06", "instance-b", now));
        }
        assertEquals(List.of(List.of("instance-a")), db.query("SELECT origin FROM cluster_job WHERE job = ? AND period = ?",
                "daily-backup", "2026-12-06"));
    }

    @Test
    void ofEightAtOnceExactlyOneWins() throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String origin = "instance-" + i;
                claims.add(() -> {
                    try (Connection c = db.connection()) {
                        return ClusterJobs.claim(c, "ranking", "2026-11", origin, now);
                    }
                });
            }
            int won = 0;
            for (Future<Boolean> f : pool.invokeAll(claims)) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdown();
        }
    }
}
