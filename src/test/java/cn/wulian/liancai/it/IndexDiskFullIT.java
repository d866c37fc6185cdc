package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A full disk under the search index, for real: the index folder is a small tmpfs of its own, filled
 * up with a file while the app runs. The write that finds the disk full is saved (its database
 * commit came first) and answered so; every change after it is refused, 503 in the API and a
 * sentence above the form on the page, saved nowhere, while searches go on; once the file is gone
 * the index repairs itself without a restart, the saved record becomes searchable, and changes are
 * accepted again. At the end the database and the index hold the same records of this run.
 *
 * <p>Needs root for the mount ({@link SmallDisk}). Runs its own server on its own data folder.
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.OWN_SERVER)
class IndexDiskFullIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 47;
    private static final String BASE = "http://localhost:" + PORT;
    private static final Api OFFICE = Api.as("office").at(BASE);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFullIndexDiskRefusesChangesUntilTheSpaceIsBackAndLosesNone() throws Exception {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-disk-full");
        Path index = work.resolve("data").resolve("index");
        String run = "r" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (SmallDisk disk = SmallDisk.mount(work, index, 16);
                RunningApp.Server app = RunningApp.launch(work, PORT, false, List.of("-Dliancai.search.repair-seconds=2"), List.of())) {
            String session = PageForms.sessionCookie(PageForms.login(HTTP, BASE, "office", Api.PASSWORD, null));
            long before = Fixtures.id(Fixtures.create(OFFICE, Fixtures.talent("满盘之前 " + run).build()));
            assertEquals(Set.of(before), found(run));
            JsonObject existing = Fixtures.create(OFFICE, Fixtures.talent("满盘前已有 " + run).build());

            disk.fill();
            // its database commit came before the index write: it is saved, and said so
            Api.Reply first = OFFICE.post("/api/talents", Fixtures.talent("满盘首条 " + run).build().toString());
            assertEquals(201, first.status(), first.body());
            long firstId = Fixtures.id(first.json());
            assertEquals(Set.of(before, Fixtures.id(existing)), found(run), "the index could not take it");

            Api.Reply refused = OFFICE.post("/api/talents", Fixtures.talent("满盘被拒 " + run).build().toString());
            assertUnavailable(refused, "磁盘");
            assertUnavailable(OFFICE.inEnglish().post("/api/talents", Fixtures.talent("满盘被拒英文 " + run).build().toString()), "disk");
            long version = existing.getJsonNumber("version").longValue();
            assertUnavailable(OFFICE.put("/api/talents/" + Fixtures.id(existing),
                    Fixtures.talent("满盘改名 " + run).add("version", version).build().toString()), "磁盘");
            assertEquals(version, OFFICE.get("/api/talents/" + Fixtures.id(existing)).json().getJsonNumber("version").longValue(),
                    "the refused change is not saved");

            String page = saveOnPage(session, "满盘页面 " + run);
            assertTrue(page.contains("搜索索引暂时无法写入"), page);
            assertFalse(page.contains("Exception") || page.contains("at cn.wulian"), () -> "no stack trace on the page: " + page);

            assertEquals(Set.of(before, Fixtures.id(existing), firstId), inDatabase(run), "nothing refused was saved");
            assertEquals(Set.of(before), found("满盘之前 " + run), "searches go on meanwhile");

            disk.free();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!found(run).contains(firstId) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertEquals(Set.of(before, Fixtures.id(existing), firstId), found(run), "the repair wrote the saved record, without a restart");

            long after = Fixtures.id(Fixtures.create(OFFICE, Fixtures.talent("满盘之后 " + run).build()));
            assertEquals(Set.of(after), found("满盘之后 " + run), "a new change is searchable at once");
            String saved = saveOnPage(session, "页面恢复 " + run);
            assertTrue(saved.contains("<redirect url=\"") && saved.contains("/talents/profile.xhtml"), saved);

            Set<Long> all = inDatabase(run);
            assertEquals(5, all.size(), all::toString);
            assertEquals(all, found(run), "the database and the index hold the same records");
        }
    }

    private static void assertUnavailable(Api.Reply r, String cause) {
        assertEquals(503, r.status(), r.body());
        JsonObject body = Fixtures.assertErrorBody(r);
        assertTrue(body.getString("error").contains(cause), r.body());
        assertNotNull(r.header("Retry-After"), "a client program is told when to try again");
    }

    /** the talent form filled in with a name and saved as the page's button does (AJAX), answered as a partial response */
    private static String saveOnPage(String session, String name) throws IOException, InterruptedException {
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/talents/edit.xhtml")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> form = PageForms.fields(page);
        form.put("talentForm:name", name);
        form.put("talentForm:save", "talentForm:save");
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "talentForm:save");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", "talentForm");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/talents/edit.xhtml"))
                .header("Cookie", session).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(PageForms.encoded(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static Set<Long> found(String q) {
        Api.Reply r = OFFICE.get("/api/search?limit=100&type=talent&q=" + Api.q(q));
        assertEquals(200, r.status(), r.body());
        return new TreeSet<>(Fixtures.hitIds(r.json()));
    }

    private static Set<Long> inDatabase(String run) {
        Set<Long> ids = new TreeSet<>();
        for (JsonObject row : Fixtures.rows(OFFICE.get("/api/talents?limit=200&name=" + Api.q(run))).getValuesAs(JsonObject.class)) {
            ids.add(Fixtures.id(row));
        }
        return ids;
    }
}
