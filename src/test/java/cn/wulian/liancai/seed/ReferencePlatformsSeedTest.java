package cn.wulian.liancai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.persistence.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platforms of data-seed are the first set, loaded once: a platform the office deleted stays deleted. */
class ReferencePlatformsSeedTest {

    @TempDir
    Path dir;

    TestDatabase db;

    @BeforeEach
    void firstStart() {
        db = TestDatabase.create(dir);
        SeedLoaderTest.load(db, SeedLoader::loadReferenceData);
    }

    @AfterEach
    void shutDown() {
        db.close();
    }

    private long platforms() {
        return ((Number) db.query("SELECT COUNT(*) FROM platform").getFirst().getFirst()).longValue();
    }

    @Test
    void aDeletedPlatformStaysDeletedAtTheNextStart() {
        long seeded = SeedDataTest.rows(SeedDataTest.PLATFORMS).size();
        assertEquals(seeded, platforms());
        assertEquals(1, db.update("DELETE FROM platform WHERE code = ?", "kunshan"));
        SeedLoaderTest.load(db, SeedLoader::loadReferenceData);
        assertEquals(seeded - 1, platforms());
    }

    @Test
    void aDatabaseFromBeforeTheMarkerGetsTheMissingPlatformsOnce() {
        long seeded = SeedDataTest.rows(SeedDataTest.PLATFORMS).size();
        db.update("DELETE FROM seed_applied WHERE name = ?", SeedLoader.REFERENCE_PLATFORMS);
        db.update("DELETE FROM platform WHERE code = ?", "kunshan");
        SeedLoaderTest.load(db, SeedLoader::loadReferenceData);
        assertEquals(seeded, platforms());
        db.update("DELETE FROM platform WHERE code = ?", "kunshan");
        SeedLoaderTest.load(db, SeedLoader::loadReferenceData);
        assertEquals(seeded - 1, platforms());
    }
}
