package cn.wulian.liancai.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The real app on a folder and port of its own, holding {@code talents} synthetic talents besides
 * the demo data: started once to create its database (schema, townships, accounts, demo), stopped,
 * filled by a raw JDBC batch ({@link SyntheticTalents#insert}), for the caller to start again (which rebuilds the
 * search index from the database). For tests and benchmarks of large lists, without touching the
 * server the other tests share.
 */
final class LargeRegistry {

    private LargeRegistry() {
    }

    /** the database of an app in {@code work}, with the talents inserted and the app stopped: start it with {@link RunningApp#launch} */
    static void prepare(Path work, int port, int talents, long seed) {
        RunningApp.launch(work, port, true).close();
        String db = url(work);
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", work.resolve("derby-loader.log").toAbsolutePath().toString());
        }
        try (Connection c = DriverManager.getConnection(db)) {
            SyntheticTalents.insert(c, talents, seed);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fill " + db, e);
        }
        shutDown(work);
    }

    /** closes the database of an app in {@code work} that this JVM opened, so that the app can open it */
    static void shutDown(Path work) {
        try {
            DriverManager.getConnection(url(work) + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown of one database as SQLState 08006
            if (!"08006".equals(shutDown.getSQLState())) {
                throw new IllegalStateException("cannot close " + url(work), shutDown);
            }
        }
    }

    /** the JDBC URL of the database of an app in {@code work} (only while that app is stopped) */
    static String url(Path work) {
        return "jdbc:derby:" + work.resolve("data").resolve("db").toAbsolutePath();
    }
}
