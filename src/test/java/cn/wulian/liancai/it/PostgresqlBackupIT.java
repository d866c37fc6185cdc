package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL the app takes no backups of its own: the database's own tools do ({@code pg_dump},
 * README "Backups on PostgreSQL"; {@link PostgresqlMoveIT} takes one and restores it; {@code pg_basebackup}, below). Asking the app
 * for one answers 409 and says so, in the caller's language, and the list stays empty; the backups
 * page says so in place of its "back up now" button.
 */
@ExtendWith(RunningApp.class)
@EnabledIfSystemProperty(named = "it.db", matches = "postgresql", disabledReason = "on Derby the app backs up itself (BackupRestoreIT)")
class PostgresqlBackupIT {

    private static final Api ADMIN = Api.as("admin");

    @Test
    void aBackupOnPostgresqlIsRefusedNamingPgDump() {
        Api.Reply refused = ADMIN.post("/api/admin/backups", "");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.header("Content-Type"));
        String error = refused.json().getString("error");
        assertTrue(error.contains("pg_dump") && error.contains("PostgreSQL"), error);
        String english = ADMIN.inEnglish().post("/api/admin/backups", "").json().getString("error");
        assertTrue(english.contains("pg_dump") && english.contains("not backed up by the app"), english);
        Api.Reply list = ADMIN.get("/api/admin/backups");
        assertEquals(200, list.status(), list.body());
        assertEquals(0, list.jsonValue().asJsonArray().size(), "no backup was started");
        assertEquals(403, Api.as("office").post("/api/admin/backups", "").status(), "administrators only, as on Derby");
    }

    /**
     * README's {@code pg_basebackup}: a base backup of the running cluster, taken while the app writes, starts as a
     * server of its own with the app's database as it was at that moment — the talent written before it, not the one
     * after — and its sequences where they were.
     */
    @Test
    void aBaseBackupStartsAsAServerWithTheDatabaseOfItsMoment() throws Exception {
        String url = Files.readString(Path.of(System.getProperty("it.workdir", "target/it")).resolve("postgresql-url")).strip();
        String before = Fixtures.unique("基础备份前");
        long kept = Fixtures.id(Fixtures.create(Fixtures.talent(before)));
        Path backup = PostgresServer.get().baseBackup("basebackup");
        String after = Fixtures.unique("基础备份后");
        Fixtures.create(Fixtures.talent(after));

        try (PostgresServer.Copy copy = PostgresServer.get().start(backup);
                Connection c = DriverManager.getConnection(copy.url(PostgresServer.databaseOf(url)), PostgresServer.USER, "")) {
            assertEquals(1, count(c, "select count(*) from talent where name = '" + before + "'"), "written before the backup");
            assertEquals(0, count(c, "select count(*) from talent where name = '" + after + "'"), "written after it");
            assertTrue(count(c, "select max(id) from talent") >= kept, "the ids go on from where they were");
            assertTrue(count(c, "select count(*) from databasechangelog") > 20, "the migrations' record is in the backup too");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theBackupsPageSaysPgDumpInsteadOfOfferingABackup() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String session = PageForms.sessionCookie(PageForms.login(http, RunningApp.BASE, "admin", Api.PASSWORD, null));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + "/admin/backups.xhtml"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("pg_dump") && page.body().contains("PostgreSQL"), page.body());
        assertTrue(!page.body().contains("id=\"backups:backUpNow\""), "no button that could only be refused");
    }
}
