package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexDifference;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.LuceneIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Brings one type of the index in step with the database by writing only what differs: the
 * documents of records the index lacks or holds stale are written again from the database, those
 * of records the database no longer has are removed. A whole type is written only when there is
 * nothing to compare with: an index built by another analyzer, or one without any document of the
 * type. At a million talents, one renamed talent is one document, not a million.
 *
 * <p>Writes that committed meanwhile reach the index on their own; the order of the reads keeps a
 * reconciliation from undoing them: the index is read before the database, so a record created
 * in between is at worst written twice, never removed, and a document written again is not
 * written over a newer one (the index compares {@link cn.wulian.liancai.search.control.Stamp}s).
 */
record Reconciliation(String type, boolean rebuilt, int removed, int written, int inDatabase) {

    /** documents per page of a whole type written, and ids per write of the differing ones */
    static final int PAGE = 1000;

    boolean wrote() {
        return rebuilt || removed + written > 0;
    }

    @Override
    public String toString() {
        if (rebuilt) {
            return "rebuilt " + written + " " + type + " documents";
        }
        return wrote() ? type + ": " + written + " of " + inDatabase + " documents written again, " + removed + " removed"
                : inDatabase + " " + type + " documents in step";
    }

    /** compares and writes what differs; the whole type when {@code schemaCurrent} is false (read before anything was written) */
    static Reconciliation of(LuceneIndex index, IndexSource source, boolean schemaCurrent) {
        String type = source.type();
        if (!schemaCurrent) {
            // every document is written anew: what the index holds need not be read (a million stamps)
            return rebuild(index, source, logged(type));
        }
        Map<Long, String> indexed = index.stamps(type);
        Map<Long, String> database = source.stamps();
        if (indexed.isEmpty() && !database.isEmpty()) {
            return rebuild(index, source, logged(type));
        }
        return write(index, source, IndexDifference.between(type, database, indexed));
    }

    /**
     * Progress of a type written whole at start, in the log every ten seconds: a million talents take
     * minutes, and an operator watching the start (or a test harness waiting for output) must see it move.
     */
    private static Consumer<Integer> logged(String type) {
        long[] written = {0};
        long[] last = {System.nanoTime()};
        return page -> {
            written[0] += page;
            if (System.nanoTime() - last[0] > java.util.concurrent.TimeUnit.SECONDS.toNanos(10)) {
                last[0] = System.nanoTime();
                LOG.info("search index: writing " + type + " documents, " + written[0] + " so far");
            }
        };
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SearchIndex.class.getName());

    /** writes the type whole, in pages; {@code progress} hears the size of every page written */
    static Reconciliation rebuild(LuceneIndex index, IndexSource source, Consumer<Integer> progress) {
        long written = index.replaceAll(source.type(), sink -> source.eachDocument(PAGE, page -> {
            sink.accept(page);
            progress.accept(page.size());
        }));
        return new Reconciliation(source.type(), true, 0, (int) written, (int) written);
    }

    /** removes the extra documents and writes the missing and stale ones again, a page of ids at a time */
    static Reconciliation write(LuceneIndex index, IndexSource source, IndexDifference difference) {
        if (difference.inStep()) {
            return new Reconciliation(source.type(), false, 0, 0, difference.inDatabase());
        }
        List<Long> wanted = new ArrayList<>(difference.missing());
        wanted.addAll(difference.stale());
        return new Reconciliation(source.type(), false, difference.extra().size(), rewrite(index, source, difference.extra(), wanted),
                difference.inDatabase());
    }

    /**
     * Removes {@code removed} and writes the documents of {@code wanted} as the database has them,
     * a page at a time; returns the documents written (a wanted record deleted meanwhile has none).
     */
    static int rewrite(LuceneIndex index, IndexSource source, Collection<Long> removed, List<Long> wanted) {
        if (!removed.isEmpty()) {
            index.reconcile(source.type(), removed, List.of());
        }
        int written = 0;
        for (int from = 0; from < wanted.size(); from += PAGE) {
            List<IndexedDocument> docs = source.documents(wanted.subList(from, Math.min(wanted.size(), from + PAGE)));
            index.reconcile(source.type(), List.of(), docs);
            written += docs.size();
        }
        return written;
    }
}
