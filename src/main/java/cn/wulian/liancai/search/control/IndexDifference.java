package cn.wulian.liancai.search.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the index differs from the database for one type of document, record by record: the ids
 * the database has and the index lacks ({@code missing}), those the index still has although the
 * database does not ({@code extra}), and those whose indexed document was built from other
 * versions than the database holds now ({@code stale}: their {@link Stamp}s differ). Ids ascending.
 */
public record IndexDifference(String type, int inDatabase, int inIndex, List<Long> missing, List<Long> extra, List<Long> stale)
        implements Serializable {

    public IndexDifference {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        stale = List.copyOf(stale);
    }

    /** compares the stamps by id: the database's (from the feature) with the index's */
    public static IndexDifference between(String type, Map<Long, String> database, Map<Long, String> index) {
        List<Long> missing = new ArrayList<>();
        List<Long> stale = new ArrayList<>();
        database.forEach((id, stamp) -> {
            String indexed = index.get(id);
            if (indexed == null) {
                missing.add(id);
            } else if (!Objects.equals(stamp, indexed)) {
                stale.add(id);
            }
        });
        List<Long> extra = index.keySet().stream().filter(id -> !database.containsKey(id)).toList();
        return new IndexDifference(type, database.size(), index.size(), sorted(missing), sorted(extra), sorted(stale));
    }

    public boolean inStep() {
        return missing.isEmpty() && extra.isEmpty() && stale.isEmpty();
    }

    /**
     * What both comparisons found: a record written while the first one ran differs for a moment
     * only (its index write follows its commit); what differs in a second look as well is a real
     * difference. Counts are the later ones.
     */
    public IndexDifference confirmedBy(IndexDifference later) {
        if (!type.equals(later.type)) {
            throw new IllegalArgumentException("not the same type: " + type + ", " + later.type);
        }
        return new IndexDifference(type, later.inDatabase, later.inIndex, both(missing, later.missing), both(extra, later.extra),
                both(stale, later.stale));
    }

    private static List<Long> both(List<Long> a, List<Long> b) {
        return a.stream().filter(new HashSet<>(b)::contains).toList();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
