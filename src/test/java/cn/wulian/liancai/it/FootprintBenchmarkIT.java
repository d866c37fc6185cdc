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
 * <li>the stack's floor ({@link StackFloor}: one PrimeFaces page, a CDI bean, a JPA entity on embedded Derby, a
 * start-up singleton, a JAX-RS resource — what the customer's fixed stack costs before any of Liancai);</li>
 * <li>Liancai's first start on a fresh data folder without demo data (schema created, first administrator);</li>
 * <li>Liancai's restart on that folder (what an office's server does every day).</li>
 * </ul>
 * <p>
 * Two more kinds on request, in the same turns: {@code -Dbench.footprint-before=path/to/other.war}
 * (Liancai as built before a change, so that a change is measured against its predecessor under the
 * same load; {@code -Dbench.footprint-before-config=folder} when its configuration folder differs) and {@code -Dbench.footprint-aot=true} (both apps from a Payara Micro launcher with the
 * JDK's AOT cache of a training run; the training is not timed).
 * <p>
 * Off in the normal run: {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=FootprintBenchmarkIT -Dbench=true}; results in {@code target/footprint-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class FootprintBenchmarkIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 79;
    private static final int ROUNDS = Integer.getInteger("bench.footprint-rounds", 3);
    private static final int WARM_UP_REQUESTS = 200;
    /** the configuration folder of the WAR of {@code bench.footprint-before}, when its preboot commands differ */
    private static final String BEFORE_CONFIG = System.getProperty("bench.footprint-before-config");
    /** more builds to take in turn, {@code war@configFolder} separated by commas ({@code bench.footprint-others}) */
    private static final List<String> OTHERS = System.getProperty("bench.footprint-others", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.footprint-others").split(","));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Start(double health, double page, long rssKib) {
    }

    @Test
    void liancaiAgainstAnEmptyAppOnTheSamePayaraMicro() throws Exception {
        Path root = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-footprint");
        RunningApp.deleteTree(root);
        Files.createDirectories(root);
        Path empty = emptyWar(root.resolve("empty.war"));
        Path floor = StackFloor.war(root.resolve("stack-floor"));
        Path liancai = Path.of(System.getProperty("it.war", "target/liancai.war"));

        Path before = System.getProperty("bench.footprint-before") == null ? null : Path.of(System.getProperty("bench.footprint-before"));
        boolean aot = Boolean.getBoolean("bench.footprint-aot");
        Launcher emptyAot = aot ? Launcher.trained(root.resolve("aot-empty"), empty, "/index.html") : null;
        Launcher floorAot = aot ? Launcher.trained(root.resolve("aot-floor"), floor, StackFloor.PAGE) : null;
        Launcher liancaiAot = aot ? Launcher.trained(root.resolve("aot-liancai"), liancai, "/login.xhtml") : null;

        Map<String, List<Start>> starts = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            add(starts, "empty app", start(root.resolve("empty-" + round), empty, true, "/index.html", null));
            add(starts, "the stack's floor (first start)", start(root.resolve("floor-" + round), floor, true, StackFloor.PAGE, null));
            Path work = root.resolve("liancai-" + round);
            add(starts, "Liancai, first start (no demo data)", start(work, liancai, true, "/login.xhtml", null));
            add(starts, "Liancai, restart", start(work, liancai, false, "/login.xhtml", null));
            if (before != null) {
                Path old = root.resolve("before-" + round);
                add(starts, "before: Liancai, first start", start(old, before, true, "/login.xhtml", null, BEFORE_CONFIG));
                add(starts, "before: Liancai, restart", start(old, before, false, "/login.xhtml", null, BEFORE_CONFIG));
            }
            for (int other = 0; other < OTHERS.size(); other++) {
                String[] war = OTHERS.get(other).split("@");
                Path old = root.resolve("other" + other + "-" + round);
                add(starts, "other " + (other + 1) + ": Liancai, first start", start(old, Path.of(war[0]), true, "/login.xhtml", null, war[1]));
                add(starts, "other " + (other + 1) + ": Liancai, restart", start(old, Path.of(war[0]), false, "/login.xhtml", null, war[1]));
            }
            if (aot) {
                add(starts, "AOT cache: empty app", start(root.resolve("aot-empty-" + round), empty, true, "/index.html", emptyAot));
                add(starts, "AOT cache: the stack's floor", start(root.resolve("aot-floor-" + round), floor, true, StackFloor.PAGE, floorAot));
                Path cached = root.resolve("aot-liancai-" + round);
                add(starts, "AOT cache: Liancai, first start", start(cached, liancai, true, "/login.xhtml", liancaiAot));
                add(starts, "AOT cache: Liancai, restart", start(cached, liancai, false, "/login.xhtml", liancaiAot));
            }
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
            // each against the empty app and the stack's floor started the same way (with the AOT cache or without)
            String mode = kind.startsWith("AOT cache: ") ? "AOT cache: " : "";
            if (!kind.endsWith("empty app")) {
                report.add(ratios("  against the empty app", m, median(starts.get(mode + "empty app"))));
            }
            if (kind.contains("Liancai")) {
                report.add(ratios("  against the stack's floor", m, median(starts.get(mode.isEmpty() ? "the stack's floor (first start)"
                        : "AOT cache: the stack's floor"))));
            }
        });
        report.forEach(System.out::println);
        Files.write(Path.of("target", "footprint-benchmark.txt"), report);
        assertTrue(base.health > 0, "the empty app started");
    }

    private static String ratios(String label, Start start, Start base) {
        return String.format("%-38s %11.2f× %11.2f× %11.2f×", label, start.health / base.health, start.page / base.page,
                (double) start.rssKib / base.rssKib);
    }

    /** records a start, and prints it at once: a run that breaks off later keeps what it measured */
    private static void add(Map<String, List<Start>> starts, String kind, Start start) {
        System.out.printf("start: %-40s %.1f/%.1f/%d%n", kind, start.health, start.page, start.rssKib >> 10);
        starts.computeIfAbsent(kind, k -> new ArrayList<>()).add(start);
    }

    /**
     * Payara Micro from a fixed root folder ({@code --rootdir}, then {@code --outputlauncher}: a
     * launcher jar with a fixed class path, which the JDK's AOT cache requires) and the AOT cache
     * (JEP 483, 514, 515) of one training run: the app started, warmed up as measured, and stopped,
     * the cache written as the JVM exits.
     */
    private record Launcher(Path jar, Path cache) {

        static final String POLICY_FACTORY = "jakarta.security.jacc.PolicyFactory.provider=org.glassfish.exousia.modules.def.DefaultPolicyFactory";

        static Launcher trained(Path rootDir, Path war, String page) throws Exception {
            RunningApp.deleteTree(rootDir);
            Files.createDirectories(rootDir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process output = new ProcessBuilder(java, "-jar", System.getProperty("it.micro", "target/payara-micro.jar"), "--rootdir",
                    rootDir.resolve("root").toString(), "--outputlauncher").redirectErrorStream(true)
                    .redirectOutput(rootDir.resolve("outputlauncher.log").toFile()).start();
            if (!output.waitFor(120, TimeUnit.SECONDS) || output.exitValue() != 0) {
                throw new IllegalStateException("no launcher; see " + rootDir.resolve("outputlauncher.log"));
            }
            Launcher launcher = new Launcher(rootDir.resolve("root").resolve("launch-micro.jar"), rootDir.resolve("app.aot"));
            List<String> command = launcher.command(RunningApp.command(rootDir.resolve("training"), PORT, true,
                    List.of("-Dliancai.demo=false"), List.of(), war), "-XX:AOTCacheOutput=" + launcher.cache, true);
            Path log = rootDir.resolve("training.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                firstOk(process, page, System.nanoTime(), log);
                for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                    get(i % 2 == 0 ? "/health" : page);
                }
            } finally {
                process.destroy(); // a normal exit: the cache is written then
                if (!process.waitFor(300, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                }
            }
            if (!Files.exists(launcher.cache)) {
                throw new IllegalStateException("no AOT cache written; see " + log);
            }
            System.out.printf("AOT cache for %s: %d MiB%n", war.getFileName(), Files.size(launcher.cache) >> 20);
            return launcher;
        }

        /**
         * the tests' command run from the launcher, with {@code option} among the JVM's, deploying the WAR ({@code deploy}, the training run) or not: a persistent root folder keeps what was
         * deployed into it and deploys it again at every start, so a {@code --deploy} of the same app would deploy it
         * twice — the second copy then fails (embedded Derby is already booted by the first copy's class loader, and
         * PrimeFaces finds the servlet context of a listener it did not declare)
         */
        List<String> command(List<String> tests, String option, boolean deploy) {
            List<String> command = new ArrayList<>(tests);
            if (!deploy) {
                int at = command.indexOf("--deploy");
                command.remove(at + 1);
                command.remove(at);
            }
            int jar = command.indexOf("-jar");
            command.set(jar + 1, this.jar.toString());
            command.add(jar, option);
            // Payara Micro 7.2025.1 sets this in its own launcher only: without it, launch-micro.jar deploys nothing
            // ("Error in generating security policy … policyFactory is null")
            command.add(jar, "-D" + POLICY_FACTORY);
            return command;
        }
    }

    /**
     * starts Payara Micro with {@code war} (from a trained launcher and its AOT cache when given), times the first 200 of
     * /health and of {@code page}, warms up, reads VmRSS, stops it
     */
    private Start start(Path work, Path war, boolean fresh, String page, Launcher launcher) throws Exception {
        return start(work, war, fresh, page, launcher, null);
    }

    /** … with the configuration folder {@code config} (its preboot commands) instead of the tests' when not null */
    private Start start(Path work, Path war, boolean fresh, String page, Launcher launcher, String config) throws Exception {
        List<String> command = new ArrayList<>(RunningApp.command(work, PORT, fresh, List.of("-Dliancai.demo=false"), List.of(), war));
        if (config != null) {
            command.replaceAll(a -> a.startsWith("-Dliancai.config.dir=") ? "-Dliancai.config.dir=" + config : a);
            command.set(command.indexOf("--prebootcommandfile") + 1, Path.of(config, "preboot.asadmin").toString());
        }
        if (launcher != null) {
            command = launcher.command(command, "-XX:AOTCache=" + launcher.cache, false);
        }
        Path log = work.resolve(fresh ? "server.log" : "server-restart.log");
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            double health = firstOk(process, "/health", begin, log);
            double ready;
            try {
                ready = firstOk(process, page, begin, log);
            } catch (IllegalStateException failed) {
                // the app did not come up (seen once with the AOT cache: a request during deployment broke
                // PrimeFaces' start); counted as a failure, the run goes on
                System.out.println("FAILED: " + failed.getMessage());
                return new Start(health, Double.POSITIVE_INFINITY, rssKib(process.pid()));
            }
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
            StackFloor.put(zip, "index.html", "<!doctype html><title>empty</title><p>empty".getBytes(StandardCharsets.UTF_8));
            StackFloor.put(zip, "WEB-INF/web.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>\n").getBytes(StandardCharsets.UTF_8));
        }
        return war;
    }
}
