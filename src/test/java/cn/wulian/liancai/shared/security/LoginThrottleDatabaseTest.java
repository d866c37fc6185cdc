package cn.wulian.liancai.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.persistence.TestDatabase;
import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The throttle's rules with the counts in a real Derby database, as the application keeps them:
 * the same results as in memory, and one count seen by two throttles — two instances of a cluster.
 */
class LoginThrottleDatabaseTest extends LoginThrottleTest {

    @TempDir
    static Path dir;

    static TestDatabase db;
    static EmbeddedDataSource dataSource;

    @BeforeAll
    static void open() {
        db = TestDatabase.create(dir);
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(dir.resolve("db").toAbsolutePath().toString());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    FailureCounts counts() {
        db.update("DELETE FROM login_failure");
        return FailureCounts.inDatabase(dataSource);
    }

    @Test
    void twoInstancesCountTogether() {
        LoginThrottle other = new LoginThrottle(5, 5, 1, 60, now::get, FailureCounts.inDatabase(dataSource));
        fail("office", "10.0.0.1", 3);
        other.failed("office", "10.0.0.2");
        other.failed("office", "10.0.0.2");
        assertEquals(1, throttle.waitSeconds("office", "10.0.0.3"), "five failures between them");
        assertEquals(1, other.waitSeconds("office", "10.0.0.3"));
        other.succeeded("office");
        assertEquals(0, throttle.waitSeconds("office", "10.0.0.3"), "a success on one clears it for both");
    }
}
