package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.Stamp;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A feature whose records are searchable. At start the index compares {@link #stamps()} with
 * what it holds and writes only the records that differ, from {@link #documents(Collection)}; a
 * whole type is written, page by page through {@link #eachDocument}, only when the index is new or
 * was built by another analyzer, and when someone rebuilds the index.
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

    /** most ids a source puts into one {@code id in :ids} query (Derby and the statement cache stay happy) */
    int IDS_PER_QUERY = 1000;

    /**
     * The documents of the records with these ids, of those that exist and are searchable (an id
     * the database no longer has is left out): what a reconciliation writes for the records the
     * index lacks or holds stale. Sources with many records answer it with a query by id, {@link
     * #documentsByIds} of at most {@link #IDS_PER_QUERY}; this default filters {@link #documents()}.
     */
    default List<IndexedDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = new HashSet<>(ids);
        return documents().stream().filter(d -> wanted.contains(d.id())).toList();
    }

    /**
     * Hands every document to {@code page}, at most {@code pageSize} at a time, so that a rebuild
     * holds one page in memory and not the registry. Sources with many records override it with
     * keyset paging (and clear their persistence context between pages); this default pages {@link
     * #documents()}.
     */
    default void eachDocument(int pageSize, Consumer<List<IndexedDocument>> page) {
        List<IndexedDocument> all = documents();
        for (int from = 0; from < all.size(); from += pageSize) {
            page.accept(all.subList(from, Math.min(all.size(), from + pageSize)));
        }
    }

    /** how many documents {@link #eachDocument} hands: a rebuild's progress counts against it */
    default long count() {
        return stamps().size();
    }

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

    /**
     * {@link #documents(Collection)} for a source with many records: the documents of the entities
     * that {@code query}, with an {@code :ids} parameter, finds for the ids, at most {@link
     * #IDS_PER_QUERY} ids per query.
     */
    static <E> List<IndexedDocument> documentsByIds(EntityManager em, String query, Class<E> entity, Collection<Long> ids,
                                                    Function<E, IndexedDocument> document) {
        List<Long> all = List.copyOf(ids);
        List<IndexedDocument> docs = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            em.createQuery(query, entity).setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .getResultStream().map(document).forEach(docs::add);
        }
        return docs;
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
