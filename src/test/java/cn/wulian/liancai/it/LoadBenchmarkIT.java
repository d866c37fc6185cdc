package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.seed.Csv;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The load benchmark: the real app on its own demo data, {@code bench.clients} (50) clients over
 * loopback for {@code bench.seconds} (60 s), each looping without pause over page views (JSF pages
 * in a logged-in session, as a browser would fetch the document), searches ({@code /api/search} with
 * names, skills, schools and employers from the demo data) and, for office staff, writes (register a
 * talent, log a contact with one, revise one). Every request's latency is kept by kind; the test
 * prints p50/p95/p99/max and throughput per kind (also to {@code target/load-benchmark.txt}) and
 * fails on any error: a status other than 2xx/3xx, a page that sent the session back to the log-in,
 * an exception or a time-out. Each client logs in once and keeps its session (log-in costs a
 * deliberately slow password hash, and is not what is measured).
 *
 * <p>Off in the normal test run (it takes minutes and loads the machine); run it alone with
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadBenchmarkIT -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LoadBenchmarkIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 57;
    private static final String BASE = "http://localhost:" + PORT;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    /** the demo accounts that use the registry: office staff write, platform managers only read */
    private static final List<String> USERS = List.of("office", "office2", "mgr-fatong", "mgr-shibei", "mgr-cas", "mgr-kunshan");
    private static final List<String> LIST_PAGES = List.of("/talents/list.xhtml", "/teams/list.xhtml", "/projects/list.xhtml");
    /** the office's own start page; a platform manager is refused it (403), so only office staff open it */
    private static final String DASHBOARD = "/dashboard.xhtml";

    record Sample(String kind, long nanos) {
    }

    record Failure(String kind, String what, String detail) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();

    @Test
    void fiftyClientsForAMinuteWithoutAnError() throws Exception {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-load");
        List<String> queries = queries();
        // e.g. -Dbench.server-options=-XX:StartFlightRecording=filename=/tmp/load.jfr to see where the server's time goes
        List<String> serverOptions = List.of(System.getProperty("bench.server-options", "").split(" ")).stream().filter(o -> !o.isBlank()).toList();
        try (RunningApp.Server app = RunningApp.launch(work, PORT, true, serverOptions, List.of())) {
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(new Client(i, USERS.get(i % USERS.size()), queries));
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                // log-ins first, a few at a time as people arrive, outside the measured minute
                for (Future<?> f : pool.invokeAll(clients.stream().map(c -> (java.util.concurrent.Callable<Void>) () -> {
                    c.logIn();
                    return null;
                }).toList())) {
                    f.get();
                }
                Duration cpuBefore = app.cpuTime();
                String loadBefore = loadAverage();
                CountDownLatch start = new CountDownLatch(1);
                long[] window = new long[2];
                List<Future<?>> running = new ArrayList<>();
                for (Client c : clients) {
                    running.add(pool.submit(() -> {
                        start.await();
                        c.run(window[1]);
                        return null;
                    }));
                }
                window[0] = System.nanoTime();
                window[1] = window[0] + TimeUnit.SECONDS.toNanos(SECONDS);
                start.countDown();
                for (Future<?> f : running) {
                    f.get();
                }
                long elapsed = System.nanoTime() - window[0];
                String report = report(elapsed, app.cpuTime().minus(cpuBefore))
                        + "machine: " + Runtime.getRuntime().availableProcessors() + " processors; load average (1, 5, 15 min) before "
                        + loadBefore + ", after " + loadAverage() + " (other work on the machine competes with the server)\n";
                System.out.println(report);
                Files.writeString(Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("load-benchmark.txt"), report);
            } finally {
                pool.shutdownNow();
            }
        }
        failures.stream().limit(50).forEach(f -> System.out.println("ERROR " + f.kind() + " " + f.what() + ": " + f.detail()));
        assertEquals(0, failures.size(), () -> failures.size() + " errors; first: " + failures.peek());
    }

    /** what people look for: the talents' names, skills, schools and employers, as the demo data has them */
    private static List<String> queries() throws IOException {
        Set<String> queries = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(Path.of("data-seed", "demo", "talents.csv"))) {
            for (Map<String, String> row : Csv.read(in)) {
                queries.add(row.get("name"));
                for (String column : List.of("expertise", "school", "employer")) {
                    String value = row.get(column);
                    if (value != null && !value.isBlank()) {
                        queries.addAll(List.of(value.split(";")));
                    }
                }
            }
        }
        queries.removeIf(String::isBlank);
        return List.copyOf(queries);
    }

    /** one person at a browser who also uses the API: a page session for the pages, Basic credentials for the API */
    private final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final SplittableRandom random;
        private final String user;
        private final boolean writes;
        private final String authorization;
        private final List<String> queries;
        private final List<Long> talents = new ArrayList<>();
        /** the talents this client registered, by id: only it changes them, so no 409 by design */
        private final List<Long> own = new ArrayList<>();
        private String session;
        private int sequence;

        Client(int number, String user, List<String> queries) {
            this.random = new SplittableRandom(number);
            this.user = user;
            this.writes = user.startsWith("office");
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
            this.queries = queries;
        }

        void logIn() throws IOException, InterruptedException {
            HttpResponse<String> login = PageForms.login(http, BASE, user, Api.PASSWORD, null);
            if (login.statusCode() != 302) {
                throw new AssertionError(user + " could not log in: " + login.statusCode());
            }
            session = PageForms.sessionCookie(login);
            HttpResponse<String> visible = http.send(api("/api/talents?limit=200").GET().build(), HttpResponse.BodyHandlers.ofString());
            for (JsonObject row : json(visible.body()).getJsonArray("rows").getValuesAs(JsonObject.class)) {
                talents.add(row.getJsonNumber("id").longValue());
            }
            if (talents.isEmpty()) {
                throw new AssertionError(user + " sees no talents");
            }
        }

        void run(long deadline) {
            while (System.nanoTime() < deadline) {
                int dice = random.nextInt(100);
                if (writes && dice < 20) {
                    write();
                } else if (dice < 55) {
                    page();
                } else {
                    search();
                }
            }
        }

        private void page() {
            int dice = random.nextInt(8);
            String path = dice < 4 ? "/talents/profile.xhtml?id=" + talents.get(random.nextInt(talents.size()))
                    : dice == 7 && writes ? DASHBOARD
                    : LIST_PAGES.get(random.nextInt(LIST_PAGES.size()));
            String kind = path.startsWith("/talents/profile") ? "page: talent profile" : path.equals(DASHBOARD) ? "page: dashboard" : "page: list";
            HttpResponse<String> r = send(kind, HttpRequest.newBuilder(URI.create(BASE + path)).header("Cookie", session).GET());
            if (r != null && r.statusCode() == 302) {
                failures.add(new Failure(kind, "GET " + path, "302 to " + r.headers().firstValue("Location").orElse("?") + ": the session is gone"));
            }
        }

        private void search() {
            String q = queries.get(random.nextInt(queries.size()));
            send("search", api("/api/search?limit=20&q=" + Api.q(q)).GET());
        }

        private void write() {
            int what = own.isEmpty() ? 0 : random.nextInt(3);
            if (what == 0) {
                String name = "压测人才 " + user + "-" + (++sequence) + "-" + random.nextInt(1_000_000);
                HttpResponse<String> r = send("write: register talent", body(api("/api/talents"), "POST",
                        Json.createObjectBuilder().add("name", name).add("expertise", Json.createArrayBuilder().add("新材料")).build()));
                remember(r);
            } else {
                long id = own.get(random.nextInt(own.size()));
                if (what == 1) {
                    send("write: log contact", body(api("/api/talents/" + id + "/interactions"), "POST", Json.createObjectBuilder()
                            .add("kind", "CALL").add("occurredAt", LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString())
                            .add("summary", "电话回访，了解返乡创业意向").build()));
                } else {
                    // as the edit page does: read the record (a logged contact changed its version), then save it
                    HttpResponse<String> read = send("api: read talent", api("/api/talents/" + id).GET());
                    if (read == null || read.statusCode() != 200) {
                        return;
                    }
                    long version = json(read.body()).getJsonNumber("version").longValue();
                    send("write: revise talent", body(api("/api/talents/" + id), "PUT", Json.createObjectBuilder()
                            .add("name", "压测人才 " + user + "-" + id + "-v" + (version + 1))
                            .add("expertise", Json.createArrayBuilder().add("新材料").add("智能制造"))
                            .add("version", version).build()));
                }
            }
        }

        private void remember(HttpResponse<String> r) {
            if (r != null && r.statusCode() == 201) {
                own.add(json(r.body()).getJsonNumber("id").longValue());
            }
        }

        private HttpRequest.Builder api(String path) {
            return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization).header("Accept", "application/json");
        }

        private HttpRequest.Builder body(HttpRequest.Builder request, String method, JsonObject body) {
            return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }

        /** sends, times and checks one request; null when it failed outright */
        private HttpResponse<String> send(String kind, HttpRequest.Builder request) {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                samples.add(new Sample(kind, System.nanoTime() - t0));
                if (r.statusCode() < 200 || r.statusCode() >= 400) {
                    failures.add(new Failure(kind, built.method() + " " + built.uri().getPath(),
                            r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length()))));
                }
                return r;
            } catch (IOException e) {
                samples.add(new Sample(kind, System.nanoTime() - t0));
                failures.add(new Failure(kind, built.method() + " " + built.uri(), e.toString()));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** the machine's load averages, where the system tells them */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private String report(long elapsedNanos, Duration serverCpu) {
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s.nanos());
            String group = s.kind().contains(":") ? s.kind().substring(0, s.kind().indexOf(':')) + " (all)" : null;
            if (group != null) {
                byKind.computeIfAbsent(group, k -> new ArrayList<>()).add(s.nanos());
            }
        }
        byKind.put("all requests", samples.stream().map(Sample::nanos).toList());
        double seconds = elapsedNanos / 1e9;
        StringBuilder out = new StringBuilder();
        out.append(String.format("load: %d clients, %.1f s, %d requests, %d errors, server CPU %.1f s (%.2f cores)%n",
                CLIENTS, seconds, samples.size(), failures.size(), serverCpu.toMillis() / 1000.0, serverCpu.toMillis() / 1000.0 / seconds));
        out.append("| kind | requests | per s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        byKind.forEach((kind, nanos) -> {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            out.append(String.format("| %s | %d | %.1f | %s | %s | %s | %s |%n", kind, sorted.size(), sorted.size() / seconds,
                    ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0)));
        });
        return out.toString();
    }

    /** the nearest-rank percentile, in milliseconds */
    private static String ms(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return String.format("%.0f", sorted.get(Math.max(0, rank - 1)) / 1e6);
    }
}
