package cn.wulian.liancai.backup.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The application's tables as plain JDBC sees them, in whatever database: their names in the
 * connection's schema, their row counts, and the migrations applied (Liquibase's change log).
 */
final class Tables {

    /** Liquibase's record of the change sets applied: the schema's version */
    static final String CHANGE_LOG = "databasechangelog";

    /** Liquibase's lock, held while it migrates */
    static final String CHANGE_LOG_LOCK = "databasechangeloglock";

    private Tables() {
    }

    /** whether the table is Liquibase's own (the migrations' record and lock), not the application's data */
    static boolean isMigrationRecord(String table) {
        return CHANGE_LOG.equalsIgnoreCase(table) || CHANGE_LOG_LOCK.equalsIgnoreCase(table);
    }

    /** the tables of the connection's schema, as the database spells them */
    static List<String> names(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        names.sort(null);
        return names;
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + qualified(connection, table))) {
            result.next();
            return result.getLong(1);
        }
    }

    /** "14 change sets, last 012-platform-rules" */
    static String schemaVersion(Connection connection) throws SQLException {
        String table = find(connection, CHANGE_LOG);
        if (table == null) {
            return "no change log";
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT " + quoted(connection, column(connection, table, "id")) + " FROM "
                     + qualified(connection, table) + " ORDER BY " + quoted(connection, column(connection, table, "orderexecuted")) + " DESC")) {
            long count = 0;
            String last = null;
            while (result.next()) {
                if (count++ == 0) {
                    last = result.getString(1);
                }
            }
            return count + " change sets, last " + last;
        }
    }

    /** the name the database gives a table, whatever its case; null if there is none */
    static String find(Connection connection, String table) throws SQLException {
        for (String name : names(connection)) {
            if (name.equalsIgnoreCase(table)) {
                return name;
            }
        }
        return null;
    }

    /** lower case, as the change sets name the tables: the same key in every database */
    static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }

    private static String column(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return columns.getString("COLUMN_NAME");
                }
            }
        }
        throw new SQLException("no column " + column + " in " + table);
    }

    /** the table with its schema, both quoted: safe whatever the case of their names */
    static String qualified(Connection connection, String table) throws SQLException {
        return quoted(connection, connection.getSchema()) + "." + quoted(connection, table);
    }

    static String quoted(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String quote = meta.getIdentifierQuoteString().strip();
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
