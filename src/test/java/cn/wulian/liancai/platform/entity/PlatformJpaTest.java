package cn.wulian.liancai.platform.entity;

import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.persistence.TestDatabase;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Platforms on embedded Derby with the schema Liquibase builds: the kind is stored as the
 * programme's word (as platforms.csv and older rows have it), two platforms never share a name, and
 * the database itself refuses negative areas and workstations.
 */
class PlatformJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @AfterEach
    void clear() {
        db.clear();
    }

    @Test
    void theKindIsStoredAsTheProgrammesWordAndARowWrittenBeforeReadsAsItsKind() {
        long id = db.inTransaction(em -> persist(em, new Platform("shibei", PlatformTest.fatong(), PlatformTest.CLOCK)).getId());
        assertEquals(List.of(List.of("众创空间")), db.query("SELECT kind FROM platform WHERE id = ?", id));
        db.update("UPDATE platform SET kind = '产业园' WHERE id = ?", id);
        assertEquals(PlatformKind.PARK, db.read(em -> em.find(Platform.class, id)).getKind());
    }

    @Test
    void twoPlatformsNeverShareAName() {
        db.run(em -> persist(em, new Platform("fatong", PlatformTest.fatong(), PlatformTest.CLOCK)));
        assertThrows(PersistenceException.class, () -> db.run(em -> persist(em, new Platform("fatong-2", PlatformTest.fatong(), PlatformTest.CLOCK))));
        assertEquals(List.of(List.of(1)), db.query("SELECT COUNT(*) FROM platform"));
    }

    @Test
    void theDatabaseRefusesNegativeFigures() {
        long id = db.inTransaction(em -> persist(em, new Platform("fatong", PlatformTest.fatong(), PlatformTest.CLOCK)).getId());
        for (String sql : List.of("UPDATE platform SET workstations = -1 WHERE id = ?", "UPDATE platform SET area_m2 = -0.5 WHERE id = ?")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> db.update(sql, id));
            assertEquals("23513", ((SQLException) refused.getCause()).getSQLState(), "a CHECK constraint refused it: " + sql);
        }
        assertEquals(List.of(List.of(120)), db.query("SELECT workstations FROM platform WHERE id = ?", id));
    }
}
