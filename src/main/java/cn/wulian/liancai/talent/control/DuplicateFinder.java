package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.talent.entity.DistinctPair;
import cn.wulian.liancai.talent.entity.DuplicateKeys;
import cn.wulian.liancai.talent.entity.TalentDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds records that may be one person, by the duplicate keys stored on {@code talent} (indexed):
 * the same phone, e-mail or WeChat, or the same name with the same birth year and township. Merged
 * and erased talents are never candidates. Nothing here merges: a person decides.
 */
@ApplicationScoped
public class DuplicateFinder {

    /** at most this many candidates per row of an import */
    static final int CANDIDATES_PER_ROW = 3;
    /** keys per IN-list: well below what any database takes in one statement */
    static final int IN_LIST = 500;
    /**
     * A key that more talents share than this is a placeholder typed for unknown data (a hotline,
     * "无"), not a person: its groups would be thousands of pairs of strangers.
     */
    static final int CROWD = 20;

    @PersistenceContext
    EntityManager em;

    public DuplicateFinder() {
    }

    /** outside the container: tests */
    public DuplicateFinder(EntityManager em) {
        this.em = em;
    }

    /**
     * For each of the given details (an import chunk of up to 1000 rows), in the same order, the
     * existing, not merged talents it may be, best first, at most 3 each; a few IN-queries per
     * chunk, not per row.
     */
    public List<List<DuplicateCandidate>> candidatesFor(List<TalentDetails> rows) {
        return candidatesForKeys(rows.stream().map(DuplicateKeys::of).toList());
    }

    /** as {@link #candidatesFor}, for rows whose keys the caller has already (a name's key costs a transliteration) */
    public List<List<DuplicateCandidate>> candidatesForKeys(List<DuplicateKeys> keys) {
        Map<Long, Known> known = new HashMap<>();
        lookUp(known, "phone_key", "ix_talent_phone_key", keys, DuplicateKeys::phoneKey);
        lookUp(known, "email_key", "ix_talent_email_key", keys, DuplicateKeys::emailKey);
        lookUp(known, "wechat_key", "ix_talent_wechat_key", keys, DuplicateKeys::wechatKey);
        lookUp(known, "name_key", "ix_talent_name_key", keys.stream().filter(k -> k.birthYear() != null && k.townshipId() != null).toList(),
                DuplicateKeys::nameKey);
        // each row's keys against the talents found, through one map per key rather than all pairs
        Map<String, List<Known>> byKey = new HashMap<>();
        for (Known k : known.values()) {
            for (String key : k.lookupKeys()) {
                byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            }
        }
        List<List<DuplicateCandidate>> result = new ArrayList<>(keys.size());
        for (DuplicateKeys row : keys) {
            Set<Known> near = new LinkedHashSet<>();
            for (String key : new Known(0, null, row).lookupKeys()) {
                near.addAll(byKey.getOrDefault(key, List.of()));
            }
            result.add(near.stream()
                    .map(k -> candidate(k, row.reasonsAgainst(k.keys())))
                    .filter(Objects::nonNull)
                    .sorted(BEST_FIRST)
                    .limit(CANDIDATES_PER_ROW)
                    .toList());
        }
        return result;
    }

    private static final Comparator<DuplicateCandidate> BEST_FIRST =
            Comparator.comparingInt(DuplicateCandidate::score).reversed().thenComparingLong(DuplicateCandidate::talentId);

    private static DuplicateCandidate candidate(Known k, List<String> reasons) {
        return reasons.isEmpty() ? null : new DuplicateCandidate(k.id(), k.name(), DuplicateKeys.score(reasons), reasons);
    }

