package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.backup.boundary.RestoreCommand;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Backup and restore end to end, on instances of its own: talents written, an online backup taken
 * (and verified) by an administrator over the API, more talents written, the application stopped,
 * the backup restored with the restore command into a new data folder, and an application started
 * on it holds exactly the backup's talents, in the registry and in search alike.
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
@DisabledIfSystemProperty(named = "it.db", matches = "postgresql", disabledReason = "the app backs up embedded Derby only; PostgreSQL uses pg_dump (README)")
class BackupRestoreIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 23;
    private static final String BASE = "http://localhost:" + PORT;
    private static final Api ADMIN = Api.as("admin").at(BASE);
    private static final Api OFFICE = Api.as("office").at(BASE);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void aRestoredBackupHoldsExactlyItsTalentsInTheRegistryAndInSearch() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-backup");
        RunningApp.deleteTree(root);
        Path before = root.resolve("before");
        Path after = root.resolve("after");
        String kept = Fixtures.unique("备份前人才");
        String later = Fixtures.unique("备份后人才");
        long keptId;
        long laterId;
        long total;
        Path folder;
        // a daily backup half a day away (it must be scheduled, not run during the test); one backup kept
        String dailyAt = HH_MM.format(LocalTime.now(Fixtures.COUNTY).plusHours(12));
        try (RunningApp.Server first = RunningApp.launch(before, PORT, true,
                Map.of("liancai.backup.daily-at", dailyAt, "liancai.backup.keep", "1"))) {
            keptId = create(kept);
            for (String user : List.of("office", "mgr-fatong", "reviewer1")) {
                Api other = Api.as(user).at(BASE);
                assertEquals(403, other.post("/api/admin/backups", "").status(), user);
                assertEquals(403, other.get("/api/admin/backups").status(), user);
            }
            assertEquals(401, Api.anonymous().at(BASE).post("/api/admin/backups", "").status());

            Api.Reply started = ADMIN.post("/api/admin/backups", "");
            assertEquals(202, started.status(), started.body());
            String name = started.json().getString("name");
            assertEquals("RUNNING", started.json().getString("state"));
            assertEquals("/api/admin/backups/" + name, URI.create(started.header("Location")).getPath());
            // one at a time: a second request while the first runs is refused, naming it
            Api.Reply second = ADMIN.post("/api/admin/backups", "");
            assertEquals(409, second.status(), second.body());
            assertTrue(second.json().getString("error").contains(name), second.body());
            assertTrue(ADMIN.inEnglish().post("/api/admin/backups", "").json().getString("error").contains("still running"));

            assertEquals("VERIFIED", finished(name).getString("state"));
            Api.Reply audited = ADMIN.get("/api/audit?record=BACKUP&action=BACKED_UP&actor=admin");
            assertTrue(audited.status() == 200 && audited.body().contains(name), "the backup is in the audit trail: " + audited.body());
            // a second one: with one kept, the first is deleted once the second is verified
            String older = name;
            name = ADMIN.post("/api/admin/backups", "").json().getString("name");
            JsonObject backup = finished(name);
            assertEquals("VERIFIED", backup.getString("state"), backup::toString);
            assertEquals(404, ADMIN.get("/api/admin/backups/" + older).status(), "the older backup was deleted");
            assertEquals(1, ADMIN.get("/api/admin/backups").jsonValue().asJsonArray().size());
            assertTrue(backup.getBoolean("verified"));
            total = talents();
            assertEquals(total, backup.getJsonObject("rows").getJsonNumber("talent").longValue(), "the copy's talents are counted");
            assertTrue(backup.getJsonNumber("indexDocs").longValue() >= total, backup::toString);
            assertTrue(backup.getJsonNumber("sizeBytes").longValue() > 0);
            assertEquals(name, ADMIN.get("/api/admin/backups").jsonValue().asJsonArray().getJsonObject(0).getString("name"));
            assertEquals(404, ADMIN.get("/api/admin/backups/liancai-20000101-000000").status());
            assertEquals(1, found(kept));

            laterId = create(later);
            assertEquals(1, found(later));
            assertEquals(total + 1, talents());

            folder = before.resolve("backups").resolve(name);
            assertTrue(Files.exists(folder.resolve("manifest.properties")), "the backup goes beside the data folder");
            // the application still runs on this data: the restore refuses before touching anything
            assertEquals(1, RestoreCommand.run(folder.toString(), before.resolve("data").toString(), true));
            assertEquals(total + 1, talents());
            assertEquals(1, found(later));
        }

        Files.createDirectories(after.resolve("data"));
        assertEquals(2, RestoreCommand.run(folder.toString(), null, false), "usage");
        assertEquals(0, RestoreCommand.run(folder.toString(), after.resolve("data").toString(), false));
        assertEquals(1, RestoreCommand.run(folder.toString(), after.resolve("data").toString(), false), "not over data without overwrite");
        try (RunningApp.Server restored = RunningApp.launch(after, PORT, false)) {
            assertEquals(total, talents(), "exactly the backup's talents");
            assertEquals(kept, OFFICE.get("/api/talents/" + keptId).json().getString("name"));
            assertEquals(404, OFFICE.get("/api/talents/" + laterId).status(), "the later talent is not in the backup");
            assertEquals(1, found(kept));
            assertEquals(0, found(later), "nor in its search index");
        }
        assertTrue(Files.readString(before.resolve("server.log")).contains("daily backup at " + dailyAt + " (Asia/Shanghai)"));
        String log = Files.readString(after.resolve("server.log"));
        assertTrue(log.contains("daily backup off"), "as the tests' servers have it");
        assertTrue(log.contains(total + " talent documents in step"), "the index came with the backup, it was not rebuilt");
        assertFalse(log.contains("rebuilt"), "no type was rebuilt");
    }

    private static long create(String name) {
        Api.Reply r = OFFICE.post("/api/talents", Fixtures.talent(name).build().toString());
        assertEquals(201, r.status(), r.body());
        return Fixtures.id(r.json());
    }

    private static long talents() {
        return OFFICE.get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
    }

    private static long found(String q) {
        Api.Reply r = OFFICE.get("/api/search?type=talent&q=" + Api.q(q));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    private static JsonObject finished(String name) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            Api.Reply r = ADMIN.get("/api/admin/backups/" + name);
            assertEquals(200, r.status(), r.body());
            if (!"RUNNING".equals(r.json().getString("state"))) {
                return r.json();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("backup " + name + " still running after 3 minutes");
    }
}
