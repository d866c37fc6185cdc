package cn.wulian.liancai.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real app once per test run: {@code java -jar payara-micro.jar --deploy liancai.war}
 * on a fresh data folder, waits until it answers, and stops it when the run ends. Every
 * integration and browser test shares that one server. The database is embedded Derby in that folder,
 * or with {@code -Dit.db=postgresql} a database of its own on a throwaway PostgreSQL server
 * ({@link PostgresServer}).
 */
public class RunningApp implements BeforeAllCallback {

    private static final int PORT = Integer.getInteger("it.port", 18080);
    private static final int READY_SECONDS = Integer.getInteger("it.ready-seconds", 420);
    private static final int STALL_SECONDS = Integer.getInteger("it.stall-seconds", 120);
    public static final String BASE = "http://localhost:" + PORT;

    /**
     * The second lane of the integration tests, beside the shared server's line: a lock held first by the
     * test classes with a server of their own (one at a time, so that a run on 2 cores has one Payara start
     * at a time on top of the shared server; their methods one after another, a class-level lock keeps
     * them in its thread), then by three browser classes that write nothing the others read
     * ({@code BrowserPhoneNavIT}, the longest, {@code BrowserCspIT}, {@code BrowserFiguresIT}), ordered
     * last (junit-platform.properties: classes by {@code @Order}; the concurrent classes are handed to
     * the pool's threads in that order and wait for the lock in it). Before, the first ran beside both
     * from the start, three busy lanes on two cores, while the shared line then ran alone for its last
     * five minutes.
     */
    public static final String SECOND_LANE = "liancai.second-lane";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningApp.class.getName(), k -> start(), Server.class);
    }

    public static final class Server implements AutoCloseable {
        private final Process process;

        Server(Process process) {
            this.process = process;
        }

        /** the processor time the server has used so far, e.g. to measure what a run of requests costs it */
        public Duration cpuTime() {
            return process.toHandle().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time on this system"));
        }

        /**
         * kill -9: the process and whatever it started end at once, without closing the database or
         * the search index, as in a power cut or an OOM killer
         */
        public void kill() {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the killed server did not end");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** waits until a server from {@link #spawn} answers (no second start if it hangs) */
        public Server awaitReady(Path work, int port) {
            try {
                if (!waitUntilReady(process, work.resolve("server.log"), "http://localhost:" + port)) {
                    kill();
                    throw new IllegalStateException("Payara Micro hung at start; see " + work.resolve("server.log").toAbsolutePath());
                }
                return this;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static volatile Server shared;

    private static Server start() {
        shared = launch(Path.of(System.getProperty("it.workdir", "target/it")), PORT, true);
        return shared;
    }

    /** the server all tests share (started by this extension before the first test class) */
    public static Server shared() {
        return shared;
    }

    /**
     * Starts another instance on its own folder and port (for restart tests); {@code fresh} empties
     * the folder first, otherwise the data of an earlier start is kept.
     */
    public static Server launch(Path work, int port, boolean fresh) {
        return launch(work, port, fresh, List.of(), List.of());
    }

    /**
     * The same, with settings of its own ({@code -Dkey=value}, over the defaults of the tests: demo
     * data on, as README's run command has it).
     */
    public static Server launch(Path work, int port, boolean fresh, Map<String, String> settings) {
        List<String> options = new ArrayList<>();
        settings.forEach((key, value) -> options.add("-D" + key + "=" + value));
        return launch(work, port, fresh, options, List.of());
    }

    /**
     * Starts another instance with extra JVM options ({@code -Dkey=value}: system properties, which
     * override the configuration file and the tests' defaults) and extra Payara Micro arguments (e.g.
     * {@code --sslport}).
     */
    public static Server launch(Path work, int port, boolean fresh, List<String> jvmOptions, List<String> microArguments) {
        try {
            List<String> command = command(work, port, fresh, jvmOptions, microArguments);
            Path log = work.resolve("server.log");
            for (int attempt = 1; ; attempt++) {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                if (waitUntilReady(process, log, "http://localhost:" + port)) {
                    return new Server(process);
                }
                // seen here: Payara Micro 7.2025.1 now and then deadlocks in its own start-up (HK2 run-level
                // threads parked on the service locator's lock) and never answers; a second start works
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                if (attempt == 3) {
                    throw new IllegalStateException("Payara Micro hung at start three times; see " + log.toAbsolutePath());
                }
                Files.writeString(log, "\n[RunningApp] start hung (no output for " + STALL_SECONDS + " s): starting again\n",
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Payara Micro", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts an instance on the data of an earlier one and returns at once, for a test that acts
     * while it starts (e.g. kills it in the middle); {@link Server#awaitReady} waits for it.
     */
    public static Server spawn(Path work, int port) {
        try {
            Process process = new ProcessBuilder(command(work, port, false, List.of(), List.of())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile())).start();
            return new Server(process);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Payara Micro", e);
        }
    }

    private static List<String> command(Path work, int port, boolean fresh, List<String> jvmOptions, List<String> microArguments)
            throws IOException {
        return command(work, port, fresh, jvmOptions, microArguments, Path.of(System.getProperty("it.war", "target/liancai.war")));
    }

    /** the command that starts Payara Micro as the tests do, deploying {@code war} (another app, for a side-by-side measurement) */
    static List<String> command(Path work, int port, boolean fresh, List<String> jvmOptions, List<String> microArguments, Path war)
            throws IOException {
        if (fresh) {
            deleteTree(work);
        }
        Path data = work.resolve("data");
        Files.createDirectories(data);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String config = System.getProperty("it.config", "config");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dliancai.data.dir=" + data.toAbsolutePath(),
                "-Dderby.system.home=" + data.toAbsolutePath(),
                "-Dderby.stream.error.file=" + data.resolve("derby.log").toAbsolutePath(),
                "-Dliancai.config.dir=" + config,
                // the tests' defaults: demo data on, as README's run command has it; and since every test calls
                // from 127.0.0.1 and many user names fail on purpose over a run, no throttling of that address
                // as a password sprayer (LoginThrottleIT tests the user name's)
                "-Dliancai.demo=true", "-Dliancai.login.address-free-names=100000",
                // no daily backup in the middle of a test run (BackupRestoreIT turns it on to see it scheduled)
                "-Dliancai.backup.daily-at=off"));
        if (port != PORT && !Boolean.getBoolean("bench")) {
            // a server of a test's own lives a minute or two: compiling its hot code fully (C2) costs it more
            // processor time than it gets back (measured: 55 s of CPU to be ready, 32 s with C1 alone), time that
            // the shared server's tests beside it wait for on 2 cores; the shared server lives the whole run, and
            // the benchmarks (-Dbench=true) measure the JVM as production runs it
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        } else if (!Boolean.getBoolean("bench")) {
            // the shared server keeps C2 (it lives the whole run and renders every page the browser tests open), but
            // on two busy cores G1's concurrent threads and barriers cost processor time the run is short of; the
            // serial collector's pauses on a heap this small go unnoticed
            command.add("-XX:+UseSerialGC");
        }
        if (!Boolean.getBoolean("bench")) {
            // the app's jars are the build's own: verifying their bytecode at every start costs a test server about a tenth
            // of its start-up processor time (measured: 30–31 s of CPU to be ready instead of 32–36 s), times some twenty
            // starts a run; the benchmarks measure the JVM as production runs it
            command.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote"));
        }
        if (PostgresServer.enabled()) {
            command.addAll(postgresql(work, fresh));
        }
        command.addAll(jvmOptions);
        // the same preboot commands as the launcher (pom.xml, run profile): tests see the production listener settings
        command.addAll(List.of("-jar", System.getProperty("it.micro", "target/payara-micro.jar"),
                "--prebootcommandfile", Path.of(config, "preboot.asadmin").toString()));
        if (!microArguments.contains("--clustername")) {
            // one instance alone; ClusterIT's instances form a cluster instead
            command.add("--nohazelcast");
        }
        command.addAll(List.of("--contextroot", "/", "--port", String.valueOf(port), "--deploy", war.toString()));
        command.addAll(microArguments);
        return command;
    }

    /**
     * Under {@code -Dit.db=postgresql}: the settings that point an instance at a database of its own on
     * the test run's PostgreSQL server, a new empty one for a fresh folder, the one it had before for a
     * restart on the same folder (its URL is kept beside the data).
     */
    private static List<String> postgresql(Path work, boolean fresh) throws IOException {
        Path file = work.resolve("postgresql-url");
        String url;
        if (fresh || !Files.exists(file)) {
            url = PostgresServer.get().createDatabase();
            Files.writeString(file, url);
        } else {
            url = Files.readString(file).strip();
        }
        return List.of("-Dliancai.db.url=" + url, "-Dliancai.db.user=" + PostgresServer.USER);
    }

    /** true once the app answers; false when the start hung (the log silent for {@link #STALL_SECONDS}) */
    private static boolean waitUntilReady(Process process, Path log, String base) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // ~20 s on an idle 2-core machine; generous because a loaded machine (several builds at once) starts far slower
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        long logSize = -1;
        long lastGrowth = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long size = Files.size(log);
            if (size != logSize) {
                logSize = size;
                lastGrowth = System.nanoTime();
            } else if (System.nanoTime() - lastGrowth > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
                return false;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || isRedirectToHttps(r)) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet, or listening but not answering (a hung start accepts connections)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro not ready within " + READY_SECONDS + " s; see " + log.toAbsolutePath());
    }

    /** an instance that requires HTTPS answers plain HTTP with a redirect, and only once the app is deployed */
    private static boolean isRedirectToHttps(HttpResponse<String> r) {
        return (r.statusCode() == 301 || r.statusCode() == 308)
                && r.headers().firstValue("Location").filter(l -> l.startsWith("https://")).isPresent();
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
