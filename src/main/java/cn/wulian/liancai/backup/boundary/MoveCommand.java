package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.backup.control.DatabaseMove;
import cn.wulian.liancai.shared.config.ConfigDirectorySource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code ./mvnw -Pmove-to-postgresql -Ddata=<data folder> -Ddb.url=jdbc:postgresql://… -Ddb.user=…
 * -Ddb.password=…}: copies the data folder's embedded Derby database into an empty PostgreSQL database
 * ({@link DatabaseMove}), the application stopped. The target is named as the application's own
 * setting names it when {@code -Ddb.*} is not given: {@code liancai.db.*}, i.e. {@code LIANCAI_DB_URL},
 * {@code LIANCAI_DB_USER}, {@code LIANCAI_DB_PASSWORD} in the environment or {@code
 * config/liancai.properties} — the password is better passed that way than on the command line, where
 * the process list shows it. Exit code 0 when moved, 1 when refused or failed, 2 on a usage error.
 */
public final class MoveCommand {

    static final String USAGE = "usage: ./mvnw -Pmove-to-postgresql -Ddata=<Derby data folder> -Ddb.url=jdbc:postgresql://host:5432/liancai"
            + " [-Ddb.user=…] [-Ddb.password=…]   (or LIANCAI_DB_URL, LIANCAI_DB_USER, LIANCAI_DB_PASSWORD)";

    private MoveCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getProperty("data"), setting("url"), setting("user"), setting("password"), System.out, System.err));
    }

    /** {@code -Ddb.<name>}, else the application's {@code liancai.db.<name>} (environment, config file); null if neither */
    private static String setting(String name) {
        String given = System.getProperty("db." + name);
        if (given != null && !given.isBlank()) {
            return given;
        }
        return ConfigDirectorySource.early("liancai.db." + name).filter(v -> !v.isBlank()).orElse(null);
    }

    /** the command without its exit, for the tests */
    public static int run(String data, String url, String user, String password, PrintStream out, PrintStream err) {
        if (data == null || data.isBlank() || url == null || !url.startsWith("jdbc:postgresql:")) {
            err.println(USAGE);
            if (url != null && !url.startsWith("jdbc:postgresql:")) {
                err.println("the target must be a jdbc:postgresql: URL, not " + url);
            }
            return 2;
        }
        Path dataDir = Path.of(data).toAbsolutePath().normalize();
        // Derby's log goes where the application's goes, not into the working directory
        System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        out.println("moving the Derby database of " + dataDir + " to " + url);
        long started = System.nanoTime();
        DatabaseMove.Moved moved;
        try {
            moved = move(dataDir, url, user, password, out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("NOT MOVED: " + e.getMessage());
            return 1;
        } catch (SQLException | RuntimeException e) {
            err.println("MOVE FAILED: " + e + (e instanceof SQLException sql && sql.getNextException() != null ? " (" + sql.getNextException() + ")" : ""));
            err.println("nothing was committed: the target's tables are empty (its schema may stay); the data in the Derby database is unchanged."
                    + " Fix the cause and run the move again.");
            return 1;
        }
        long rows = moved.tables().stream().mapToLong(DatabaseMove.Table::postgresqlRows).sum();
        out.println(String.format(Locale.ROOT, "moved %d tables, %,d rows, counts equal in Derby and PostgreSQL, in %.1f s; schema: %s",
                moved.tables().size(), rows, (System.nanoTime() - started) / 1e9, moved.schema()));
        for (DatabaseMove.Identity identity : moved.identities()) {
            if (moved.rows(identity.table()) > 0) {
                out.println(String.format(Locale.ROOT, "  %-28s next %s %d", identity.table(), identity.column(), identity.next()));
            }
        }
        out.println("the search index was not copied: the application compares its index with the database at start and rebuilds what differs.");
        out.println("start the application on PostgreSQL (the Derby database in " + dataDir.resolve("db") + " is no longer used; keep it until you are sure):");
        out.println("  LIANCAI_DB_URL=" + url + (user == null ? "" : " LIANCAI_DB_USER=" + user) + " LIANCAI_DB_PASSWORD=… LIANCAI_DATA_DIR="
                + dataDir + " ./mvnw -Prun");
        out.println("or put liancai.db.url, liancai.db.user and liancai.db.password into config/liancai.properties (README, \"PostgreSQL\").");
        return 0;
    }

    /**
     * The one place where a move happens (from here on the office's data is in PostgreSQL too): what
     * must be recorded about moves belongs here.
     */
    static DatabaseMove.Moved move(Path dataDir, String url, String user, String password, PrintStream out) throws SQLException {
        return DatabaseMove.move(dataDir, url, user, password, out::println);
    }
}
