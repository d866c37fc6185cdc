package cn.wulian.liancai.backup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The move command's answers that need no PostgreSQL server: usage errors (2), and refusals and
 * failures (1) that leave the Derby database as it was. The move itself: {@code it/PostgresqlMoveIT}.
 */
class MoveCommandTest {

    private static final String TARGET = "jdbc:postgresql://localhost:1/liancai";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutADataFolderOrAPostgresqlTargetItShowsItsUsage() {
        assertEquals(2, run(null, TARGET));
        assertEquals(2, run(dir.toString(), null));
        assertEquals(2, run(dir.toString(), "jdbc:derby:db;create=true"));
        assertTrue(errors().contains("jdbc:postgresql: URL, not jdbc:derby:db;create=true"), errors());
        assertTrue(errors().contains("-Pmove-to-postgresql"), errors());
    }

    @Test
    void aDataFolderWithoutADerbyDatabaseIsRefused() {
        assertEquals(1, run(dir.toString(), TARGET));
        assertTrue(errors().contains("NOT MOVED: no Derby database in " + dir.resolve("db")), errors());
    }

    @Test
    void anUnreachableTargetFailsAndLeavesTheDerbyDatabaseClosedAndUnchanged() throws SQLException {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir.resolve("db").toString());
        derby.setCreateDatabase("create");
        derby.getConnection().close();

        assertEquals(1, run(dir.toString(), TARGET));
        assertTrue(errors().contains("MOVE FAILED") && errors().contains("the data in the Derby database is unchanged"), errors());
        // shut down by the command: it boots again, with nothing added to it
        derby.setCreateDatabase(null);
        try (Connection again = derby.getConnection()) {
            assertTrue(!again.getMetaData().getTables(null, "APP", "%", null).next(), "no table was created in Derby");
        }
        derby.setShutdownDatabase("shutdown");
        try {
            derby.getConnection();
        } catch (SQLException shutDown) {
            assertEquals("08006", shutDown.getSQLState());
        }
    }

    private int run(String data, String url) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return MoveCommand.run(data, url, "liancai", "", quiet, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
