package cn.wulian.liancai.backup.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Embedded Derby: {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies the database while transactions go
 * on (it blocks nobody; the copy is consistent as of its end). A copy is a database directory of its
 * own: it opens under its absolute path, and Derby's {@code restoreFrom} puts it back.
 */
final class DerbyCopies implements DatabaseCopies {

    static final String PRODUCT = "Apache Derby";

    /** the database's directory in the data folder, as {@code shared.persistence.Database} names it */
    private static final String DATABASE = "db";

    /** Derby's answer to a successful shutdown of one database */
    private static final String SHUT_DOWN = "08006";

    @Override
    public void copy(Connection live, Path target) throws SQLException, IOException {
        // Derby writes its copy into a folder named as the database, inside the folder it is given
        Path staging = target.resolveSibling(target.getFileName() + ".derby");
        try (CallableStatement backup = live.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, staging.toAbsolutePath().toString());
            backup.execute();
        }
        List<Path> written;
        try (Stream<Path> children = Files.list(staging)) {
            written = children.toList();
        }
        if (written.size() != 1) {
            throw new IOException("unexpected database backup in " + staging + ": " + written);
        }
        Files.move(written.get(0), target);
        Files.delete(staging);
    }

    @Override
    public Connection open(Path copy) throws SQLException {
        Connection connection = source(copy).getConnection();
        connection.setReadOnly(true);
        return connection;
    }

    @Override
    public void close(Path copy) throws SQLException {
        EmbeddedDataSource source = source(copy);
        source.setShutdownDatabase("shutdown");
        shutDown(source);
    }

    @Override
    public void check(Connection copy, String schema, String table) throws SQLException {
        try (PreparedStatement check = copy.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
            check.setString(1, schema);
            check.setString(2, table);
            try (ResultSet result = check.executeQuery()) {
                // an inconsistent table raises an error; 1 is the only other answer
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException("table " + table + " failed the consistency check");
                }
            }
        }
    }

    @Override
    public void restore(Path copy, Path dataDir) throws SQLException, IOException {
        Files.createDirectories(dataDir);
        EmbeddedDataSource source = source(dataDir.resolve(DATABASE));
        // replaces a database already there with the copy, and boots it once: a copy that cannot boot fails here
        source.setConnectionAttributes("restoreFrom=" + copy.toAbsolutePath());
        source.getConnection().close();
        source.setConnectionAttributes(null);
        source.setShutdownDatabase("shutdown");
        shutDown(source);
    }

    private static EmbeddedDataSource source(Path database) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(database.toAbsolutePath().toString());
        return source;
    }

    private static void shutDown(EmbeddedDataSource source) throws SQLException {
        try {
            source.getConnection().close();
        } catch (SQLException e) {
            if (!SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
            return;
        }
        throw new SQLException("database " + source.getDatabaseName() + " did not shut down");
    }
}
