package cn.wulian.liancai.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.shared.persistence.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of a real Derby database (the application's schema) and a real index, taken while rows
 * are inserted, verified, and restored into a new data folder that then holds exactly the rows the
 * manifest counted.
 */
class BackupRestoreTest {

    private static final String OFFICE = "role:OFFICE";

    /** one database for the class: migrating one costs seconds; each test names its own rows */
    @TempDir
    static Path shared;

    private static EmbeddedDataSource live;
    private static int next;

    @TempDir
    Path dir;

    private LuceneIndex index;

    @BeforeAll
    static void migrate() throws SQLException {
        live = new EmbeddedDataSource();
        live.setDatabaseName(shared.resolve("data").resolve("db").toString());
        live.setCreateDatabase("create");
        try (Connection c = live.getConnection()) {
            Migrations.migrate(c);
        }
    }

    @AfterAll
    static void shutDownLive() {
        shutDown(shared.resolve("data").resolve("db"));
    }

    @BeforeEach
    void open() {
        // the data folder of a running application: its database (shared) and its index, held by a writer
        index = LuceneIndex.open(shared.resolve("data").resolve("index"));
        index.replaceAll("talent", List.of());
    }

    @AfterEach
    void close() {
        index.close();
        shutDown(dir.resolve("restored").resolve("db"));
    }

    @Test
    void aBackupTakenWhileRowsAreWrittenRestoresToExactlyTheRowsItCounted() throws Exception {
        insertTownships(50);
        index.upsertAll(List.of(doc(1), doc(2)));
        ExecutorService writer = Executors.newSingleThreadExecutor();
        AtomicBoolean stop = new AtomicBoolean();
        Manifest manifest;
        try {
            Future<Integer> writes = writer.submit(() -> {
                int n = 0;
                while (!stop.get() && n < 5_000) {
                    insertTownships(1);
                    n++;
                }
                return n;
            });
            Path folder = new BackupFolders(dir.resolve("backups")).create(java.time.ZonedDateTime.now());
            manifest = new BackupRun(live, index::copyTo, LuceneIndex::verifyCopy, Clock.systemUTC()).run(folder);
            stop.set(true);
            assertTrue(writes.get(60, TimeUnit.SECONDS) > 0, "rows were written during the backup");
            assertTrue(manifest.verified(), manifest.problem());
            assertEquals("Apache Derby", manifest.database());
            assertTrue(manifest.schema().matches("\\d+ change sets, last .+"), manifest.schema());
            assertTrue(manifest.rows().get("township") >= 50, manifest.rows().toString());
            assertEquals(2, manifest.indexDocs());
            assertEquals(manifest, Manifest.readFrom(folder), "the manifest reads back as written");

            Path restored = dir.resolve("restored");
            Manifest again = Restore.restore(folder, restored, false);
            assertEquals(manifest, again);
            EmbeddedDataSource copy = new EmbeddedDataSource();
            copy.setDatabaseName(restored.resolve("db").toString());
            try (Connection c = copy.getConnection()) {
                assertEquals(manifest.rows().get("township"), Tables.count(c, "TOWNSHIP"), "exactly the rows the backup counted");
            }
            try (LuceneIndex restoredIndex = LuceneIndex.open(restored.resolve("index"))) {
                assertEquals(2, restoredIndex.stamps("talent").size());
            }
            IllegalStateException notEmpty = assertThrows(IllegalStateException.class, () -> Restore.restore(folder, restored, false));
            assertTrue(notEmpty.getMessage().contains("-Doverwrite=true"), notEmpty.getMessage());
        } finally {
            stop.set(true);
            writer.shutdownNow();
        }
    }

    @Test
    void aFailedVerificationIsWrittenDownAndSuchABackupIsNotRestored() throws Exception {
        Path folder = new BackupFolders(dir.resolve("backups")).create(java.time.ZonedDateTime.now());
        // an index copy that does not hold what its commit held
        Manifest manifest = new BackupRun(live, index::copyTo, copy -> LuceneIndex.verifyCopy(copy) + 1, Clock.systemUTC()).run(folder);
        assertFalse(manifest.verified());
        assertTrue(manifest.problem().contains("documents"), manifest.problem());
        assertFalse(Manifest.readFrom(folder).verified());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Restore.restore(folder, dir.resolve("restored"), false));
        assertTrue(refused.getMessage().contains("verification"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("restored").resolve("db")));

        IllegalArgumentException notABackup = assertThrows(IllegalArgumentException.class,
                () -> Restore.restore(shared.resolve("data"), dir.resolve("restored"), false));
        assertTrue(notABackup.getMessage().contains(Manifest.FILE), notABackup.getMessage());
    }

    @Test
    void aRestoreIntoTheDataOfARunningApplicationIsRefusedBeforeAnythingChanges() throws Exception {
        Path folder = new BackupFolders(dir.resolve("backups")).create(java.time.ZonedDateTime.now());
        assertTrue(new BackupRun(live, index::copyTo, LuceneIndex::verifyCopy, Clock.systemUTC()).run(folder).verified());
        insertTownships(3);
        long before = townships();
        IllegalStateException inUse = assertThrows(IllegalStateException.class, () -> Restore.restore(folder, shared.resolve("data"), true));
        assertTrue(inUse.getMessage().contains("stop the application"), inUse.getMessage());
        assertEquals(before, townships(), "the database was not touched");
    }

    private static synchronized void insertTownships(int count) throws SQLException {
        try (Connection c = live.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO township (code, name) VALUES (?, ?)")) {
            for (int i = 0; i < count; i++) {
                int n = next++;
                insert.setString(1, "T" + n);
                insert.setString(2, "乡镇" + n);
                insert.executeUpdate();
            }
        }
    }

    private static long townships() throws SQLException {
        try (Connection c = live.getConnection()) {
            return Tables.count(c, "TOWNSHIP");
        }
    }

    private static IndexedDocument doc(long id) {
        return new IndexedDocument("talent", id, 1, "人才" + id, "人才" + id, "", Set.of(OFFICE), Set.of(OFFICE));
    }

    private static void shutDown(Path database) {
        if (Files.exists(database)) {
            EmbeddedDataSource source = new EmbeddedDataSource();
            source.setDatabaseName(database.toString());
            source.setShutdownDatabase("shutdown");
            try {
                source.getConnection().close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
        }
    }
}
