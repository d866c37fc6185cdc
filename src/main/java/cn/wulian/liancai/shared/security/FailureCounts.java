package cn.wulian.liancai.shared.security;

import cn.wulian.liancai.shared.persistence.DuplicateKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The failed log-ins {@link LoginThrottle} counts, by subject: a user name ({@link #NAME}), or a
 * client address ({@link #ADDRESS}) with the different names that failed from it. Kept in the
 * database for the application (table {@code login_failure}), in memory for the throttle's rules
 * in tests. A subject or name as long as someone types it is kept as a hash: what guessers send
 * must not decide how much the table holds.
 */
interface FailureCounts {

    String NAME = "name:";
    String ADDRESS = "addr:";
    /** names remembered per address: enough to reach any sensible threshold */
    int MAX_NAMES = 64;

    /** the failures of a subject: for a user name how many, for an address how many names; at {@code lastMillis} the latest */
    record Count(int failures, Set<String> names, long lastMillis) {
    }

    Count find(String subject);

    /**
     * One more failure of {@code subject} at {@code now}; for an address, of the user name {@code name}.
     * A count whose latest failure lies before {@code quietBefore} starts again.
     */
    void failed(String subject, String name, long now, long quietBefore);

    void clear(String subject);

    /** how a count changes with one more failure: the rule both stores share */
    static Count next(Count old, String name, long now, long quietBefore) {
        boolean fresh = old == null || old.lastMillis() < quietBefore;
        if (name == null) {
            return new Count(fresh ? 1 : old.failures() + 1, Set.of(), now);
        }
        Set<String> names = fresh ? new LinkedHashSet<>() : new LinkedHashSet<>(old.names());
        if (names.size() < MAX_NAMES) {
            names.add(shortHash(name));
        }
        return new Count(names.size(), Set.copyOf(names), now);
    }

    /** 12 hex digits of a name's SHA-256: tells the names from one address apart, keeps none of them */
    static String shortHash(String text) {
        return hash(text).substring(0, 12);
    }

    /** a subject short enough for the table's key, the same for the same text */
    static String key(String subject) {
        return subject.length() <= 200 ? subject : subject.substring(0, 5) + "#" + hash(subject);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static FailureCounts inMemory() {
        ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();
        return new FailureCounts() {
            @Override
            public Count find(String subject) {
                return counts.get(key(subject));
            }

            @Override
            public void failed(String subject, String name, long now, long quietBefore) {
                counts.compute(key(subject), (k, old) -> next(old, name, now, quietBefore));
            }

            @Override
            public void clear(String subject) {
                counts.remove(key(subject));
            }
        };
    }

    static FailureCounts inDatabase(DataSource dataSource) {
        return new InDatabase(dataSource);
    }

    /**
     * One row per subject. A user name's count is raised in one statement, so failures on two
     * instances at once both count; an address's names are read and written back, where two at once
     * may count one name less — a guesser gains one attempt, not a way round the wait.
     */
    final class InDatabase implements FailureCounts {

        /** every this many failures on an instance, counts quiet for longer than the longest wait are removed */
        static final int PRUNE_EVERY = 1000;

        private final DataSource dataSource;
        private final AtomicLong failures = new AtomicLong();

        InDatabase(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Count find(String subject) {
            try (Connection c = dataSource.getConnection()) {
                return read(c, key(subject));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the failed log-ins", e);
            }
        }

        private static Count read(Connection c, String key) throws SQLException {
            try (PreparedStatement q = c.prepareStatement("SELECT failures, names, last_at FROM login_failure WHERE subject = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    String names = rs.getString(2);
                    return new Count(rs.getInt(1), names == null || names.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(names.split(","))),
                            rs.getLong(3));
                }
            }
        }

        @Override
        public void failed(String subject, String name, long now, long quietBefore) {
            String key = key(subject);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                for (int attempt = 0; attempt < 3; attempt++) {
                    if (name == null ? raise(c, key, now, quietBefore) : rewrite(c, key, name, now, quietBefore)) {
                        break;
                    }
                }
                if (failures.incrementAndGet() % PRUNE_EVERY == 0) {
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM login_failure WHERE last_at < ?")) {
                        delete.setLong(1, quietBefore);
                        delete.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count a failed log-in", e);
            }
        }

        /** a user name's count, raised in place; false when the row was inserted by someone else meanwhile (try again) */
        private static boolean raise(Connection c, String key, long now, long quietBefore) throws SQLException {
            try (PreparedStatement update = c.prepareStatement("UPDATE login_failure SET failures = CASE WHEN last_at < ? THEN 1 "
                    + "ELSE failures + 1 END, last_at = ? WHERE subject = ?")) {
                update.setLong(1, quietBefore);
                update.setLong(2, now);
                update.setString(3, key);
                if (update.executeUpdate() > 0) {
                    return true;
                }
            }
            return insert(c, key, next(null, null, now, quietBefore));
        }

        private static boolean rewrite(Connection c, String key, String name, long now, long quietBefore) throws SQLException {
            Count old = read(c, key);
            Count next = next(old, name, now, quietBefore);
            if (old == null) {
                return insert(c, key, next);
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE login_failure SET failures = ?, names = ?, last_at = ? WHERE subject = ?")) {
                update.setInt(1, next.failures());
                update.setString(2, String.join(",", next.names()));
                update.setLong(3, now);
                update.setString(4, key);
                return update.executeUpdate() > 0;
            }
        }

        private static boolean insert(Connection c, String key, Count count) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO login_failure (subject, failures, names, last_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, key);
                insert.setInt(2, count.failures());
                insert.setString(3, count.names().isEmpty() ? null : String.join(",", count.names()));
                insert.setLong(4, count.lastMillis());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DuplicateKey.is(e)) {
                    return false;
                }
                throw e;
            }
        }

        @Override
        public void clear(String subject) {
            try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement("DELETE FROM login_failure WHERE subject = ?")) {
                c.setAutoCommit(true);
                delete.setString(1, key(subject));
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot clear the failed log-ins", e);
            }
        }
    }
}
