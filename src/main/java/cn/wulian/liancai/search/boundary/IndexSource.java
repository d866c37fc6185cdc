package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.Stamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature whose records are searchable. At start the index compares {@link #stamps()} with
 * what it holds and rebuilds the type from {@link #documents()} when they differ.
 *
 * <p>A document may show other records' names (a team shows its leader's): the source then says
 * which of its documents show a given record ({@link #embedding}), so that a change to that record
 * rewrites them too, and puts the versions of those records into each document's {@link Stamp},
 * so that start-up also finds a document still showing a name that changed since.
 */
public interface IndexSource {

    String type();

    /**
     * id → {@link Stamp} of every record, as the database has them now: the same text the
     * document built from that record now would carry, read in one query
     */
    Map<Long, String> stamps();

    /** every record as an index document (called in a transaction) */
    List<IndexedDocument> documents();

    /**
     * This source's documents that show the record {@code type:id} (another source's, or its
     * own), built now in the caller's transaction, after that record changed. Called once per
     * change: one query, on indexed columns. Only the documents that show the record itself — the
     * index asks every source and follows no further, so a document showing a name has to be
     * reported by its own source for that name's record, not found through another document.
     */
    default List<IndexedDocument> embedding(String type, long id) {
        return List.of();
    }

    /**
     * The version of a left-joined record in a row of {@code ..., y.id, y.version, ...}, or null
     * where the row has none: the absent record's version reads as 0, not null (the attribute is a
     * primitive), so only its id tells whether it is there.
     */
    static Long versionAt(Object[] row, int idColumn) {
        return row[idColumn] == null ? null : (Long) row[idColumn + 1];
    }

    /** id → stamp from the rows of a {@code select x.id, x.version} query, for records that show no other record */
    static Map<Long, String> stampsOf(List<Object[]> idAndVersionRows) {
        Map<Long, String> stamps = new HashMap<>();
        for (Object[] row : idAndVersionRows) {
            stamps.put((Long) row[0], Stamp.of((Long) row[1]));
        }
        return stamps;
    }
}
