package cn.wulian.liancai.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the integration tests run with {@code -Dit.db=postgresql}: the
 * distribution's own binaries ({@code /usr/lib/postgresql/<version>/bin}, or {@code -Dit.pg.bin}),
 * a cluster made by {@code initdb} in {@code target/it-postgresql} on a free port, its Unix socket in
 * that folder, started on first use and stopped (and deleted) when the test JVM ends. No container,
 * nothing assumed running. PostgreSQL refuses to run as root, so under root the server runs as an
 * unprivileged user ({@code -Dit.pg.user}, default {@code postgres}, which the Debian package
 * creates). Each app instance started by {@link RunningApp} gets an empty database of its own.
 */
final class PostgresServer {

    /** the database user (a superuser of the throwaway cluster; local connections are trusted) */
    static final String USER = "liancai";

    private static PostgresServer running;

    private final Path dir;
    private final Path bin;
    private final int port;
    private final List<String> asUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path dir, Path bin, int port, List<String> asUser) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.asUser = asUser;
    }

    /** true when the tests run the app on PostgreSQL ({@code -Dit.db=postgresql}) */
    static boolean enabled() {
        return "postgresql".equalsIgnoreCase(System.getProperty("it.db", "derby"));
    }

    /** the server of this test run, started on first call */
    static synchronized PostgresServer get() {
        if (running == null) {
            running = start();
            PostgresServer server = running;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgresql-stop"));
        }
        return running;
    }

    /** a new, empty database; its JDBC URL */
    String createDatabase() {
        String name = "liancai_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return url(name);
    }

    /**
     * Runs statements one after the other, each on its own (CREATE TABLESPACE, for one, cannot run in a transaction),
     * as {@link #USER} on one of this server's databases.
     */
    void execute(String database, String... statements) {
        try (Connection c = DriverManager.getConnection(url(database), USER, "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + String.join("; ", statements) + " on " + database, e);
        }
    }

    /**
     * {@code dir}, a new folder, made the server's own (a tablespace's folder must belong to the user the server runs
     * as: PostgreSQL takes away everyone else's access to it); the folders above it must let that user through.
     */
    Path ownFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!asUser.isEmpty()) {
            String user = asUser.get(asUser.indexOf("-u") + 1);
            Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user));
        }
        return dir;
    }

    /**
     * The command line of one of the distribution's client tools ({@code pg_dump}, {@code pg_restore},
     * {@code psql}) aimed at this server as {@link #USER}, to be followed by the tool's own arguments;
     * the clients run as whoever runs the tests, over TCP (trusted, as every local connection here).
     */
    List<String> client(String tool) {
        return new ArrayList<>(List.of(bin.resolve(tool).toString(), "-h", "localhost", "-p", String.valueOf(port), "-U", USER));
    }

    /**
     * A base backup of the whole cluster with PostgreSQL's own tool, as README "Backups on PostgreSQL" shows it:
     * {@code pg_basebackup -D <folder> -Fp -Xs -c fast}, run as the server's user, into a new folder beside the cluster.
     */
    Path baseBackup(String name) throws IOException {
        Path target = dir.resolve(name);
        RunningApp.deleteTree(target);
        run(List.of(bin.resolve("pg_basebackup").toString(), "-h", "localhost", "-p", String.valueOf(port), "-U", USER,
                "-D", target.toString(), "-Fp", "-Xs", "-c", "fast"), dir.resolve("basebackup.log"));
        return target;
    }

    /** a second server on a restored base backup, on a port of its own, until closed; its URL for a database */
    Copy start(Path data) throws IOException {
        int copyPort = anyFreePort(); // not -Dit.pg.port: that is the run's own server's
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "120", "-l", data.resolve("copy-server.log").toString(),
                "-o", "-p " + copyPort + " -k " + dir + " -c listen_addresses=localhost", "start"), dir.resolve("pg_ctl.log"));
        return new Copy(this, data, copyPort);
    }

    /** a server started on a copy of the cluster's files */
    record Copy(PostgresServer server, Path data, int port) implements AutoCloseable {

        String url(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }

        @Override
        public void close() throws IOException {
            server.run(List.of(server.bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"),
                    server.dir.resolve("pg_ctl.log"));
            RunningApp.deleteTree(data);
        }
    }

    /** the database's name in one of this server's URLs */
    static String databaseOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static PostgresServer start() {
        try {
            Path dir = Path.of(System.getProperty("it.pg.dir", "target/it-postgresql")).toAbsolutePath();
            RunningApp.deleteTree(dir);
            Files.createDirectories(dir);
            Path bin = binaries();
            List<String> asUser = List.of();
            if ("root".equals(System.getProperty("user.name"))) {
                String user = System.getProperty("it.pg.user", "postgres");
                asUser = List.of("runuser", "-u", user, "--");
                UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
                Files.setOwner(dir, owner);
                if (!reachable(asUser, dir)) {
                    // a checkout under /root: that user cannot reach target/, so the cluster goes to the temporary folder
                    dir = Files.createTempDirectory("liancai-it-postgresql");
                    Files.setOwner(dir, owner);
                }
            }
            int port = freePort();
            PostgresServer server = new PostgresServer(dir, bin, port, asUser);
            server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), dir.resolve("initdb.log"));
            // fsync off: a test cluster need not survive a power cut, and the tests run faster without it
            server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "120",
                    "-l", dir.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off"
                            + " -c full_page_writes=off -c max_connections=200",
                    "start"), dir.resolve("pg_ctl.log"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests", e);
        }
    }

    /** whether the user the server runs as may write into {@code dir} (every folder above it must let them through) */
    private static boolean reachable(List<String> asUser, Path dir) throws IOException {
        List<String> test = new ArrayList<>(asUser);
        test.addAll(List.of("test", "-w", dir.toString()));
        try {
            return new ProcessBuilder(test).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"),
                    dir.resolve("pg_ctl.log"));
            if (!Boolean.getBoolean("it.pg.keep")) {
                RunningApp.deleteTree(dir.resolve("data"));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[PostgresServer] could not stop the test server in " + dir + ": " + e);
        }
    }

    private void run(List<String> command, Path log) throws IOException {
        List<String> full = new ArrayList<>(asUser);
        full.addAll(command);
        Path out = Files.createTempFile("liancai-pg", ".log");
        try {
            Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within 180 s");
            }
            String output = Files.readString(out);
            Files.writeString(log, output, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** the newest installed PostgreSQL's binaries */
    private static Path binaries() throws IOException {
        String configured = System.getProperty("it.pg.bin");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> versionOf(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        throw new IllegalStateException("-Dit.db=postgresql needs PostgreSQL's server binaries: none under /usr/lib/postgresql/*/bin"
                + " (apt-get install postgresql, or -Dit.pg.bin=<folder of initdb and pg_ctl>)");
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        String configured = System.getProperty("it.pg.port");
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured);
        }
        return anyFreePort();
    }

    private static int anyFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
