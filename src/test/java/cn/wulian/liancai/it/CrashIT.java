package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * kill -9 of the server, and a start on the same data: nothing the server acknowledged is lost,
 * nothing is half-written, and the search index equals the database record by record. First while
 * eight clients write talents, contacts and applications; then while the index is being rebuilt at
 * start. Runs its own server on its own data folder; the second scenario goes on with the data of
 * the first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
class CrashIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 41;
    private static final String BASE = "http://localhost:" + PORT;
    private static final Api OFFICE = Api.as("office").at(BASE);
    private static final Api ADMIN = Api.as("admin").at(BASE);
    private static final Path WORK = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-crash");

    /** what the first scenario's clients were told was saved */
    private static List<WriteLoad.Ack> acknowledged = List.of();

    @Test
    @Order(1)
    void aKillWhileEightClientsWriteLosesNoAcknowledgedWrite() throws IOException {
        WriteLoad load;
        try (RunningApp.Server server = RunningApp.launch(WORK, PORT, true)) {
            String policy = PoliciesApiIT.create(OFFICE, ApplicationFixtures.cashPolicy("1000", "100000000", null, null, 1)).getString("code");
            long leader = Fixtures.id(Fixtures.create(OFFICE, Fixtures.talent(Fixtures.unique("崩溃测试带头人")).build()));
            load = WriteLoad.start(OFFICE, 8, WriteLoad.Mix.ALL, Fixtures.unique("崩溃"), policy, leader);
            long deadline = System.nanoTime() + 60_000_000_000L;
            long earliest = System.nanoTime() + 8_000_000_000L;
            while (System.nanoTime() < deadline && (System.nanoTime() < earliest || load.acknowledged() < 150)) {
                sleep(200);
            }
            server.kill();
            load.awaitEnd();
        }
        acknowledged = load.acks();
        System.out.printf("CrashIT: %d writes acknowledged before kill -9 (%s), %.1f s, answers %s, %d requests cut off%n",
                acknowledged.size(), counts(acknowledged), load.seconds(), load.statuses(), load.unanswered());
        assertEquals(List.of(), load.refused(), "every write is accepted while others write at the same time");
        assertTrue(load.acks("talent").size() >= 10 && load.acks("contact").size() >= 10 && load.acks("application").size() >= 3,
                () -> "each kind of write ran before the kill: " + counts(acknowledged));

        try (RunningApp.Server again = RunningApp.launch(WORK, PORT, false)) {
            assertAllThere(acknowledged);
            assertIndexEqualsDatabase();
            // and the search finds what was acknowledged last, whose index write followed its commit by a moment only
            WriteLoad.Ack last = load.acks("talent").getLast();
            Api.Reply found = OFFICE.get("/api/search?type=talent&q=" + Api.q(last.text()));
            assertEquals(200, found.status(), found.body());
            assertTrue(Fixtures.hitIds(found.json()).contains(last.id()), () -> last + " not found: " + found.body());
        }
    }

    @Test
    @Order(2)
    void aKillWhileTheIndexIsRebuiltLeavesAnIndexThatTheNextStartCompletes() throws IOException {
        if (acknowledged.isEmpty()) {
            // the first scenario did not leave its data: make some
            try (RunningApp.Server server = RunningApp.launch(WORK, PORT, true)) {
                acknowledged = WriteLoad.start(OFFICE, 8, WriteLoad.Mix.CREATORS, Fixtures.unique("重建"), null, 0)
                        .awaitFor(10_000).stop().acks();
            }
        }
        // no index at all: the next start rebuilds every type, and is killed once the first type is written
        RunningApp.deleteTree(WORK.resolve("data").resolve("index"));
        Path log = WORK.resolve("server.log");
        long before = Files.size(log);
        RunningApp.Server starting = RunningApp.spawn(WORK, PORT);
        Pattern rebuilt = Pattern.compile("search index: rebuilt \\d+ \\w+ documents");
        long deadline = System.nanoTime() + 420_000_000_000L;
        String startLog = "";
        while (!rebuilt.matcher(startLog).find()) {
            assertTrue(System.nanoTime() < deadline, "no rebuild seen in " + log);
            sleep(20);
            startLog = Files.readString(log).substring((int) before);
        }
        starting.kill();
        String atKill = Files.readString(log).substring((int) before);
        long typesRebuilt = rebuilt.matcher(atKill).results().count();
        System.out.println("CrashIT: killed during the index rebuild after " + typesRebuilt + " of 4 types were written");

        long beforeThird = Files.size(log);
        try (RunningApp.Server again = RunningApp.launch(WORK, PORT, false)) {
            assertIndexEqualsDatabase();
            assertAllThere(acknowledged);
        }
        String thirdStart = Files.readString(log).substring((int) beforeThird);
        assertTrue(thirdStart.contains("search index:"), thirdStart);
    }

    /** every acknowledged write is there, whole: the talent with its fields, the contact on its talent, the application with its policy and team */
    private static void assertAllThere(List<WriteLoad.Ack> acks) {
        List<String> problems = new ArrayList<>();
        Map<Long, List<WriteLoad.Ack>> contactsByTalent = acks.stream().filter(a -> a.kind().equals("contact"))
                .collect(Collectors.groupingBy(WriteLoad.Ack::parent));
        for (WriteLoad.Ack ack : acks) {
            switch (ack.kind()) {
                case "talent" -> {
                    Api.Reply r = OFFICE.get("/api/talents/" + ack.id());
                    if (r.status() != 200 || !r.json().getString("name").equals(ack.text())
                            || !WriteLoad.SCHOOL.equals(r.json().getString("school", null))) {
                        problems.add(ack + " → " + r.status() + " " + r.body());
                    }
                }
                case "team" -> {
                    Api.Reply r = OFFICE.get("/api/teams/" + ack.id());
                    if (r.status() != 200 || !r.json().getString("name").equals(ack.text())) {
                        problems.add(ack + " → " + r.status() + " " + r.body());
                    }
                }
                case "application" -> {
                    Api.Reply r = OFFICE.get("/api/applications/" + ack.id());
                    if (r.status() != 200 || !ack.text().equals(r.json().getString("policyCode", null))
                            || r.json().getJsonNumber("subjectId").longValue() != ack.parent()
                            || !"SUBMITTED".equals(r.json().getString("status"))) {
                        problems.add(ack + " → " + r.status() + " " + r.body());
                    }
                }
                default -> {
                }
            }
        }
        contactsByTalent.forEach((talent, contacts) -> {
            Api.Reply r = OFFICE.get("/api/talents/" + talent + "/interactions");
            Map<Long, String> logged = r.status() != 200 ? Map.of() : r.jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(o -> o.getJsonNumber("id").longValue(), o -> o.getString("summary")));
            for (WriteLoad.Ack c : contacts) {
                if (!c.text().equals(logged.get(c.id()))) {
                    problems.add(c + " → " + r.status() + " " + (logged.isEmpty() ? r.body() : "not in the talent's log"));
                }
            }
        });
        assertEquals(List.of(), problems, "acknowledged writes missing or incomplete after the restart, of " + acks.size());
    }

    /** the administrator's verification: the index equals the database, every type, record by record */
    private static void assertIndexEqualsDatabase() {
        Api.Reply r = ADMIN.post("/api/admin/search-index/verification", "");
        assertEquals(200, r.status(), r.body());
        JsonObject report = r.json();
        JsonArray kinds = report.getJsonArray("kinds");
        Set<String> types = kinds.stream().map(k -> k.asJsonObject().getString("type")).collect(Collectors.toSet());
        assertAll(
                () -> assertTrue(report.getBoolean("foundInStep"), r.body()),
                () -> assertTrue(report.getBoolean("inStep"), r.body()),
                () -> assertEquals(Set.of("talent", "team", "project", "platform", "policy", "application", "nomination"), types, r.body()),
                () -> kinds.forEach(k -> assertEquals(k.asJsonObject().getInt("inDatabase"), k.asJsonObject().getInt("inIndex"), r.body())));
        System.out.println("CrashIT: index verified equal to the database: " + kinds.stream()
                .map(k -> k.asJsonObject().getString("type") + "=" + k.asJsonObject().getInt("inDatabase")).toList());
    }

    private static String counts(List<WriteLoad.Ack> acks) {
        return acks.stream().collect(Collectors.groupingBy(WriteLoad.Ack::kind, Collectors.counting())).toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
