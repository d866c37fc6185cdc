package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.persistence.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office that ran the award before the one trail keeps the award's trail: a database at the
 * schema of 012 with award entries is migrated, and every entry is in the one trail, in its order,
 * about the nomination or the cycle, in the cycle's history.
 */
class AwardTrailMigrationTest {

    /** the change sets before 013, in the order the master changelog runs them */
    private static final int BEFORE_013 = 16;

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("deprecation")
    void theAwardsEntriesMoveIntoTheOneTrailInTheirOrder() throws Exception {
        String url = "jdbc:derby:" + dir.resolve("db").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase(Migrations.CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database).update(BEFORE_013, "");
            c.commit();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO award_cycle (award_year, name, nomination_opens, nomination_closes, review_opens, review_closes,"
                        + " categories_json, rubric_json, committee_json, rule_json, reviewers_per_nomination, basis, disagreement, status,"
                        + " created_at, created_by, version) VALUES (2025, '2025 杰出莲才奖', '2025-01-01', '2025-02-01', '2025-02-02',"
                        + " '2025-03-01', '[]', '[]', '[]', '{}', 3, 'TOTAL', 2.0, 'FINALIZED', CURRENT_TIMESTAMP, 'office', 0)");
                s.executeUpdate("INSERT INTO award_audit (cycle_id, nomination_id, occurred_at, by_username, action, detail) VALUES"
                        + " ((SELECT id FROM award_cycle), NULL, '2025-01-01 09:00:00', 'office', 'CYCLE_OPENED', '2025 杰出莲才奖'),"
                        + " ((SELECT id FROM award_cycle), 7, '2025-02-10 10:00:00', 'reviewer1', 'REVIEW_SUBMITTED', 'return 6'),"
                        + " ((SELECT id FROM award_cycle), NULL, '2025-03-05 16:00:00', 'office', 'FINALIZED', NULL)");
            }
            c.commit();
            Migrations.migrate(c);

            List<String> moved = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT actor, record_kind, record_id, subject_kind, action,"
                    + " detail FROM audit_entry ORDER BY id")) {
                while (rs.next()) {
                    moved.add(rs.getString(1) + " " + rs.getString(2) + ":" + rs.getLong(3) + " " + rs.getString(4) + " " + rs.getString(5)
                            + " " + rs.getString(6));
                }
            }
            long cycle;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM award_cycle")) {
                rs.next();
                cycle = rs.getLong(1);
            }
            c.commit();
            assertEquals(List.of(
                    "office AWARD_CYCLE:" + cycle + " AWARD_CYCLE CYCLE_OPENED 2025 杰出莲才奖",
                    "reviewer1 NOMINATION:7 AWARD_CYCLE REVIEW_SUBMITTED return 6",
                    "office AWARD_CYCLE:" + cycle + " AWARD_CYCLE FINALIZED null"), moved);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (java.sql.SQLException expectedOnShutdown) {
                // Derby reports a shut-down database as an exception
            }
        }
    }
}
