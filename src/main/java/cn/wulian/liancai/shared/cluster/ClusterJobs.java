package cn.wulian.liancai.shared.cluster;

import cn.wulian.liancai.shared.persistence.Database;
import cn.wulian.liancai.shared.persistence.DuplicateKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Scheduled work that must happen once per cluster, not once per instance (a night's backup, the
 * change log's pruning): each instance's timer fires, and the first to {@link #claim} the job's
 * period runs it; the others find the claim and skip. The claim is a row whose key is the job and
 * the period, so the database decides — no instance has to know the others, and one that is down
 * simply does not claim.
 */
@ApplicationScoped
public class ClusterJobs {


    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    ChangeLog log;

    @Inject
    Clock clock;

    /**
     * True when this instance is the one to run {@code job} for {@code period} (e.g. the day
     * {@code 2026-12-06}); false when another instance claimed it first. Committed at once, in a
     * transaction of its own: a run that fails afterwards is not run again by another instance.
     */
    public boolean claim(String job, String period) {
        try (Connection connection = dataSource.getConnection()) {
            return claim(connection, job, period, log.origin(), Timestamp.from(clock.instant()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the job " + job + " for " + period, e);
        }
    }

    static boolean claim(Connection connection, String job, String period, String origin, Timestamp at) throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cluster_job (job, period, origin, claimed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setString(2, period);
            insert.setString(3, origin);
            insert.setTimestamp(4, at);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DuplicateKey.is(e)) {
                return false;
            }
            throw e;
        }
    }
}
