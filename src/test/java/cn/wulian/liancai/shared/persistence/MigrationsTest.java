package cn.wulian.liancai.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start finds the schema up to date without Liquibase only when the database records every change
 * set of this build that applies to it, named as Liquibase names them.
 */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void aMigratedDatabaseIsUpToDateAndOneChangeSetMissingIsNot() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + dir.resolve("db").toAbsolutePath() + ";create=true")) {
            assertFalse(Migrations.upToDate(c), "a fresh database has no changelog table");
            TestDatabase.migrate(c);
            assertTrue(Migrations.upToDate(c), "every change set recorded after a migration");

            Set<String> recorded = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT filename, id, author FROM databasechangelog")) {
                while (rows.next()) {
                    recorded.add(rows.getString(1) + "::" + rows.getString(2) + "::" + rows.getString(3));
                }
            }
            assertEquals(recorded, Migrations.changeSets("derby"), "the changelog read as Liquibase records it");

            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM databasechangelog WHERE id = '020-talent-import-keys'");
            }
            assertFalse(Migrations.upToDate(c), "a change set of a newer build not yet run: Liquibase runs");
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        }
    }

    @Test
    void aChangeSetForAnotherDatabaseIsNotExpected() {
        Set<String> derby = Migrations.changeSets("derby");
        Set<String> postgresql = Migrations.changeSets("postgresql");
        assertTrue(derby.contains("db/changelog/015-identity-ranges.xml::015-identity-ranges::liancai"));
        assertFalse(postgresql.contains("db/changelog/015-identity-ranges.xml::015-identity-ranges::liancai"));
        assertEquals(derby.size() - 1, postgresql.size());
    }

    @Test
    void dbmsListsNamesAndExclusions() {
        assertTrue(Migrations.appliesTo(null, "derby"));
        assertTrue(Migrations.appliesTo("derby, postgresql", "postgresql"));
        assertFalse(Migrations.appliesTo("derby", "postgresql"));
        assertFalse(Migrations.appliesTo("!derby", "derby"));
        assertTrue(Migrations.appliesTo("!derby", "postgresql"));
        assertTrue(Migrations.appliesTo("all", "postgresql"));
    }
}
