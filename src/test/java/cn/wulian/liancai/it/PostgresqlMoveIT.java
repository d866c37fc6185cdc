package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.backup.boundary.MoveCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An office moves from Derby to PostgreSQL, then backs PostgreSQL up with its own tools, end to end
 * on instances of its own: an application on embedded Derby with the demo data and a few records of
 * the test's own (a talent, an award nomination's binary evidence file) is stopped and moved with the
 * move command into a new PostgreSQL database; an application started there on a new data folder
 * holds the same talents and teams, finds the talent by search (its index rebuilt at start), reads the
 * file back byte for byte, and creates a talent (the identities continue past the copied ids). A second
 * move into that database is refused. Then {@code pg_dump -Fc} of the live database, a talent written
 * after it, {@code pg_restore} into a new database, and an application started on it holds the dump's
 * talents — not the later one.
 */
// a server of its own, one such class at a time (junit-platform.properties); on PostgreSQL runs only, whose server it needs
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
@EnabledIfSystemProperty(named = "it.db", matches = "postgresql", disabledReason = "needs the PostgreSQL server of -Dit.db=postgresql")
class PostgresqlMoveIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 71;
    private static final String BASE = "http://localhost:" + PORT;
    private static final Api OFFICE = Api.as("office").at(BASE);

    /** embedded Derby in the data folder, whatever the test run's database: the office's first day */
    private static final List<String> ON_DERBY = List.of("-Dliancai.db.url=jdbc:derby:db;create=true", "-Dliancai.db.user=");

    @Test
    void anOfficeMovesFromDerbyToPostgresqlAndBacksItUpWithPgDump() throws IOException, InterruptedException, java.sql.SQLException {
        Path root = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-move");
        RunningApp.deleteTree(root);
        Path derby = root.resolve("derby");
        Path moved = root.resolve("moved");
        PostgresServer server = PostgresServer.get();
        String target = server.createDatabase();
        String kept = Fixtures.unique("迁移前人才");
        String after = Fixtures.unique("备份后人才");
        long dumped;
        byte[] pdf = "%PDF-1.4 迁移前的证书扫描件 \u0000\u00ff".getBytes(StandardCharsets.UTF_8);
        long keptId;
        long talents;
        long teams;
        long nomination;
        long file;
        try (RunningApp.Server first = RunningApp.launch(derby, PORT, true, ON_DERBY, List.of())) {
            keptId = Fixtures.id(Fixtures.create(OFFICE, Fixtures.talent(kept).build()));
            long cycle = Fixtures.id(created(OFFICE.post("/api/award-cycles", AwardsApiIT.cycle(2031, 2, AwardsApiIT.hometownRule()).build().toString())));
            nomination = Fixtures.id(created(AwardsApiIT.nominate(OFFICE, cycle, "innovation", hometownTalent())));
            file = Fixtures.id(created(OFFICE.upload("/api/nominations/" + nomination + "/attachments?name=" + Api.q("证书.pdf"), pdf, "application/pdf")));
            talents = total("/api/talents");
            teams = total("/api/teams");
            assertTrue(talents > 100 && teams > 10, "the demo data: " + talents + " talents, " + teams + " teams");
            // the application still runs on the Derby database: refused before anything is written
            assertEquals(1, move(derby, target).code, "refused while the application runs");
        }

        Moved first = move(derby, target);
        assertEquals(0, first.code, first.output);
        assertTrue(first.output.contains("talent") && first.output.contains("nomination_attachment"), first.output);
        assertTrue(first.output.contains("search index was not copied"), first.output);
        assertEquals(2, MoveCommand.run(derby.resolve("data").toString(), null, null, null, quiet(), quiet()), "usage");
        assertEquals(2, MoveCommand.run(derby.resolve("data").toString(), "jdbc:derby:db", null, null, quiet(), quiet()), "not PostgreSQL");

        Files.createDirectories(moved);
        Files.writeString(moved.resolve("postgresql-url"), target);
        try (RunningApp.Server onPostgresql = RunningApp.launch(moved, PORT, false)) {
            assertEquals(talents, total("/api/talents"), "every talent moved");
            assertEquals(teams, total("/api/teams"), "every team moved");
            assertEquals(kept, OFFICE.get("/api/talents/" + keptId).json().getString("name"));
            assertEquals(List.of(keptId), Fixtures.hitIds(search(kept)), "found: the index was rebuilt from PostgreSQL");
            assertArrayEquals(pdf, OFFICE.download("/api/nominations/" + nomination + "/attachments/" + file), "BLOB → BYTEA, byte for byte");
            long added = Fixtures.id(Fixtures.create(OFFICE, Fixtures.talent(Fixtures.unique("迁移后人才")).build()));
            assertTrue(added > keptId, "the identity continues past the copied ids: " + added);
            assertEquals(talents + 1, total("/api/talents"));

            // the target now holds Liancai data: a second move is refused and changes nothing
            Moved again = move(derby, target);
            assertEquals(1, again.code, again.output);
            assertTrue(again.output.contains("already holds Liancai data"), again.output);
            assertEquals(talents + 1, total("/api/talents"));

            // PostgreSQL's own backup, taken while the application runs; a talent written after it is not in it
            Path dump = root.resolve("liancai.dump");
            List<String> pgDump = server.client("pg_dump");
            pgDump.addAll(List.of("-Fc", "-f", dump.toString(), PostgresServer.databaseOf(target)));
            run(pgDump, root.resolve("pg_dump.log"));
            dumped = talentRows(target);
            Fixtures.create(OFFICE, Fixtures.talent(after).build());
            assertEquals(dumped + 1, talentRows(target));
        }
        String copy = server.createDatabase();
        List<String> pgRestore = server.client("pg_restore");
        pgRestore.addAll(List.of("--no-owner", "--exit-on-error", "-d", PostgresServer.databaseOf(copy), root.resolve("liancai.dump").toString()));
        run(pgRestore, root.resolve("pg_restore.log"));
        // read in SQL rather than by a third start of the app (the build's time limit): the app on a database of this
        // schema is what the move above started and checked
        try (Connection c = DriverManager.getConnection(copy, PostgresServer.USER, "");
             Statement q = c.createStatement()) {
            assertEquals(dumped, talentRows(copy), "the dump's talents, not the one written after it");
            try (ResultSet rs = q.executeQuery("SELECT COUNT(*) FROM talent WHERE name = '" + after + "'")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
            try (ResultSet rs = q.executeQuery("SELECT name FROM talent WHERE id = " + keptId)) {
                assertTrue(rs.next(), "the talent written on PostgreSQL is in the dump");
                assertEquals(kept, rs.getString(1));
            }
            try (ResultSet rs = q.executeQuery("SELECT nextval(pg_get_serial_sequence('talent', 'id'))")) {
                rs.next();
                assertTrue(rs.getLong(1) > keptId, "pg_dump carries the sequences' positions: " + rs.getLong(1));
            }
        }
    }

    private static long talentRows(String url) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, "");
             Statement q = c.createStatement(); ResultSet rs = q.executeQuery("SELECT COUNT(*) FROM talent")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Moved(int code, String output) {
    }

    private static Moved move(Path work, String target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = MoveCommand.run(work.resolve("data").toString(), target, PostgresServer.USER, "", print, print);
        String output = out.toString(StandardCharsets.UTF_8);
        System.out.println("[PostgresqlMoveIT] move exited " + code + ":\n" + output);
        return new Moved(code, output);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static jakarta.json.JsonObject created(Api.Reply r) {
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    /** a demo talent whose home is Wulian (the award's rule asks for it) */
    private static long hometownTalent() {
        Api.Reply r = OFFICE.get("/api/talents?limit=1&name=" + Api.q("馮海"));
        assertEquals(200, r.status(), r::body);
        return Fixtures.id(r.json().getJsonArray("rows").getJsonObject(0));
    }

    private static long total(String list) {
        return Fixtures.total(OFFICE, list);
    }

    private static jakarta.json.JsonObject search(String q) {
        Api.Reply r = OFFICE.get("/api/search?type=talent&q=" + Api.q(q));
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ":\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
