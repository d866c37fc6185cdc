package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Start-up time and memory of Liancai against an empty web application on the same Payara Micro,
 * the same JVM and the same flags (issue 16's footprint): for each, the time from the process's
 * start to the first successful {@code /health} (Payara's own endpoint) and to the app's first page,
 * and the resident memory (VmRSS) after a short warm-up of requests. Three kinds of start, taken in
 * turn ({@code bench.footprint-rounds}, default 3) so that a slow minute of the machine falls on each
 * alike; the medians are reported with their ratios to the empty app:
 * <ul>
 * <li>the empty app (a WAR with one static page, built here);</li>
 * <li>Liancai's first start on a fresh data folder without demo data (schema created, first administrator);</li>
 * <li>Liancai's restart on that folder (what an office's server does every day).</li>
 * </ul>
 * Off in the normal run: {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=FootprintBenchmarkIT -Dbench=true}; results in {@code target/footprint-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class FootprintBenchmarkIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 79;
    private static final int ROUNDS = Integer.getInteger("bench.footprint-rounds", 3);
    private static final int WARM_UP_REQUESTS = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Start(double health, double page, long rssKib) {
    }

    @Test
    void liancaiAgainstAnEmptyAppOnTheSamePayaraMicro() throws Exception {
        Path root = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-footprint");
        RunningApp.deleteTree(root);
        Files.createDirectories(root);
        Path empty = emptyWar(root.resolve("empty.war"));
        Path liancai = Path.of(System.getProperty("it.war", "target/liancai.war"));

        Map<String, List<Start>> starts = new LinkedHashMap<>();
        starts.put("empty app", new ArrayList<>());
        starts.put("Liancai, first start (no demo data)", new ArrayList<>());
        starts.put("Liancai, restart", new ArrayList<>());
        for (int round = 0; round < ROUNDS; round++) {
            starts.get("empty app").add(start(root.resolve("empty-" + round), empty, true, "/index.html"));
            Path work = root.resolve("liancai-" + round);
            starts.get("Liancai, first start (no demo data)").add(start(work, liancai, true, "/login.xhtml"));
            starts.get("Liancai, restart").add(start(work, liancai, false, "/login.xhtml"));
        }

        List<String> report = new ArrayList<>();
        report.add(String.format("Footprint: %d starts of each, taken in turn; %s, %d cores; JVM flags as the tests' (-Xmx512m …)",
                ROUNDS, System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors()));
        report.add(String.format("%-38s %12s %12s %12s   %s", "median of " + ROUNDS, "/health (s)", "page (s)", "RSS (MiB)", "each start: health / page / RSS"));
        Start base = median(starts.get("empty app"));
        starts.forEach((kind, list) -> {
            Start m = median(list);
            StringBuilder each = new StringBuilder();
            list.forEach(s -> each.append(String.format("%.1f/%.1f/%d  ", s.health, s.page, s.rssKib >> 10)));
            report.add(String.format("%-38s %12.1f %12.1f %12d   %s", kind, m.health, m.page, m.rssKib >> 10, each.toString().strip()));
            if (!kind.equals("empty app")) {
                report.add(String.format("%-38s %11.2f× %11.2f× %11.2f×", "  against the empty app", m.health / base.health,
                        m.page / base.page, (double) m.rssKib / base.rssKib));
            }
        });
        report.forEach(System.out::println);
        Files.write(Path.of("target", "footprint-benchmark.txt"), report);
        assertTrue(base.health > 0, "the empty app started");
    }

    /** starts Payara Micro with {@code war}, times the first 200 of /health and of {@code page}, warms up, reads VmRSS, stops it */
    private Start start(Path work, Path war, boolean fresh, String page) throws Exception {
        List<String> command = RunningApp.command(work, PORT, fresh, List.of("-Dliancai.demo=false"), List.of(), war);
        Path log = work.resolve("server.log");
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            double health = firstOk(process, "/health", begin, log);
            double ready = firstOk(process, page, begin, log);
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                get(i % 2 == 0 ? "/health" : page);
            }
            return new Start(health, ready, rssKib(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static double firstOk(Process process, String path, long begin, Path log) throws Exception {
        long deadline = begin + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log.toAbsolutePath());
            }
            try {
                if (get(path) == 200) {
                    return (System.nanoTime() - begin) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(path + " not answered within 300 s; see " + log.toAbsolutePath());
    }

    private static int get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    private static Start median(List<Start> starts) {
        List<Start> byPage = new ArrayList<>(starts);
        byPage.sort((a, b) -> Double.compare(a.page, b.page));
        List<Double> health = new ArrayList<>(starts.stream().map(Start::health).toList());
        List<Long> rss = new ArrayList<>(starts.stream().map(Start::rssKib).toList());
        Collections.sort(health);
        Collections.sort(rss);
        int mid = starts.size() / 2;
        return new Start(health.get(mid), byPage.get(mid).page, rss.get(mid));
    }

    /** a web application with nothing but a page: what Payara Micro costs by itself */
    private static Path emptyWar(Path war) throws IOException {
        try (OutputStream out = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!doctype html><title>empty</title><p>empty".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return war;
    }
}