    /**
     * The talents whose {@code column} is one of the keys, by the column's index. In SQL, because
     * Derby's optimizer scans the whole table for an IN-list of hundreds of parameters (measured at
     * 30,000 talents: 750 ms a query, against 25 ms through the index) and an import asks four of
     * them per chunk; the {@code --DERBY-PROPERTIES} line names the index for Derby and is a
     * comment to any other database. In two steps: the keys present at all, from the index alone,
     * then the rows of those (new people have none, and a common name with another birth year or
     * township is no candidate), since reading a table row for every index hit was most of the
     * lookup. By JDBC on the transaction's connection: the provider looks each of 512 parameters
     * up among the others when it binds them, which took a tenth of an import's time.
     */
    private void lookUp(Map<Long, Known> known, String column, String index, List<DuplicateKeys> keys, Function<DuplicateKeys, String> key) {
        List<String> values = keys.stream().map(key).filter(Objects::nonNull).distinct().toList();
        if (values.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("looking up duplicates for an import needs its transaction");
        }
        boolean byName = column.equals("name_key");
        Set<String> rowsNames = byName ? keys.stream().map(DuplicateFinder::nameBirthTownship).collect(Collectors.toSet()) : Set.of();
        // first from the index alone (no table row is read): which keys are there at all — for new people, mostly none
        // not DISTINCT: a common name has thousands of entries, and sorting them per chunk cost more than a set does
        Set<String> present = new LinkedHashSet<>();
        query(connection, "SELECT t." + column + (byName ? ", t.birth_year, t.township_id" : "") + " FROM talent t --DERBY-PROPERTIES index="
                + index + "\n WHERE t." + column + " IN ", values, r -> {
                    String value = r.getString(1);
                    if (!byName) {
                        present.add(value);
                        return;
                    }
                    int birth = r.getInt(2);
                    Integer birthYear = r.wasNull() ? null : birth;
                    long township = r.getLong(3);
                    Long townshipId = r.wasNull() ? null : township;
                    // a common name alone is no reason: only the name with the row's birth year and township is worth the table's rows
                    if (rowsNames.contains(nameBirthTownship(new DuplicateKeys(value, null, null, null, birthYear, townshipId)))) {
                        present.add(value);
                    }
                });
        if (present.isEmpty()) {
            return;
        }
        query(connection, "SELECT t.id, t.name, t.name_key, t.phone_key, t.email_key, t.wechat_key, t.birth_year, t.township_id"
                + " FROM talent t --DERBY-PROPERTIES index=" + index + "\n"
                + " WHERE t.merged_into_id IS NULL AND t.erased_at IS NULL AND t." + column + " IN ", List.copyOf(present), r -> {
                    long id = r.getLong(1);
                    int birth = r.getInt(7);
                    Integer birthYear = r.wasNull() ? null : birth;
                    long township = r.getLong(8);
                    Long townshipId = r.wasNull() ? null : township;
                    known.putIfAbsent(id, new Known(id, r.getString(2), new DuplicateKeys(r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), birthYear, townshipId)));
                });
    }

    private static String nameBirthTownship(DuplicateKeys k) {
        return k.nameKey() + "|" + k.birthYear() + "|" + k.townshipId();
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    /** {@code sql} ending in "IN " with the values as its list, a part of at most {@link #IN_LIST} at a time */
    private static void query(Connection connection, String sql, List<String> values, RowReader reader) {
        for (int from = 0; from < values.size(); from += IN_LIST) {
            List<String> chunk = padded(values.subList(from, Math.min(values.size(), from + IN_LIST)));
            try (PreparedStatement query = connection.prepareStatement(sql + "(" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        reader.read(r);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("looking up duplicates failed: " + sql, e);
            }
        }
    }

    /**
     * The keys repeated up to the next power of two: an IN-list of another length is another
     * statement, which Derby compiles anew (tens of milliseconds) and which pushes the app's other
     * statements out of its cache; so an import's chunks share ten statements per column.
     */
    static List<String> padded(List<String> keys) {
        int size = Integer.highestOneBit(Math.max(1, keys.size() - 1)) << 1;
        if (keys.size() == 1 || keys.size() == size) {
            return keys;
        }
        List<String> padded = new ArrayList<>(size);
        padded.addAll(keys);
        while (padded.size() < size) {
            padded.add(keys.getLast());
        }
        return padded;
    }

    /** an existing talent as the finder sees it */
    private record Known(long id, String name, DuplicateKeys keys) {
        /** the keys to look it up by, one namespace per reason */
        List<String> lookupKeys() {
            List<String> out = new ArrayList<>(4);
            if (keys.phoneKey() != null) {
                out.add("p:" + keys.phoneKey());
            }
            if (keys.emailKey() != null) {
                out.add("e:" + keys.emailKey());
            }
            if (keys.wechatKey() != null) {
                out.add("w:" + keys.wechatKey());
            }
            if (keys.nameKey() != null && keys.birthYear() != null && keys.townshipId() != null) {
                out.add("n:" + keys.nameKey() + "|" + keys.birthYear() + "|" + keys.townshipId());
            }
            return out;
        }
    }

    // ---- over the whole registry

    /**
     * Every pair of talents that may be one person, best first (score, then ids), without the
     * pairs a person marked as two people: equal keys are joined in SQL on their indexes, one
     * query per reason, and only the page's names are read. The whole ordered list is kept while
     * the registry is unchanged, so that the page's count, its rows and the next pages cost one
     * scan each rather than the joins again (about 2.5 s at 100,000 talents on a busy machine).
     */
    public Page<DuplicatePair> pairs(int offset, int limit) {
        List<Object> stamp = stamp();
        Ordered known = ordered;
        List<Scored> all = known != null && known.stamp().equals(stamp) ? known.pairs() : null;
        if (all == null) {
            all = computePairs();
            ordered = new Ordered(stamp, all);
        }
        List<Scored> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        Set<Long> ids = new TreeSet<>();
        page.forEach(p -> {
            ids.add(p.low());
            ids.add(p.high());
        });
        Map<Long, String> names = names(ids);
        return new Page<>(all.size(), page.stream()
                .map(p -> new DuplicatePair(p.low(), names.get(p.low()), p.high(), names.get(p.high()), p.score(), p.reasons()))
                .toList());
    }

    /** a pair with its reasons and score */
    private record Scored(long low, long high, List<String> reasons, int score) {
    }

    /** the ordered pairs as computed for a state of the registry */
    private record Ordered(List<Object> stamp, List<Scored> pairs) {
    }

    private volatile Ordered ordered;

    /**
     * What changes whenever a pair could: every change of a talent raises its version (so their
     * sum), a new one the count and the highest id, a deleted one the count; and the pairs marked
     * as two people.
     */
    private List<Object> stamp() {
        Object[] talents = em.createQuery("select count(t), sum(t.version), max(t.id) from Talent t", Object[].class).getSingleResult();
        long distinct = em.createQuery("select count(d) from DistinctPair d", Long.class).getSingleResult();
        return java.util.Arrays.asList(talents[0], talents[1], talents[2], distinct);
    }

    private List<Scored> computePairs() {
        Map<DistinctPair.Key, Set<String>> reasons = new HashMap<>();
        collect(reasons, DuplicateKeys.PHONE, "phoneKey", "a.phoneKey = b.phoneKey");
        collect(reasons, DuplicateKeys.EMAIL, "emailKey", "a.emailKey = b.emailKey");
        collect(reasons, DuplicateKeys.WECHAT, "wechatKey", "a.wechatKey = b.wechatKey");
        // a name with birth year and township is a small group by nature (a common name alone is not a reason): no crowd to leave out
        collect(reasons, DuplicateKeys.NAME_BIRTH_TOWNSHIP, null,
                "a.nameKey = b.nameKey and a.birthYear = b.birthYear and a.township = b.township");
        for (Object[] d : em.createQuery("select d.lowId, d.highId from DistinctPair d", Object[].class).getResultList()) {
            reasons.remove(DistinctPair.key((Long) d[0], (Long) d[1]));
        }
        List<Scored> all = new ArrayList<>(reasons.size());
        reasons.forEach((pair, why) -> {
            List<String> ordered = DuplicateKeys.ordered(why);
            all.add(new Scored(pair.lowId(), pair.highId(), ordered, DuplicateKeys.score(ordered)));
        });
        all.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(Scored::low).thenComparingLong(Scored::high));
        return List.copyOf(all);
    }

    private void collect(Map<DistinctPair.Key, Set<String>> reasons, String reason, String attribute, String equal) {
        List<String> crowded = attribute == null ? List.of() : em.createQuery("select t." + attribute + " from Talent t where t." + attribute + " is not null"
                        + " and t.mergedInto is null and t.erasedAt is null group by t." + attribute + " having count(t) > :crowd", String.class)
                .setParameter("crowd", (long) CROWD).getResultList();
        String jpql = "select a.id, b.id from Talent a, Talent b where " + equal + " and a.id < b.id"
                + " and a.mergedInto is null and b.mergedInto is null and a.erasedAt is null and b.erasedAt is null"
                + (crowded.isEmpty() ? "" : " and a." + attribute + " not in :crowded");
        var query = em.createQuery(jpql, Object[].class);
        if (!crowded.isEmpty()) {
            query.setParameter("crowded", crowded);
        }
        for (Object[] r : query.getResultList()) {
            reasons.computeIfAbsent(DistinctPair.key((Long) r[0], (Long) r[1]), k -> new HashSet<>()).add(reason);
        }
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t.id, t.name from Talent t where t.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
