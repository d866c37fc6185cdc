package cn.wulian.liancai.shared.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

/**
 * What changed, written in the transaction that changed it, for the other instances that share the
 * database: each follows this log ({@link ChangeFollower}) and brings what it keeps in memory or on
 * its own disk in step (its search index, its caches of accounts and verified log-ins). Written in
 * the same transaction, so a row exists exactly when its change committed — a change cannot reach
 * the database and be lost to the others, nor reach the others and be rolled back.
 *
 * <p>A row names a kind (chosen by the writer: {@code index:talent}, {@code accounts}) and a record's
 * id, and the instance that wrote it ({@link #origin()}), which already applied the change itself.
 */
@ApplicationScoped
public class ChangeLog {

    static final String INSERT = "INSERT INTO change_log (kind, record_id, origin, changed_at) VALUES (?, ?, ?, ?)";
    private static final int BATCH = 1000;

    /** this instance, since its start: a restarted instance is another origin, and follows what it wrote before */
    private final String origin = UUID.randomUUID().toString();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String origin() {
        return origin;
    }

    /** records that the records {@code ids} of {@code kind} changed; in the caller's transaction, which must be active */
    public void record(String kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (kind.length() > 40) {
            throw new IllegalArgumentException("a change log kind has at most 40 characters: " + kind);
        }
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("the change log is written in the changing transaction, and there is none");
        }
        Timestamp at = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (long id : ids) {
                insert.setString(1, kind);
                insert.setLong(2, id);
                insert.setString(3, origin);
                insert.setTimestamp(4, at);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot write the change log", e);
        }
    }
}
