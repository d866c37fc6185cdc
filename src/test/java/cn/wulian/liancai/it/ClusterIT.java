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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
 * other — also after the first is killed —, failed log-ins count on both, and the month's ranking is
 * published once between them.
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
        List<String> database = List.of("-Dliancai.db.url=" + PostgresServer.get().createDatabase(), "-Dliancai.db.user=" + PostgresServer.USER);
        a = RunningApp.launch(work.resolve("a"), PORT_A, true, database, cluster(cluster, members, hazelcastA));
        b = RunningApp.launch(work.resolve("b"), PORT_B, true, database, cluster(cluster, members, hazelcastB));
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

    @Test
    @Order(5)
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
