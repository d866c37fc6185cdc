package cn.wulian.liancai.shared.audit;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * New records by the thousand (an import): JDBC batches on the connection of the caller's
 * transaction instead of one statement and one key read-back per record, which is most of what
 * {@code em.persist} costs in bulk. The columns and their values are built by the provider's own
 * mapping of the entity, so a row is the one {@code persist} would write.
 *
 * <p>The trail gets one entry for the batch instead of one per record: {@value #ACTION} on the
 * record the rows came with (an import), naming every record created. A record's own history
 * shows that entry (see {@link AuditTrail#history}), and what the record held when it was created
 * is what it holds now with the later entries' changes taken back — the values are not copied a
 * hundred thousand times into the trail (and sealed there with a key per person), which cost as
 * much as the rows themselves.
 *
 * <p>The database gives the keys (identity columns), and a batch cannot hand them back on Derby.
 * They are read back instead: every row carries the origin's id in {@code originColumn} (indexed
 * with the key), and the rows above the highest key before the insert that carry it are the new
 * ones, in the order they were inserted, since a connection's inserts draw increasing keys (Derby's
 * identity generator is one for all connections; PostgreSQL's identity columns draw one value at a
 * time unless a cache is set). Nothing else may add rows of the same origin meanwhile: an import
 * refuses decisions on its held rows while it runs. The entities are left detached, with their keys
 * and versions set, as after {@code persist} and a commit.
 */
public final class BulkInsert {

    /** the action of the batch's entry */
    public static final String ACTION = "CREATED_IN_BULK";

    private static final int BATCH = 1000;
    /** an entry's detail holds 4,000 characters; a batch inserted alone is one range, "TALENT 1001-1500 (500)" */
    private static final int DETAIL_LENGTH = 3_900;

    private BulkInsert() {
    }

    /**
     * Inserts entities of one class, none of them persisted yet, each with {@code originColumn} set
     * to the id of {@code origin}; in the caller's transaction, which must be active.
     */
    public static <T> void insert(EntityManager em, Clock clock, List<T> entities, String originColumn, RecordRef origin) {
        if (entities.isEmpty()) {
            return;
        }
        AbstractSession session = (AbstractSession) em.unwrap(UnitOfWork.class);
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("a bulk insert needs an active transaction");
        }
        ClassDescriptor descriptor = session.getDescriptor(entities.getFirst().getClass());
        DatabasePlatform platform = session.getPlatform();
        DatabaseField key = descriptor.getPrimaryKeyFields().getFirst();
        DatabaseMapping keyMapping = descriptor.getObjectBuilder().getMappingForField(key);
        DatabaseMapping versionMapping = descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy v ? v.getVersionMapping() : null;
        String table = descriptor.getTableName();
        List<Long> keys;
        try {
            long floor = highestKey(connection, table, key.getName());
            List<DatabaseField> columns = null;
            PreparedStatement insert = null;
            try {
                int pending = 0;
                for (T entity : entities) {
                    if (versionMapping != null) {
                        // the first version, as the provider writes it on insert
                        versionMapping.setAttributeValueInObject(entity, 1L);
                    }
                    AbstractRecord row = descriptor.getObjectBuilder().buildRow(entity, session, WriteType.INSERT);
                    if (columns == null) {
                        columns = row.getFields().stream().filter(f -> !f.getName().equalsIgnoreCase(key.getName())).toList();
                        insert = connection.prepareStatement("INSERT INTO " + table + " ("
                                + columns.stream().map(DatabaseField::getName).collect(Collectors.joining(", ")) + ") VALUES ("
                                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
                    }
                    // by position: a record looks a field up by a linear search, which for every column of every row added up
                    List<DatabaseField> fields = row.getFields();
                    List<Object> values = row.getValues();
                    int parameter = 0;
                    for (int i = 0; i < fields.size(); i++) {
                        DatabaseField field = fields.get(i);
                        if (field.getName().equalsIgnoreCase(key.getName())) {
                            continue;
                        }
                        if (parameter == columns.size() || !field.equals(columns.get(parameter))) {
                            throw new IllegalStateException("the columns of " + table + " came in another order: " + fields);
                        }
                        Object value = values.get(i);
                        parameter++;
                        if (value == null) {
                            insert.setNull(parameter, platform.getJDBCTypeForSetNull(field));
                        } else {
                            platform.setParameterValueInDatabaseCall(value, insert, parameter, session);
                        }
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            } finally {
                if (insert != null) {
                    insert.close();
                }
            }
            keys = newKeys(connection, table, key.getName(), originColumn, origin.id(), floor);
            if (keys.size() != entities.size()) {
                throw new IllegalStateException("inserted " + entities.size() + " rows into " + table + " but found " + keys.size()
                        + " new ones with " + originColumn + " = " + origin.id());
            }
            for (int i = 0; i < keys.size(); i++) {
                keyMapping.setAttributeValueInObject(entities.get(i), keys.get(i));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk insert into " + table + " failed", e);
        }
        if (!descriptor.getJavaClass().isAnnotationPresent(NotAudited.class)) {
            String kind = RecordRef.kindOf(descriptor.getJavaClass());
            for (BulkRecords part : BulkRecords.of(kind, keys).parts(DETAIL_LENGTH)) {
                AuditWriter.write(session, new AuditWriter.Draft(clock.instant(), Actor.current(), origin, origin, ACTION, List.of(),
                        part.toString()));
            }
        }
    }

    private static long highestKey(Connection connection, String table, String key) throws SQLException {
        try (PreparedStatement max = connection.prepareStatement("SELECT MAX(" + key + ") FROM " + table);
             ResultSet rs = max.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The rows of this origin above the floor, along the index on (origin, key): a range of this
     * batch's rows only — rows other transactions are inserting (another import) are neither read
     * nor waited for.
     */
    private static List<Long> newKeys(Connection connection, String table, String key, String originColumn, long origin, long floor)
            throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + key + " FROM " + table + " WHERE " + originColumn
                + " = ? AND " + key + " > ? ORDER BY " + key)) {
            select.setLong(1, origin);
            select.setLong(2, floor);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
        }
        return keys;
    }
}
