package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A database created without demo data is safe to expose, and stays so: its first administrator
 * has a one-time password written once to the log, the login page shows no demo password, and a
 * later start with demo data switched on adds no demo account. Runs its own server on its own
 * data folder, started twice.
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
class DemoModeIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 37;
    private static final String BASE = "http://localhost:" + PORT;
    private static final Pattern ONE_TIME = Pattern.compile("one-time password: (\\S+)");

    @Test
    void aDatabaseWithoutDemoDataNeverReceivesIt() throws IOException {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-live");
        String password;
        try (RunningApp.Server first = RunningApp.launch(work, PORT, true, Map.of("liancai.demo", "false"))) {
            String log = Files.readString(work.resolve("server.log"));
            Matcher m = ONE_TIME.matcher(log);
            assertTrue(m.find(), "the first administrator's password is written to the log");
            password = m.group(1);
            assertFalse(m.find(), "and only once");

            String login = Api.anonymous().at(BASE).get("/login.xhtml").body();
            assertFalse(login.contains("lian2019"), "no demo password on the login page");
            assertFalse(login.contains("demoMarker"), "no demo marker");
            assertEquals(401, Api.as("office").at(BASE).get("/api/me").status(), "no demo account");

            Api admin = Api.as("admin", password).at(BASE);
            assertEquals(403, admin.get("/api/accounts").status(), "the one-time password must be changed first");
            assertEquals(200, admin.put("/api/me/password", Json.createObjectBuilder().add("currentPassword", password)
                    .add("newPassword", "county office key 1").build().toString()).status());
            Api live = Api.as("admin", "county office key 1").at(BASE);
            assertEquals(1, live.get("/api/accounts").json().getJsonNumber("total").longValue());
            assertEquals(0, live.get("/api/talents?limit=1").json().getJsonNumber("total").longValue(), "no demo talents");
        }

        try (RunningApp.Server second = RunningApp.launch(work, PORT, false, Map.of("liancai.demo", "true"))) {
            Api live = Api.as("admin", "county office key 1").at(BASE);
            assertEquals(1, live.get("/api/accounts").json().getJsonNumber("total").longValue(), "demo switched on later adds no account");
            assertEquals(0, live.get("/api/talents?limit=1").json().getJsonNumber("total").longValue(), "nor demo records");
            assertEquals(401, Api.as("office").at(BASE).get("/api/me").status());
            assertFalse(Api.anonymous().at(BASE).get("/login.xhtml").body().contains("lian2019"));
        }
        String log = Files.readString(work.resolve("server.log"));
        assertTrue(log.contains("liancai.demo=true is ignored"), "the ignored setting is reported");
        Matcher m = ONE_TIME.matcher(log);
        assertTrue(m.find());
        assertFalse(m.find(), "the password is not written again at the second start");
    }
}
