package cn.wulian.liancai.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real app once per test run: {@code java -jar payara-micro.jar --deploy liancai.war}
 * on a fresh data folder, waits until it answers, and stops it when the run ends. Every
 * integration and browser test shares that one server.
 */
public class RunningApp implements BeforeAllCallback {

    private static final int PORT = Integer.getInteger("it.port", 18080);
    private static final int READY_SECONDS = Integer.getInteger("it.ready-seconds", 420);
    public static final String BASE = "http://localhost:" + PORT;

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

    private static Server start() {
        return launch(Path.of(System.getProperty("it.workdir", "target/it")), PORT, true);
    }

    /**
     * Starts another instance on its own folder and port (for restart tests); {@code fresh} empties
     * the folder first, otherwise the data of an earlier start is kept.
     */
    public static Server launch(Path work, int port, boolean fresh) {
        try {
            if (fresh) {
                deleteTree(work);
            }
            Path data = work.resolve("data");
            Files.createDirectories(data);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                    "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                    "-Dliancai.data.dir=" + data.toAbsolutePath(),
                    "-Dderby.system.home=" + data.toAbsolutePath(),
                    "-Dderby.stream.error.file=" + data.resolve("derby.log").toAbsolutePath(),
                    "-Dliancai.config.dir=" + System.getProperty("it.config", "config"),
                    "-jar", System.getProperty("it.micro", "target/payara-micro.jar"),
                    "--nohazelcast", "--contextroot", "/", "--port", String.valueOf(port),
                    "--deploy", System.getProperty("it.war", "target/liancai.war"));
            Path log = work.resolve("server.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Server server = new Server(process);
            waitUntilReady(process, log, "http://localhost:" + port);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Payara Micro", e);
        }
    }

    private static void waitUntilReady(Process process, Path log, String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // ~20 s on an idle 2-core machine; generous because a loaded machine (several builds at once) starts far slower
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
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
