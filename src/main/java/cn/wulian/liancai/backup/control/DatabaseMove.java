package cn.wulian.liancai.backup.control;

import cn.wulian.liancai.shared.persistence.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Copies the embedded Derby database of a data folder into an empty PostgreSQL database, so that an
 * office that started on Derby can move: the schema is made by the application's own migrations
 * (the same change sets as a first start on PostgreSQL, so the types are the changelog's: BLOB becomes
 * BYTEA, CLOB TEXT), then every table's rows are copied in JDBC batches with their ids, every identity
 * is continued past the ids copied (and past the ids Derby already handed out, so that no id of a
 * deleted row comes back), and every table is counted on both sides.
 *
 * <p>The rows, the identities and the count all go into one PostgreSQL transaction: a failure rolls
 * them back and leaves the tables empty, ready for another try. (Liquibase commits the schema's change
 * sets itself; an empty schema is no Liancai data, so the move can run again.) Foreign keys are made
 * deferrable for that transaction and checked, all of them, before it commits: parents and children can
 * then be copied in any order, rows that point into their own table (a merged talent, a team's parent)
 * included.
 *
 * <p>Refused before anything is written: while the application runs on the Derby database (Derby's
 * lock on it), and when the target holds Liancai data already (a row in any table but Liquibase's).
 * The search index is not copied: an application started on the moved database compares its index
 * with the database and rebuilds what differs.
 */
public final class DatabaseMove {

    /** the folder of the Derby database in a data folder, as {@code shared.persistence.Database} names it */
    static final String DERBY_DATABASE = "db";

    /** rows per JDBC batch; a batch is sent earlier when its binary and text columns reach {@link #BATCH_BYTES} */
    private static final int BATCH_ROWS = 500;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;

    /** Derby: "another instance of Derby may have already booted the database" (another JVM holds its lock) */
    private static final String BOOTED_ELSEWHERE = "XSDB6";
    /** Derby: the database does not exist */
    private static final String NO_DATABASE = "XJ004";
    /** Derby's answer to a successful shutdown of one database */
    private static final String SHUT_DOWN = "08006";

    /** one table moved: its rows in Derby and in PostgreSQL (equal, or the move failed) */
    public record Table(String name, long derbyRows, long postgresqlRows) {
    }

    /** an identity continued: the next id PostgreSQL hands out for {@code table.column} */
    public record Identity(String table, String column, long next) {
    }

    /** what was moved */
    public record Moved(List<Table> tables, List<Identity> identities, String schema) {

        public long rows(String table) {
            return tables.stream().filter(t -> t.name().equals(table)).mapToLong(Table::postgresqlRows).findFirst().orElse(0);
        }
    }

    private DatabaseMove() {
    }

    /**
     * @param data     the data folder whose {@code db/} is the Derby database
     * @param url      a {@code jdbc:postgresql:} URL of an empty database
     * @param progress told what happens, a line at a time
     * @throws IllegalArgumentException if the URL is not PostgreSQL's or the data folder has no Derby database
     * @throws IllegalStateException    if the application still runs on the Derby database, or the target
     *                                  holds Liancai data
     * @throws SQLException             if the copy failed (rolled back) or a count differs
     */
    public static Moved move(Path data, String url, String user, String password, Consumer<String> progress) throws SQLException {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the target must be a PostgreSQL database (jdbc:postgresql://host:port/name), not " + url);
        }
        Path derbyDir = data.resolve(DERBY_DATABASE).toAbsolutePath().normalize();
        if (!Files.isRegularFile(derbyDir.resolve("service.properties"))) {
            throw new IllegalArgumentException("no Derby database in " + derbyDir + ": -Ddata names the data folder (the one that holds db/)");
        }
        try (Connection derby = openDerby(derbyDir)) {
            try (Connection target = DriverManager.getConnection(url, credentials(user, password))) {
                return move(derby, target, progress);
            } finally {
                if (!derby.getAutoCommit()) {
                    // only read; Derby refuses to close a connection with a transaction open
                    derby.rollback();
                }
            }
        } finally {
            shutDown(derbyDir);
        }
    }

    /** the move between two open connections; the Derby one is the application's database, not in use */
    static Moved move(Connection derby, Connection target, Consumer<String> progress) throws SQLException {
        String product = target.getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("postgres")) {
            throw new IllegalArgumentException("the target is " + product + ", not PostgreSQL");
        }
        Map<String, Long> occupied = rowsIn(target);
        if (!occupied.isEmpty()) {
            String some = occupied.entrySet().stream().limit(5).map(e -> e.getKey() + " " + e.getValue() + " rows")
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException("the target database already holds Liancai data (" + some + (occupied.size() > 5 ? ", …" : "")
                    + " in " + occupied.size() + " tables): move into a new, empty database (CREATE DATABASE … OWNER …)");
        }
        // a Derby database of an older version gets the change sets the application's next start would give it,
        // so that both sides have the same tables and columns
        Migrations.migrate(derby);
        derby.setAutoCommit(false);
        derby.setReadOnly(true);
        progress.accept("creating the schema on PostgreSQL (the application's migrations)");
        Migrations.migrate(target);
        String schema = Tables.schemaVersion(target);
        target.setAutoCommit(false);
        try {
            List<String> deferred = deferForeignKeys(target);
            Map<String, String> targetTables = new HashMap<>();
            for (String table : Tables.names(target)) {
                targetTables.put(Tables.key(table), table);
            }
            List<Table> tables = new ArrayList<>();
            for (String table : Tables.names(derby)) {
                if (Tables.isMigrationRecord(table)) {
                    continue;
                }
                String to = targetTables.get(Tables.key(table));
                if (to == null) {
                    throw new SQLException("the Derby table " + table + " has no counterpart on PostgreSQL: is this the version of Liancai"
                            + " that wrote the Derby database?");
                }
                long copied = copy(derby, table, target, to);
                long derbyRows = Tables.count(derby, table);
                long postgresqlRows = Tables.count(target, to);
                if (copied != derbyRows || postgresqlRows != derbyRows) {
                    throw new SQLException("the counts of " + Tables.key(table) + " differ: " + derbyRows + " rows in Derby, " + copied
                            + " copied, " + postgresqlRows + " in PostgreSQL");
                }
                tables.add(new Table(Tables.key(table), derbyRows, postgresqlRows));
                progress.accept(String.format(Locale.ROOT, "  %-28s %,12d rows", Tables.key(table), derbyRows));
            }
            List<Identity> identities = continueIdentities(derby, target, targetTables.values().stream().sorted().toList());
            restoreForeignKeys(target, deferred);
            target.commit();
            return new Moved(List.copyOf(tables), identities, schema);
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        }
    }

    /** the application tables of the target that hold rows, with a row count; empty when it holds no Liancai data */
    static Map<String, Long> rowsIn(Connection target) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : Tables.names(target)) {
            if (!Tables.isMigrationRecord(table)) {
                long count = Tables.count(target, table);
                if (count > 0) {
                    rows.put(Tables.key(table), count);
                }
            }
        }
        return rows;
    }

    private static Connection openDerby(Path database) throws SQLException {
        try {
            Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + database, new Properties());
            if (connection == null) {
                throw new SQLException("Derby refused " + database);
            }
            return connection;
        } catch (SQLException e) {
            if (hasState(e, BOOTED_ELSEWHERE)) {
                throw new IllegalStateException("the application still runs on " + database + " (Derby's lock is held): stop it first");
            }
            if (hasState(e, NO_DATABASE)) {
                throw new IllegalArgumentException("no Derby database in " + database);
            }
            throw e;
        }
    }

    private static boolean hasState(SQLException e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (state.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void shutDown(Path database) {
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + database + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            // 08006 is the expected answer; anything else means it was not booted here (refused, or missing)
            if (!SHUT_DOWN.equals(e.getSQLState())) {
                return;
            }
        }
    }

    private static Properties credentials(String user, String password) {
        Properties info = new Properties();
        if (user != null && !user.isBlank()) {
            info.setProperty("user", user);
            info.setProperty("password", password == null ? "" : password);
        }
        return info;
    }

    /**
     * Makes every foreign key of the target's schema deferrable, checked at the end of the transaction:
     * the copy can then go table by table in any order. Changed in the move's transaction, so a failure
     * leaves them as the migrations made them; {@link #restoreForeignKeys} puts them back before commit.
     *
     * @return the constraints changed, as {@code table} and {@code constraint} pairs
     */
    private static List<String> deferForeignKeys(Connection target) throws SQLException {
        List<String> changed = new ArrayList<>();
        try (PreparedStatement find = target.prepareStatement("SELECT t.relname, c.conname FROM pg_constraint c"
                + " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema() ORDER BY 1, 2");
             ResultSet keys = find.executeQuery()) {
            while (keys.next()) {
                changed.add(keys.getString(1));
                changed.add(keys.getString(2));
            }
        }
        alterForeignKeys(target, changed, "DEFERRABLE INITIALLY DEFERRED");
        return changed;
    }

    /** checks every deferred foreign key now (a failure names the constraint), then makes them immediate again */
    private static void restoreForeignKeys(Connection target, List<String> changed) throws SQLException {
        try (Statement check = target.createStatement()) {
            check.execute("SET CONSTRAINTS ALL IMMEDIATE");
        }
        alterForeignKeys(target, changed, "NOT DEFERRABLE");
    }

    private static void alterForeignKeys(Connection target, List<String> changed, String how) throws SQLException {
        try (Statement alter = target.createStatement()) {
            for (int i = 0; i < changed.size(); i += 2) {
                alter.execute("ALTER TABLE " + Tables.qualified(target, changed.get(i)) + " ALTER CONSTRAINT "
                        + Tables.quoted(target, changed.get(i + 1)) + " " + how);
            }
        }
    }

    /** copies one table's rows in batches; the number of rows copied */
    private static long copy(Connection derby, String table, Connection target, String to) throws SQLException {
        Map<String, Integer> targetTypes = columnTypes(target, to);
        try (Statement read = derby.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            read.setFetchSize(BATCH_ROWS);
            try (ResultSet rows = read.executeQuery("SELECT * FROM " + Tables.qualified(derby, table))) {
                ResultSetMetaData meta = rows.getMetaData();
                int n = meta.getColumnCount();
                int[] sourceTypes = new int[n + 1];
                int[] toTypes = new int[n + 1];
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    String key = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                    Integer type = targetTypes.get(key);
                    if (type == null) {
                        throw new SQLException("the Derby column " + table + "." + meta.getColumnName(i) + " has no counterpart on PostgreSQL");
                    }
                    sourceTypes[i] = meta.getColumnType(i);
                    toTypes[i] = type;
                    columns.add(Tables.quoted(target, key));
                }
                // ids are copied as they are: an identity column takes the given value (BY DEFAULT, and ALWAYS with this clause)
                String insert = "INSERT INTO " + Tables.qualified(target, to) + " (" + String.join(", ", columns) + ") OVERRIDING SYSTEM VALUE VALUES ("
                        + String.join(", ", Collections.nCopies(n, "?")) + ")";
                long copied = 0;
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    int batched = 0;
                    long bytes = 0;
                    while (rows.next()) {
                        for (int i = 1; i <= n; i++) {
                            bytes += transfer(rows, i, sourceTypes[i], write, toTypes[i]);
                        }
                        write.addBatch();
                        copied++;
                        if (++batched == BATCH_ROWS || bytes >= BATCH_BYTES) {
                            write.executeBatch();
                            batched = 0;
                            bytes = 0;
                        }
                    }
                    if (batched > 0) {
                        write.executeBatch();
                    }
                }
                return copied;
            }
        }
    }

    /**
     * One value from Derby to PostgreSQL: BLOB as bytes (BYTEA), CLOB as text, the rest as the JDBC
     * object Derby gives (the changelog makes the same type on both sides); the bytes it holds in memory.
     */
    private static long transfer(ResultSet from, int i, int sourceType, PreparedStatement to, int targetType) throws SQLException {
        switch (sourceType) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = from.getBytes(i);
                if (bytes == null) {
                    to.setNull(i, targetType);
                    return 0;
                }
                to.setBytes(i, bytes);
                return bytes.length;
            }
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR -> {
                String text = from.getString(i);
                if (text == null) {
                    to.setNull(i, targetType);
                    return 0;
                }
                to.setString(i, text);
                return 2L * text.length();
            }
            default -> {
                Object value = from.getObject(i);
                if (value == null) {
                    to.setNull(i, targetType);
                } else {
                    to.setObject(i, value);
                }
                return 0;
            }
        }
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (columns.next()) {
                types.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("DATA_TYPE"));
            }
        }
        return types;
    }

    /**
     * Sets the sequence behind every identity (or serial) column of the target past the largest id
     * copied, and past Derby's next identity value: ids of rows deleted in Derby are never handed out
     * again (the audit trail names records by id).
     */
    private static List<Identity> continueIdentities(Connection derby, Connection target, List<String> tables) throws SQLException {
        List<Identity> identities = new ArrayList<>();
        for (String table : tables) {
            if (Tables.isMigrationRecord(table)) {
                continue;
            }
            for (String column : columnTypes(target, table).keySet().stream().sorted().toList()) {
                String sequence;
                try (PreparedStatement find = target.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                    find.setString(1, Tables.qualified(target, table));
                    find.setString(2, column);
                    try (ResultSet found = find.executeQuery()) {
                        found.next();
                        sequence = found.getString(1);
                    }
                }
                if (sequence == null) {
                    continue;
                }
                long next = Math.max(maxPlusOne(target, table, column), derbyNextIdentity(derby, table));
                try (PreparedStatement set = target.prepareStatement("SELECT setval(?, ?, false)")) {
                    set.setString(1, sequence);
                    set.setLong(2, next);
                    set.execute();
                }
                identities.add(new Identity(Tables.key(table), column, next));
            }
        }
        return identities;
    }

    private static long maxPlusOne(Connection target, String table, String column) throws SQLException {
        try (Statement max = target.createStatement();
             ResultSet result = max.executeQuery("SELECT MAX(" + Tables.quoted(target, column) + ") FROM " + Tables.qualified(target, table))) {
            result.next();
            return result.getLong(1) + 1;
        }
    }

    /** the id Derby would hand out next in this table's identity column; 1 when it has none */
    private static long derbyNextIdentity(Connection derby, String targetTable) throws SQLException {
        String table = Tables.find(derby, targetTable);
        if (table == null) {
            return 1;
        }
        try (PreparedStatement peek = derby.prepareStatement("VALUES SYSCS_UTIL.SYSCS_PEEK_AT_IDENTITY(?, ?)")) {
            peek.setString(1, derby.getSchema());
            peek.setString(2, table);
            try (ResultSet result = peek.executeQuery()) {
                return result.next() && result.getObject(1) != null ? result.getLong(1) : 1;
            }
        } catch (SQLException noIdentity) {
            return 1;
        }
    }
}
