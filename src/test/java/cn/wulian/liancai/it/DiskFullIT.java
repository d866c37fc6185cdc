package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A full disk, for real, under the search index and under the database, on one server of its own: the
 * data folder is a small tmpfs (64 MB) and the index folder inside it another (16 MB), each filled up
 * with a file while the app runs, one after the other.
 *
 * <p>The index: the write that finds the disk full is saved (its database commit came first) and
 * answered so; every change after it is refused, 503 in the API and a sentence above the form on the
 * page, saved nowhere, while searches go on; once the file is gone the index repairs itself without a
 * restart, the saved record becomes searchable, and changes are accepted again. At the end the
 * database and the index hold the same records of this run.
 *
 * <p>The database: Derby fails to write its log or a page and shuts the database down; the app
 * answers such a change 503 with the reason (never 409 or a stack trace), keeps answering reads,
 * keeps exactly the changes it answered 201, and takes changes again once the space is back,
 * without a restart (the pool drops the dead connections and a new one boots the database). The
 * changes are evidence files of 3 MB, which fill Derby's log quickly.
 *
 * <p>Needs root for the mounts ({@link SmallDisk}). One start for both: a Payara start is the most
 * processor time a test of its own costs.
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiskFullIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 47;
    private static final String BASE = "http://localhost:" + PORT;
    private static final Api OFFICE = Api.as("office").at(BASE);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static SmallDisk dataDisk;
    private static SmallDisk indexDisk;
    private static RunningApp.Server app;

    @BeforeAll
    static void start() throws Exception {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-disk-full");
        Path data = work.resolve("data");
        dataDisk = SmallDisk.mount(work, data, 64);
        indexDisk = SmallDisk.mount(data.resolve("index"), data.resolve("index"), 16);
        app = RunningApp.launch(work, PORT, false, List.of("-Dliancai.search.repair-seconds=2"), List.of());
    }

    @AfterAll
    static void stop() throws Exception {
        try (SmallDisk outer = dataDisk; SmallDisk inner = indexDisk; RunningApp.Server running = app) {
            // closed in reverse order: the server, then the index's disk, then the data folder's
        }
    }

    @Test
    @Order(1)
    void aFullIndexDiskRefusesChangesUntilTheSpaceIsBackAndLosesNone() throws Exception {
        String run = "r" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        {
            SmallDisk disk = indexDisk;
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

    @Test
    @Order(2)
    @DisabledIfSystemProperty(named = "it.db", matches = "postgresql", disabledReason = "fills the disk under embedded Derby's files")
    void aFullDatabaseDiskRefusesChangesKeepsWhatItSavedAndRecovers() throws Exception {
        {
            SmallDisk disk = dataDisk;
            Map<Long, byte[]> saved = new LinkedHashMap<>();
            long nomination = openNomination(saved);

            disk.fill();
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 6 && !answers.contains(503); i++) {
                byte[] pdf = pdf(3_000_000, i);
                Api.Reply r = attach(nomination, pdf);
                answers.add(r.status());
                if (r.status() == 201) {
                    saved.put(Fixtures.id(r.json()), pdf); // Derby had room left in its log files
                } else {
                    assertEquals(503, r.status(), r.body());
                    assertTrue(Fixtures.assertErrorBody(r).getString("error").contains("磁盘"), r.body());
                }
                assertEquals(200, OFFICE.get("/api/talents?limit=1").status(), "reads go on");
            }
            assertTrue(answers.contains(503), () -> "the disk never ran full: " + answers);

            assertEquals(new TreeSet<>(saved.keySet()), attachments(nomination), "exactly what was answered 201 is kept");
            for (var file : saved.entrySet()) {
                assertArrayEquals(file.getValue(), OFFICE.download("/api/nominations/" + nomination + "/attachments/" + file.getKey()));
            }

            disk.free();
            byte[] after = pdf(3_000_000, 99);
            Api.Reply r = attach(nomination, after);
            assertEquals(201, r.status(), () -> "the space is back: " + r.body());
            assertArrayEquals(after, OFFICE.download("/api/nominations/" + nomination + "/attachments/" + Fixtures.id(r.json())));
            String name = Fixtures.unique("空间回来");
            long talent = Fixtures.id(Fixtures.create(OFFICE, Fixtures.talent(name).build()));
            assertEquals(List.of(talent), Fixtures.hitIds(Fixtures.search(OFFICE, name)));
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
    /** a nomination of the demo award that still takes evidence (its cycle is open), with the first file it took */
    private static long openNomination(Map<Long, byte[]> saved) {
        byte[] pdf = pdf(1000, 0);
        for (long id = 1; id <= 30; id++) {
            Api.Reply r = attach(id, pdf);
            if (r.status() == 201) {
                saved.put(Fixtures.id(r.json()), pdf);
                return id;
            }
        }
        throw new AssertionError("no nomination of the demo data takes evidence");
    }

    private static Api.Reply attach(long nomination, byte[] pdf) {
        return OFFICE.upload("/api/nominations/" + nomination + "/attachments?name=" + Api.q("证明材料.pdf"), pdf, "application/pdf");
    }

    private static TreeSet<Long> attachments(long nomination) {
        Api.Reply r = OFFICE.get("/api/nominations/" + nomination + "/attachments");
        assertEquals(200, r.status(), r.body());
        TreeSet<Long> ids = new TreeSet<>();
        for (JsonObject a : r.jsonValue().asJsonArray().getValuesAs(JsonObject.class)) {
            ids.add(Fixtures.id(a));
        }
        return ids;
    }

    /** a file that is told as PDF by its content, of that size, which does not compress */
    private static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
