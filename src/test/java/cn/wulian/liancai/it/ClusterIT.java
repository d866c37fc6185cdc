package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two instances on two ports, one PostgreSQL database, clustered by Payara Micro's Hazelcast on
 * loopback, as README "Several instances" starts them: a write on one is read and found on the
 * other, an account changed on one is refused by the other, a log-in on one is a log-in on the
 * other — also after the first is killed —, failed log-ins count on both, the month's ranking is
 * published once between them, and a full disk under the database is refused by both and passes.
 * Always on PostgreSQL (embedded Derby belongs to one process): a database of its own on the test
 * run's PostgreSQL server, which it starts when the run is on Derby — so it runs in the Derby run's
 * second lane, beside the shared server's tests, not in the PostgreSQL lane after them.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int PORT = Integer.getInteger("it.port", 18080);
    private static final int PORT_A = PORT + 61;
    private static final int PORT_B = PORT + 62;
    private static final String A = "http://localhost:" + PORT_A;
    private static final String B = "http://localhost:" + PORT_B;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Path work;
    private static String database;
    private static RunningApp.Server a;
    private static RunningApp.Server b;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-cluster");
        int hazelcastA = freePort();
        int hazelcastB = freePort();
        String members = "tcpip:127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB;
        String cluster = "liancai-it-" + ProcessHandle.current().pid();
        // one database for both, on the test run's PostgreSQL server (started here when the run is on Derby)
        String url = PostgresServer.get().createDatabase();
        database = PostgresServer.databaseOf(url);
        List<String> settings = List.of("-Dliancai.db.url=" + url, "-Dliancai.db.user=" + PostgresServer.USER);
        a = RunningApp.launch(work.resolve("a"), PORT_A, true, settings, cluster(cluster, members, hazelcastA));
        b = RunningApp.launch(work.resolve("b"), PORT_B, true, settings, cluster(cluster, members, hazelcastB));
    }

    private static List<String> cluster(String name, String members, int hazelcastPort) {
        return List.of("--clustername", name, "--clustermode", members, "--interfaces", "127.0.0.1", "--nohostaware",
                "--startport", String.valueOf(hazelcastPort),
                "--postbootcommandfile", Path.of(System.getProperty("it.config", "config"), "cluster.asadmin").toString());
    }

    @AfterAll
    static void stop() {
        for (RunningApp.Server s : new RunningApp.Server[] {a, b}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    @Order(1)
    void aWriteOnOneIsReadAndFoundOnTheOther() {
        Api officeA = Api.as("office").at(A);
        Api officeB = Api.as("office").at(B);
        String name = Fixtures.unique("集群");
        JsonObject created = Fixtures.create(officeA, Fixtures.talent(name).build());
        long id = created.getJsonNumber("id").longValue();
        long written = System.nanoTime();

        Api.Reply read = officeB.get("/api/talents/" + id);
        assertEquals(200, read.status(), read.body());
        assertEquals(name, read.json().getString("name"));
        long foundAfter = within(10_000, () -> total(officeB, name) == 1);
        System.out.println("[ClusterIT] a talent written on A was found by B's search after " + foundAfter + " ms");
        // the bound is 2 s; a loaded test machine gets some slack, the figure is printed above
        assertTrue(foundAfter < 5_000, "found on B after " + foundAfter + " ms");

        // and the other way round, with a rename: B's write reaches A's index, the old name no longer finds it
        String renamed = Fixtures.unique("改名");
        JsonObject current = officeB.get("/api/talents/" + id).json();
        Api.Reply put = officeB.put("/api/talents/" + id, Json.createObjectBuilder().add("name", renamed)
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, put.status(), put.body());
        long renamedAfter = within(10_000, () -> total(officeA, renamed) == 1 && total(officeA, name) == 0);
        System.out.println("[ClusterIT] a rename on B reached A's search after " + renamedAfter + " ms ("
                + (System.nanoTime() - written) / 1_000_000 + " ms since the first write)");
        assertTrue(renamedAfter < 5_000, "renamed on A after " + renamedAfter + " ms");
    }

    @Test
    @Order(2)
    void anAccountDisabledOnOneIsRefusedByTheOther() {
        Api reviewerOnB = Api.as("reviewer5").at(B);
        // B verifies the password once and remembers it for a minute (liancai.security.basic-cache-seconds)
        assertEquals(200, reviewerOnB.get("/api/me").status());
        Api adminA = Api.as("admin").at(A);
        JsonObject account = adminA.get("/api/accounts/reviewer5").json();
        assertEquals(200, adminA.post("/api/accounts/reviewer5/disable",
                "{\"version\":" + account.getJsonNumber("version").longValue() + "}").status());
        long refusedAfter = within(10_000, () -> reviewerOnB.get("/api/me").status() == 401);
        System.out.println("[ClusterIT] an account disabled on A was refused by B after " + refusedAfter + " ms");
        assertTrue(refusedAfter < 5_000, "refused on B after " + refusedAfter + " ms");
    }

    @Test
    @Order(3)
    void failedLogInsOnOneCountOnTheOther() {
        Api wrongOnA = Api.as("reviewer4", "not-the-password").at(A);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrongOnA.get("/api/me").status());
        }
        // the sixth guess, sent to the other instance, waits as it would on the first
        Api.Reply sixth = Api.as("reviewer4", "still-not-it").at(B).get("/api/me");
        assertEquals(429, sixth.status(), sixth.body());
        assertNotNull(sixth.header("Retry-After"));
    }

    @Test
    @Order(4)
    void theMonthsRankingIsPublishedOnceBetweenThem() {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2).toString();
        // both ask at once for a closed month nobody has asked for: each would publish it
        List<CompletableFuture<Api.Reply>> asked = List.of(A, B, A, B).stream()
                .map(base -> CompletableFuture.supplyAsync(() -> Api.as("office").at(base).get("/api/rankings/" + month)))
                .toList();
        List<String> published = asked.stream().map(CompletableFuture::join).map(r -> {
            assertEquals(200, r.status(), r.body());
            return r.json().getString("publishedAt");
        }).distinct().collect(Collectors.toList());
        assertEquals(1, published.size(), "one publication, seen by both: " + published);
        assertEquals(published.getFirst(), Api.as("office").at(B).get("/api/rankings/" + month).json().getString("publishedAt"));
    }

    /**
     * The disk under the shared database fills up (the talents' table moved onto a small tmpfs of its own, which a
     * file then fills; PostgreSQL's log stays on the big disk, as it should in service): PostgreSQL refuses to extend
     * the table (53100, disk_full) and stays up. Both instances answer a new talent 503 with the reason in JSON, go on
     * reading, keep exactly the talents they answered 201, and take changes again once the space is back, without a
     * restart. Needs root for the mount ({@link SmallDisk}); skipped elsewhere.
     */
    @Test
    @Order(5)
    void aFullDiskUnderTheDatabaseIsRefusedByBothLosesNothingAndPasses() throws Exception {
        Path root = Files.createTempDirectory("liancai-it-pg-disk");
        try (SmallDisk disk = SmallDisk.mount(root, root.resolve("disk"), 8)) {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x")); // the server's user passes through
            PostgresServer pg = PostgresServer.get();
            Path space = pg.ownFolder(root.resolve("disk").resolve("space"));
            pg.execute(database, "CREATE TABLESPACE liancai_small LOCATION '" + space + "'", "ALTER TABLE talent SET TABLESPACE liancai_small");
            try {
                Api officeA = Api.as("office").at(A);
                Api officeB = Api.as("office").at(B);
                String run = Fixtures.unique("满盘");
                // some 5 kB that do not compress: each row takes new room in the table's TOAST pages
                String notes = new Random(7).ints(1800, 0x4E00, 0x9FA5).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString();
                disk.fill();
                Set<Long> saved = new TreeSet<>();
                assertStorageFull(writeUntilRefused(officeA, run + " A", notes, saved));
                assertStorageFull(writeUntilRefused(officeB, run + " B", notes, saved));
                assertEquals(saved, talents(officeA, run), "exactly what was answered 201 is kept, and reads go on");
                // the other's list finds names through its own index, which follows the change log
                within(10_000, () -> talents(officeB, run).equals(saved));

                disk.free();
                long afterOnB = Fixtures.id(Fixtures.create(officeB, Fixtures.talent(run + " 空间回来").build()));
                within(10_000, () -> total(officeA, run + " 空间回来") == 1);
                saved.add(afterOnB);
                saved.add(Fixtures.id(Fixtures.create(officeA, Fixtures.talent(run + " 又能写").build())));
                within(10_000, () -> talents(officeB, run).equals(saved));
            } finally {
                pg.execute(database, "ALTER TABLE talent SET TABLESPACE pg_default", "DROP TABLESPACE liancai_small");
            }
        }
    }

    /** talents with {@code notes} until one is refused, that answer; those answered 201 join {@code saved} (room left in the last pages) */
    private static Api.Reply writeUntilRefused(Api api, String name, String notes, Set<Long> saved) {
        for (int i = 0; i < 50; i++) {
            Api.Reply r = api.post("/api/talents", Fixtures.talent(name + " " + i).add("notes", notes).build().toString());
            if (r.status() != 201) {
                return r;
            }
            saved.add(Fixtures.id(r.json()));
        }
        throw new AssertionError("the disk never ran full: 50 talents of 5 kB saved");
    }

    private static void assertStorageFull(Api.Reply r) {
        assertEquals(503, r.status(), r.body());
        assertTrue(Fixtures.assertErrorBody(r).getString("error").contains("磁盘"), r.body());
        assertNotNull(r.header("Retry-After"), "a client program is told when to try again");
    }

    private static Set<Long> talents(Api api, String name) {
        Set<Long> ids = new TreeSet<>();
        for (JsonObject row : Fixtures.rows(api.get("/api/talents?limit=200&name=" + Api.q(name))).getValuesAs(JsonObject.class)) {
            ids.add(Fixtures.id(row));
        }
        return ids;
    }

    @Test
    @Order(6)
    void aLogInOnOneIsALogInOnTheOtherAlsoAfterTheFirstDies() throws Exception {
        HttpResponse<String> login = PageForms.login(HTTP, A, "office", Api.PASSWORD, null);
        assertEquals(302, login.statusCode(), login.body());
        String cookies = login.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .collect(Collectors.joining("; "));
        assertTrue(cookies.contains("JSESSIONID="), cookies);

        assertLoggedIn(A, cookies);
        assertLoggedIn(B, cookies);
        // a page whose view keeps state (the profile: records, relations, neighbours) is sent to the other instance too
        long id = Api.as("office").at(A).get("/api/talents?limit=1").json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> profile = HTTP.send(HttpRequest.newBuilder(URI.create(A + "/talents/profile.xhtml?id=" + id))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, profile.statusCode());

        a.kill();
        a = null;
        assertLoggedIn(B, cookies);
        // and the instance left still answers the API and its search
        assertEquals(200, Api.as("office").at(B).get("/api/talents?limit=1").status());
        for (String instance : List.of("a", "b")) {
            String log = Files.readString(work.resolve(instance).resolve("server.log"));
            assertTrue(!log.contains("Cannot serialize session attribute"), instance + ": a session attribute was not replicated (see its server.log)");
        }
    }

    private static void assertLoggedIn(String base, String cookies) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/talents/list.xhtml")).header("Cookie", cookies)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), base + " answered " + page.statusCode() + " " + page.headers().firstValue("Location").orElse(""));
        assertNotNull(page.body());
        assertTrue(page.body().contains("王晓燕"), "the page shows who is logged in");
    }

    private static long total(Api api, String text) {
        Api.Reply r = api.get("/api/search?q=" + Api.q(text));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    /** milliseconds until {@code condition} held, polling every 50 ms; fails after {@code limitMillis} */
    private static long within(long limitMillis, BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > limitMillis) {
                throw new AssertionError("not within " + limitMillis + " ms");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
