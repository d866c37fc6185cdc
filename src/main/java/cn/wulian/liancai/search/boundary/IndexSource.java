package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexedDocument;
import java.util.List;
import java.util.Map;

/**
 * A feature whose records are searchable. At start the index compares {@link #versions()} with
 * what it holds and rebuilds the type from {@link #documents()} when they differ.
 */
public interface IndexSource {

    String type();

    /** id → version of every record, as the database has them now */
    Map<Long, Long> versions();

    /** every record as an index document (called in a transaction) */
    List<IndexedDocument> documents();

    /** id → version from the rows of a {@code select x.id, x.version} query */
    static Map<Long, Long> versionsOf(List<Object[]> idAndVersionRows) {
        Map<Long, Long> versions = new java.util.HashMap<>();
        for (Object[] row : idAndVersionRows) {
            versions.put((Long) row[0], (Long) row[1]);
        }
        return versions;
    }
}
