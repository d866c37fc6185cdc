package cn.wulian.liancai.backup.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;

/**
 * One backup into its folder: the database's online copy into {@code db/}, then the search index
 * as of its latest commit into {@code index/}, then verification of both copies, opened on their
 * own, and the manifest last. Users keep working meanwhile. A failure anywhere is not thrown: it
 * ends in a manifest marked not verified, saying what went wrong.
 */
public final class BackupRun {

    public static final String DATABASE = "db";
    public static final String INDEX = "index";

    /** copies an index into a folder, returning the documents copied; {@code SearchIndex::backupTo} */
    private final ToLongFunction<Path> indexCopy;
    /** checks a copied index, returning its documents; {@code SearchIndex::verifyCopy} */
    private final ToLongFunction<Path> indexCheck;
    private final DataSource database;
    private final Clock clock;

    public BackupRun(DataSource database, ToLongFunction<Path> indexCopy, ToLongFunction<Path> indexCheck, Clock clock) {
        this.database = database;
        this.indexCopy = indexCopy;
        this.indexCheck = indexCheck;
        this.clock = clock;
    }

    public Manifest run(Path folder) {
        Instant started = clock.instant();
        Outcome outcome = new Outcome();
        try {
            copyAndVerify(folder, outcome);
        } catch (SQLException | IOException | RuntimeException e) {
            outcome.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Manifest manifest = new Manifest(folder.getFileName().toString(), started, clock.instant(), outcome.database, outcome.schema,
                outcome.rows, outcome.indexDocs, outcome.problem == null, outcome.problem, BackupFolders.size(folder));
        try {
            manifest.writeTo(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest of backup " + folder, e);
        }
        return manifest;
    }

    private void copyAndVerify(Path folder, Outcome outcome) throws SQLException, IOException {
        DatabaseCopies copies;
        List<String> liveTables;
        String liveSchema;
        Path db = folder.resolve(DATABASE);
        try (Connection live = database.getConnection()) {
            outcome.database = live.getMetaData().getDatabaseProductName();
            copies = DatabaseCopies.of(outcome.database);
            // the tables and change sets change only when the application starts: the same before and after the copy
            liveTables = Tables.names(live);
            liveSchema = Tables.schemaVersion(live);
            copies.copy(live, db);
        }
        long atCommit = indexCopy.applyAsLong(folder.resolve(INDEX));

        try {
            try (Connection copy = copies.open(db)) {
                List<String> tables = Tables.names(copy);
                outcome.schema = Tables.schemaVersion(copy);
                if (!tables.equals(liveTables)) {
                    outcome.fail("the copy's tables " + tables + " are not the database's " + liveTables);
                }
                if (!outcome.schema.equals(liveSchema)) {
                    outcome.fail("the copy's schema (" + outcome.schema + ") is not the database's (" + liveSchema + ")");
                }
                // counted in the copy itself: the live tables may have changed since
                for (String table : tables) {
                    copies.check(copy, copy.getSchema(), table);
                    outcome.rows.put(Tables.key(table), Tables.count(copy, table));
                }
            }
        } finally {
            copies.close(db);
        }
        outcome.indexDocs = indexCheck.applyAsLong(folder.resolve(INDEX));
        if (outcome.indexDocs != atCommit) {
            outcome.fail("the index copy holds " + outcome.indexDocs + " documents, its commit had " + atCommit);
        }
    }

    private static final class Outcome {
        String database = "unknown";
        String schema = "unknown";
        final SortedMap<String, Long> rows = new TreeMap<>();
        long indexDocs;
        String problem;

        void fail(String why) {
            problem = problem == null ? why : problem + "; " + why;
        }
    }
}
