package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A second start keeps every change, loads no seed data twice, and rebuilds a lost search index
 * from the database. Runs its own server on its own data folder, stopped and started again.
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.OWN_SERVER)
class RestartIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 7;
    private static final Api OFFICE = Api.as("office").at("http://localhost:" + PORT);

    @Test
    void dataSurvivesARestartAndALostIndexIsRebuilt() throws IOException {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-restart");
        long id;
        long total;
        try (RunningApp.Server first = RunningApp.launch(work, PORT, true)) {
            Api.Reply created = OFFICE.post("/api/talents", """
                    {"name":"重啟測試員","school":"山東大學","stage":"ENGAGED","phone":"13700001111"}""");
            assertEquals(201, created.status(), created.body());
            id = created.json().getJsonNumber("id").longValue();
            total = total();
            assertEquals(1, searchTotal("重启测试员"));
        }

        RunningApp.deleteTree(work.resolve("data").resolve("index"));

        try (RunningApp.Server second = RunningApp.launch(work, PORT, false)) {
            JsonObject again = OFFICE.get("/api/talents/" + id).json();
            assertEquals("重啟測試員", again.getString("name"));
            assertEquals("ENGAGED", again.getString("stage"));
            assertEquals(total, total(), "demo data must not be loaded a second time");
            assertEquals(1, searchTotal("重启测试员"), "the lost index must be rebuilt from the database");
            assertEquals(1, searchTotal("13700001111"));
        }
        String log = Files.readString(work.resolve("server.log"));
        assertTrue(log.contains("rebuilt " + total + " talent documents"), "the second start reports rebuilding all " + total);
    }

    private static long total() {
        return OFFICE.get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
    }

    private static long searchTotal(String q) {
        Api.Reply r = OFFICE.get("/api/search?q=" + Api.q(q));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }
}
