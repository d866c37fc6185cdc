package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What a restart keeps and repairs, on a server of its own and its own data folder. The data
 * survives (a talent written in Traditional characters is read back whole, found by its Simplified
 * name and by phone, and the demo data is not loaded a second time), and start-up catches a document
 * that still shows an old name: the index is put back to how it was before a talent who leads a team
 * was renamed (as if the after-commit write of the team had been lost), and the next start writes again
 * that team alone although no team changed, while the projects and platforms, untouched, are found in step;
 * a start after that finds every type in step. (A start without any index, which rebuilds every
 * type, is CrashIT's: it kills that start half-way and checks the next.)
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
class RestartIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 17;
    private static final Api OFFICE = Api.as("office").at("http://localhost:" + PORT);

    @Test
    void dataSurvivesARestartAndATeamShowingARenamedLeaderIsWrittenAgainAtStart() throws IOException {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-restart");
        Path index = work.resolve("data").resolve("index");
        Path before = work.resolve("index-before-rename");
        String oldName = Fixtures.unique("旧名带头人");
        String newName = Fixtures.unique("新名带头人");
        long teamId;
        long kept;
        long total;
        try (RunningApp.Server first = RunningApp.launch(work, PORT, true)) {
            Api.Reply created = OFFICE.post("/api/talents", """
                    {"name":"重啟測試員","school":"山東大學","stage":"ENGAGED","phone":"13700001111"}""");
            assertEquals(201, created.status(), created.body());
            kept = Fixtures.id(created.json());
            Api.Reply talent = OFFICE.post("/api/talents", Fixtures.talent(oldName).build().toString());
            assertEquals(201, talent.status(), talent.body());
            long talentId = Fixtures.id(talent.json());
            Api.Reply team = OFFICE.post("/api/teams", Json.createObjectBuilder().add("name", Fixtures.unique("旧索引团队"))
                    .add("leaderId", talentId).add("platform", "fatong").build().toString());
            assertEquals(201, team.status(), team.body());
            teamId = Fixtures.id(team.json());
            assertEquals(List.of(teamId), teams(oldName));
            // every index write is committed before the request returns, and none runs now: the copy is whole
            copyTree(index, before);

            long version = talent.json().getJsonNumber("version").longValue();
            Api.Reply renamed = OFFICE.put("/api/talents/" + talentId, Fixtures.talent(newName).add("version", version).build().toString());
            assertEquals(200, renamed.status(), renamed.body());
            assertEquals(List.of(teamId), teams(newName));
            total = total();
        }

        RunningApp.deleteTree(index);
        copyTree(before, index);
        Path log = work.resolve("server.log");
        long logBefore = Files.size(log);

        try (RunningApp.Server second = RunningApp.launch(work, PORT, false)) {
            JsonObject again = OFFICE.get("/api/talents/" + kept).json();
            assertEquals("重啟測試員", again.getString("name"));
            assertEquals("ENGAGED", again.getString("stage"));
            assertEquals(total, total(), "demo data must not be loaded a second time");
            assertEquals(1, searchTotal("重启测试员"));
            assertEquals(1, searchTotal("13700001111"));
            assertEquals(List.of(teamId), teams(newName), "the team is found by its leader's new name");
            assertEquals(List.of(), teams(oldName), "and no longer by the old one");
        }
        String secondStart = Files.readString(log).substring((int) logBefore);
        // only what differs is written again: the one team showing the renamed leader, not every team
        assertTrue(Pattern.compile("team: 1 of \\d+ documents written again, 0 removed").matcher(secondStart).find(), secondStart);
        assertTrue(Pattern.compile("talent: 1 of \\d+ documents written again, 0 removed").matcher(secondStart).find(),
                "the talent itself changed too");
        Matcher inStep = Pattern.compile("\\d+ (project|platform) documents in step").matcher(secondStart);
        assertEquals(2, inStep.results().count(), () -> "untouched projects and platforms must not be rebuilt: " + secondStart);

        // the stamps written are those the database gives: with nothing changed, nothing is written
        long logAfterSecond = Files.size(log);
        try (RunningApp.Server third = RunningApp.launch(work, PORT, false)) {
            assertEquals(List.of(teamId), teams(newName));
        }
        String thirdStart = Files.readString(log).substring((int) logAfterSecond);
        assertEquals(4, Pattern.compile("\\d+ (talent|team|project|platform) documents in step").matcher(thirdStart).results().count(),
                () -> "every type in step: " + thirdStart);
    }

    private static long total() {
        return OFFICE.get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
    }

    private static long searchTotal(String q) {
        Api.Reply r = OFFICE.get("/api/search?q=" + Api.q(q));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    private static List<Long> teams(String q) {
        Api.Reply r = OFFICE.get("/api/search?limit=100&type=team&q=" + Api.q(q));
        assertEquals(200, r.status(), r.body());
        return Fixtures.hitIds(r.json());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
