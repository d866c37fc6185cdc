package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexDifference;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.search.control.SearchResult;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one search index, on disk in {@code <data>/index}. It follows the database:
 * changes arrive as {@link IndexChange} events inside their transaction, where the documents that
 * show the changed record are rebuilt too, and all of it is written only after that transaction
 * committed; at start each {@link IndexSource} type is rebuilt when the index is missing, was
 * written by another analyzer, or disagrees with the database about any record's stamp.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "liancai.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    Instance<IndexSource> sources;

    @Inject
    CurrentUser user;

    @Inject
    Event<IndexWrite> writes;

    @Inject
    Clock clock;

    private volatile LuceneIndex index;

    private LuceneIndex index() {
        LuceneIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = LuceneIndex.open(Path.of(dataDir).resolve("index"));
                }
                i = index;
            }
        }
        return i;
    }

    /** brings every type in step with the database; called once at start */
    public void synchronize() {
        synchronize(index(), sources);
    }

    static void synchronize(LuceneIndex i, Iterable<? extends IndexSource> sources) {
        boolean schemaCurrent = i.schemaCurrent();
        for (IndexSource source : sources) {
            // the stamps cover the versions of the embedded records: a team whose leader was renamed
            // after its document was last written is out of step although the team itself is not
            Map<Long, String> inDatabase = source.stamps();
            if (!schemaCurrent || !inDatabase.equals(i.stamps(source.type()))) {
                long start = System.nanoTime();
                var docs = source.documents();
                i.replaceAll(source.type(), docs);
                LOG.info(() -> "search index: rebuilt " + docs.size() + " " + source.type() + " documents in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            } else {
                LOG.info(() -> "search index: " + inDatabase.size() + " " + source.type() + " documents in step");
            }
        }
    }

    /**
     * Compares the index with the database record by record, every type; with {@code repair},
     * rebuilds each type that differs (every type, when the index was built by another analyzer)
     * and compares again. Administrators only. The one entry of pages and API alike, so a record
     * of who checked or repaired the index belongs here.
     */
    public IndexVerification verify(boolean repair) {
        user.requireRole("only administrators check the search index", Role.ADMIN);
        IndexVerification result = verify(index(), sources, repair, clock);
        LOG.info(() -> "search index " + (repair ? "repair" : "check") + " by " + user.getUsername() + ": "
                + (result.foundInStep() ? "in step" : "differences " + result.kinds().stream().filter(d -> !d.inStep()).toList())
                + (result.rebuilt().isEmpty() ? "" : ", rebuilt " + result.rebuilt() + ", now " + (result.inStep() ? "in step" : "still differing")));
        return result;
    }

    static IndexVerification verify(LuceneIndex i, Iterable<? extends IndexSource> each, boolean repair, Clock clock) {
        // one order for both looks and the repair
        List<IndexSource> sources = new ArrayList<>();
        each.forEach(sources::add);
        boolean schemaCurrent = i.schemaCurrent();
        List<IndexDifference> found = compare(i, sources);
        if (!allInStep(found)) {
            // writes that committed while the first look ran reach the index just after: only a second look tells them apart
            List<IndexDifference> again = compare(i, sources);
            List<IndexDifference> confirmed = new ArrayList<>();
            for (int k = 0; k < found.size(); k++) {
                confirmed.add(found.get(k).confirmedBy(again.get(k)));
            }
            found = confirmed;
        }
        List<String> rebuilt = new ArrayList<>();
        if (repair) {
            for (int k = 0; k < sources.size(); k++) {
                IndexSource source = sources.get(k);
                if (!schemaCurrent || !found.get(k).inStep()) {
                    i.replaceAll(source.type(), source.documents());
                    rebuilt.add(source.type());
                }
            }
        }
        boolean inStep = rebuilt.isEmpty()
                ? schemaCurrent && allInStep(found)
                : i.schemaCurrent() && allInStep(compare(i, sources));
        return new IndexVerification(clock.instant(), schemaCurrent, found, rebuilt, inStep);
    }

    private static List<IndexDifference> compare(LuceneIndex i, List<IndexSource> sources) {
        List<IndexDifference> differences = new ArrayList<>();
        for (IndexSource source : sources) {
            differences.add(IndexDifference.between(source.type(), source.stamps(), i.stamps(source.type())));
        }
        return differences;
    }

    private static boolean allInStep(List<IndexDifference> differences) {
        return differences.stream().allMatch(IndexDifference::inStep);
    }

    /**
     * Inside the transaction that fired the change: asks every source for its documents that show
     * the changed record, built now from the entities this transaction has (so with the new name),
     * and hands them with the change to {@link #apply}. One hop only: a dependent's own dependents
     * are not asked for, which cannot loop and needs no more, because each source reports every
     * document showing the record directly. A deleted record has none: the in-use checks refuse
     * deleting a record that another one names.
     */
    void collect(@Observes IndexChange change) {
        writes.fire(new IndexWrite(change, dependents(change, sources)));
    }

    static List<IndexedDocument> dependents(IndexChange change, Iterable<? extends IndexSource> sources) {
        if (change.document() == null) {
            return List.of();
        }
        Map<String, IndexedDocument> dependents = new LinkedHashMap<>();
        for (IndexSource source : sources) {
            for (IndexedDocument doc : source.embedding(change.type(), change.id())) {
                dependents.putIfAbsent(doc.key(), doc);
            }
        }
        dependents.remove(change.document().key());
        return List.copyOf(dependents.values());
    }

    /** after the commit: the change and its dependents in one index commit, seen by searches together */
    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexWrite write) {
        IndexChange change = write.change();
        if (change.document() == null) {
            index().delete(change.type(), change.id());
        } else {
            List<IndexedDocument> docs = new ArrayList<>();
            docs.add(change.document());
            docs.addAll(write.dependents());
            index().upsert(docs);
        }
    }

    public SearchResult search(SearchRequest request) {
        return index().search(request);
    }

    /**
     * The search box, for the caller: office staff and platform managers, over what their grants
     * may read. A reviewer is refused (403) rather than shown nothing: searching the registry is
     * not part of their work, their nominees come to them through the award.
     */
    public SearchResult searchAsCaller(String q, Set<String> types, int offset, int limit) {
        user.requireStaffOrManager("search is for office staff and platform managers");
        return search(new SearchRequest(q, user.grants(), types, offset, limit));
    }

    @PreDestroy
    void close() {
        if (index != null) {
            try {
                index.close();
            } catch (Exception e) {
                LOG.warning("closing the search index: " + e);
            }
        }
    }
}
