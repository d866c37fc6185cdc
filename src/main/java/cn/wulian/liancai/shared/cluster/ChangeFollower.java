package cn.wulian.liancai.shared.cluster;

import cn.wulian.liancai.shared.persistence.Database;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Follows the {@link ChangeLog}: every {@code liancai.cluster.follow-millis} it reads the rows
 * committed since its last look and tells this instance about those other instances wrote
 * ({@link OtherInstancesChanged}). With one instance it finds only its own rows and does nothing
 * else; the one query on the log's key costs well under a millisecond.
 *
 * <p>At start it begins a little before the log's end ({@code liancai.cluster.replay-seconds}):
 * the instance compares its search index with the whole database while it starts, which covers
 * everything committed before; a transaction still running then, with a row written before that
 * comparison read its record, is heard here. Hearing a change twice does no harm: a document is
 * written again only when the database's differs.
 *
 * <p>Once an hour one instance of the cluster removes the rows older than a day
 * ({@link ClusterJobs}): an instance that was down longer starts by comparing, not by reading the log.
 */
@ApplicationScoped
public class ChangeFollower {

    private static final Logger LOG = Logger.getLogger(ChangeFollower.class.getName());
    static final String PRUNE_JOB = "change-log-prune";
    /** most rows handed on per look: a million imported rows reach the others in chunks, not in one list */
    static final int ROWS_PER_LOOK = 5000;
    private static final Duration KEPT = Duration.ofDays(1);
    /** a claim only has to outlive its period; a month of them tells an operator which instance ran what */
    private static final Duration CLAIMS_KEPT = Duration.ofDays(31);

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ChangeLog log;

    @Inject
    ClusterJobs jobs;

    @Inject
    Event<OtherInstancesChanged> changes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "liancai.cluster.follow-millis", defaultValue = "500")
    long followMillis;

    @Inject
    @ConfigProperty(name = "liancai.cluster.replay-seconds", defaultValue = "60")
    long replaySeconds;

    /** how long an id skipped over is looked for again: longer than any transaction writing the log lives */
    @Inject
    @ConfigProperty(name = "liancai.cluster.gap-seconds", defaultValue = "300")
    long gapSeconds;

    private ChangeCursor cursor;
    private ScheduledFuture<?> following;
    private ScheduledFuture<?> pruning;
    private volatile long lastPruneHour = -1;

    /** starts following; called once at start, before the search index compares itself with the database */
    public synchronized void start() {
        if (following != null) {
            return;
        }
        long start;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT MAX(id) FROM change_log WHERE changed_at < ?")) {
            q.setTimestamp(1, Timestamp.from(clock.instant().minusSeconds(replaySeconds)));
            try (ResultSet rs = q.executeQuery()) {
                start = rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
        cursor = new ChangeCursor(start, TimeUnit.SECONDS.toMillis(gapSeconds));
        following = scheduler.scheduleWithFixedDelay(this::look, followMillis, followMillis, TimeUnit.MILLISECONDS);
        pruning = scheduler.scheduleWithFixedDelay(this::pruneOncePerHour, 1, 10, TimeUnit.MINUTES);
        LOG.info(() -> "following the change log from " + start + " as " + log.origin());
    }

    @PreDestroy
    synchronized void stop() {
        if (following != null) {
            following.cancel(false);
            pruning.cancel(false);
        }
    }

    /** one look at the log; a failure (the database away) is logged and the next look tries again */
    synchronized void look() {
        try {
            List<ChangeCursor.Row> rows = read();
            List<ChangeCursor.Row> taken = cursor.take(rows, clock.millis());
            Map<String, Set<Long>> others = new LinkedHashMap<>();
            for (ChangeCursor.Row row : taken) {
                if (!row.origin().equals(log.origin())) {
                    others.computeIfAbsent(row.kind(), k -> new LinkedHashSet<>()).add(row.recordId());
                }
            }
            if (!others.isEmpty()) {
                changes.fire(new OtherInstancesChanged(others));
            }
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "change log: this look failed, the next one tries again", e);
        }
    }

    private List<ChangeCursor.Row> read() throws SQLException {
        List<ChangeCursor.Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id, kind, record_id, origin FROM change_log WHERE "
                     + cursor.condition() + " ORDER BY id FETCH FIRST " + ROWS_PER_LOOK + " ROWS ONLY")) {
            List<Long> parameters = cursor.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                q.setLong(i + 1, parameters.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ChangeCursor.Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    private void pruneOncePerHour() {
        try {
            long hour = clock.millis() / TimeUnit.HOURS.toMillis(1);
            if (hour == lastPruneHour) {
                return;
            }
            lastPruneHour = hour;
            String period = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + "T" + (hour % 24);
            if (!jobs.claim(PRUNE_JOB, period)) {
                return;
            }
            try (Connection c = dataSource.getConnection();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM change_log WHERE changed_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT)));
                int removed = delete.executeUpdate();
                if (removed > 0) {
                    LOG.info(() -> "change log: removed " + removed + " rows older than a day");
                }
            }
            try (Connection c = dataSource.getConnection();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM cluster_job WHERE claimed_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(clock.instant().minus(CLAIMS_KEPT)));
                delete.executeUpdate();
            }
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "change log: pruning failed, the next hour tries again", e);
        }
    }
}
