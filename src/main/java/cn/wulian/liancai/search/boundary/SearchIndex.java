package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexDifference;
import cn.wulian.liancai.search.control.IndexFolders;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.ListPage;
import cn.wulian.liancai.search.control.ListPosition;
import cn.wulian.liancai.search.control.ListRequest;
import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.search.control.SearchResult;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Unavailable;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.audit.Worded;
import cn.wulian.liancai.shared.cluster.ChangeLog;
import cn.wulian.liancai.shared.cluster.OtherInstancesChanged;
import cn.wulian.liancai.shared.imports.control.ImportSettling;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.AlreadyClosedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one search index, on disk in {@code <data>/index}. It follows the database:
 * changes arrive as {@link IndexChange} events inside their transaction, where the documents that
 * show the changed record are rebuilt too, and all of it is written only after that transaction
 * committed. At start, on an administrator's repair and after failed writes, each {@link
 * IndexSource} type is reconciled: only the records whose stamps differ are written ({@link
 * Reconciliation}); a type is written whole only when the index is new or was written by another
 * analyzer.
 *
 * <p>A full rebuild ({@link #rebuild()}) writes a new index beside this one while this one goes on
 * answering searches and taking writes, then swaps the two on the writer thread, between two
 * writes, and writes again into the new index what was written to the old one meanwhile.
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

    private static final String INDEX_FOLDER = "index";

    /** how long after a failed index write (and then between attempts) the index is repaired from the database */
    @Inject
    @ConfigProperty(name = "liancai.search.repair-seconds", defaultValue = "10")
    long repairSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    @Inject
    ChangeLog changeLog;

    /** the change log's kind of a type's records: {@code index:talent} */
    static final String KIND = "index:";

    private volatile LuceneIndex index;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedExecutorService executor;

    /**
     * Searches, backups and reconciliations hold the index in use (shared); the swap after a full
     * rebuild holds it alone, for the moment it takes to close the old index, move the folders
     * and open the new one, so that a search waits for that moment instead of meeting a closed index.
     */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    /** a repair after failed writes and the swap of a rebuild both replace the index: one at a time */
    private final Object replacing = new Object();
    private volatile RebuildStatus rebuild;
    /** type → ids written to the index while a rebuild builds the new one (writer thread only); null when none builds */
    private volatile Map<String, Set<Long>> writtenDuringRebuild;
    private volatile boolean closing;

    private final Object writeOrder = new Object();
    private ExecutorService writer;
    /** the last write handed to the writer (a write handles its own failure; an error left over does not stop the next) */
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private volatile CompletableFuture<Void> lastBulk = CompletableFuture.completedFuture(null);

    /*
     * An index write comes after its database commit (the index must not show what was rolled back),
     * so when the index cannot be written the record is already saved: the first such write is
     * answered as saved, and the index is marked behind. From then on every change to a searchable
     * record is refused inside its transaction, saved nowhere, until a repair has brought the index
     * in step again: accepting them would pile up records nobody can find (and that someone would
     * enter twice), and the disk that holds the index is usually the database's too.
     */
    private volatile boolean behind;
    private final AtomicLong failedWrites = new AtomicLong();
    private final AtomicBoolean repairPending = new AtomicBoolean();

    /**
     * The index of the data folder {@code dataDir}, read as {@code caller}, outside a container:
     * for the tests of the features whose lists it serves, with the documents {@code documents}
     * written first. The caller closes it.
     */
    public static SearchIndex over(Path dataDir, CurrentUser caller, Collection<IndexedDocument> documents) {
        SearchIndex search = new SearchIndex();
        search.dataDir = dataDir.toString();
        search.user = caller;
        search.index().upsertAll(documents);
        return search;
    }

    /** closes the index opened by {@link #over} */
    public void closeIndex() {
        close();
    }

    private Path home() {
        return Path.of(dataDir).resolve(INDEX_FOLDER);
    }

    /** the open index; opening it first finishes or discards what a rebuild interrupted by a stop left beside it */
    private LuceneIndex index() {
        LuceneIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    IndexFolders.settle(home());
                    index = LuceneIndex.open(home());
                }
                i = index;
            }
        }
        return i;
    }

    /**
     * Work on the index in use: a swap waits for it, and it for a swap. A repair that replaced the
     * index while the work began makes it start again on the new one.
     */
    private <T> T using(Function<LuceneIndex, T> work) {
        Lock inUse = swap.readLock();
        inUse.lock();
        try {
            LuceneIndex i = index();
            try {
                return work.apply(i);
            } catch (AlreadyClosedException e) {
                if (index == i) {
                    throw e;
                }
                return work.apply(index());
            }
        } finally {
            inUse.unlock();
        }
    }

    /** brings every type in step with the database; called once at start */
    public void synchronize() {
        synchronize(sources);
    }

    void synchronize(Iterable<? extends IndexSource> each) {
        using(i -> synchronize(i, each));
    }

    static List<Reconciliation> synchronize(LuceneIndex i, Iterable<? extends IndexSource> sources) {
        // read once: the first type written whole records the current schema
        boolean schemaCurrent = i.schemaCurrent();
        List<Reconciliation> done = new ArrayList<>();
        for (IndexSource source : sources) {
            // the stamps cover the versions of the embedded records: a team whose leader was renamed
            // after its document was last written is out of step although the team itself is not
            long start = System.nanoTime();
            Reconciliation r = Reconciliation.of(i, source, schemaCurrent);
            LOG.info(() -> "search index: " + r + (r.wrote() ? " in " + (System.nanoTime() - start) / 1_000_000 + " ms" : ""));
            done.add(r);
        }
        return done;
    }

    /**
     * Compares the index with the database record by record, every type; with {@code repair},
     * writes the documents that differ (every type whole, when the index was built by another
     * analyzer) and compares again. Administrators only. The one entry of pages and API alike, so a record
     * of who checked or repaired the index belongs here.
     */
    public IndexVerification verify(boolean repair) {
        user.requireRole("only administrators check the search index", Role.ADMIN);
        IndexVerification result = using(i -> verify(i, sources, repair, clock));
        LOG.info(() -> "search index " + (repair ? "repair" : "check") + " by " + user.getUsername() + ": "
                + (result.foundInStep() ? "in step" : "differences " + result.kinds().stream().filter(d -> !d.inStep()).toList())
                + written(result) + (written(result).isEmpty() ? "" : ", now " + (result.inStep() ? "in step" : "still differing")));
        trail.record(new RecordRef("SEARCH_INDEX", null), null, repair ? "INDEX_REPAIRED" : "INDEX_VERIFIED",
                result.foundInStep() ? Worded.of("audit.words.indexInStep")
                        : Worded.of("audit.words.indexDiffered", names(result.kinds().stream().filter(d -> !d.inStep()).map(d -> d.type()).toList()),
                                names(result.rebuilt()), names(result.repaired()), result.inStep() ? "audit.words.indexNowInStep" : ""));
        return result;
    }

    /** the search's document types as the trail names them */
    private static String names(List<String> types) {
        return types.isEmpty() ? "—" : String.join(", ", types);
    }

    private static String written(IndexVerification result) {
        return (result.rebuilt().isEmpty() ? "" : ", rebuilt " + result.rebuilt())
                + (result.repaired().isEmpty() ? "" : ", repaired " + result.repaired());
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
        List<String> repaired = new ArrayList<>();
        if (repair) {
            for (int k = 0; k < sources.size(); k++) {
                IndexSource source = sources.get(k);
                IndexDifference difference = found.get(k);
                // only what both looks found is written: the rest was a write on its way
                Reconciliation r = !schemaCurrent || difference.inIndex() == 0 && difference.inDatabase() > 0
                        ? Reconciliation.rebuild(i, source, page -> { })
                        : Reconciliation.write(i, source, difference);
                if (r.wrote()) {
                    LOG.info(() -> "search index repair: " + r);
                    (r.rebuilt() ? rebuilt : repaired).add(source.type());
                }
            }
        }
        boolean inStep = rebuilt.isEmpty() && repaired.isEmpty()
                ? schemaCurrent && allInStep(found)
                : i.schemaCurrent() && allInStep(compare(i, sources));
        return new IndexVerification(clock.instant(), schemaCurrent, found, rebuilt, repaired, inStep);
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
        if (behind) {
            // thrown inside the use case's transaction: it rolls back, so the change is saved nowhere
            throw new Unavailable(Unavailable.INDEX, "the search index is behind the database until it is repaired; refusing "
                    + change.type() + ":" + change.id());
        }
        List<IndexedDocument> dependents = dependents(change, sources);
        // the other instances write the same documents from the database when they read the log: one batch per type
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        byType.computeIfAbsent(change.type(), t -> new ArrayList<>()).add(change.id());
        dependents.forEach(d -> byType.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d.id()));
        byType.forEach((type, ids) -> changeLog.record(KIND + type, ids));
        writes.fire(new IndexWrite(change, dependents));
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

    /**
     * After the commit: the change and its dependents in one index commit, seen by searches
     * together. When that fails (a full disk) the database has already committed, so the record is
     * saved and the caller is told so; the index is marked behind and repaired from the database.
     */
    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexWrite write) {
        settled(inTurn(() -> write(write)));
    }

    private void write(IndexWrite write) {
        IndexChange change = write.change();
        noteDuringRebuild(change.type(), List.of(change.id()));
        write.dependents().forEach(d -> noteDuringRebuild(d.type(), List.of(d.id())));
        try {
            if (change.document() == null) {
                index().delete(change.type(), change.id());
            } else {
                List<IndexedDocument> docs = new ArrayList<>();
                docs.add(change.document());
                docs.addAll(write.dependents());
                index().upsert(docs);
            }
        } catch (RuntimeException e) {
            fellBehind(change.type() + ":" + change.id() + " after its commit", e);
        }
    }

    /** as {@link #collect}, for records created in bulk: refused while the index is behind */
    void collectNew(@Observes NewDocuments created) {
        if (behind) {
            throw new Unavailable(Unavailable.INDEX, "the search index is behind the database until it is repaired; refusing "
                    + created.size() + " documents in bulk");
        }
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        created.documents().forEach(d -> byType.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d.id()));
        if (created.removedType() != null) {
            byType.computeIfAbsent(created.removedType(), t -> new ArrayList<>()).addAll(created.removed());
        }
        byType.forEach((type, ids) -> changeLog.record(KIND + type, ids));
    }

    /**
     * Changes other instances committed: the documents of those records are written again from the
     * database (or removed, where it no longer has them), on the writer thread, after the writes
     * handed to it before. Waited for, so the log is read on only once they are in the index.
     */
    void follow(@Observes OtherInstancesChanged changed) {
        for (IndexSource source : sources) {
            Set<Long> ids = changed.ids(KIND + source.type());
            if (!ids.isEmpty()) {
                settled(inTurn(() -> writeFromDatabase(source, ids)));
            }
        }
    }

    private void writeFromDatabase(IndexSource source, Set<Long> ids) {
        List<Long> wanted = List.copyOf(ids);
        noteDuringRebuild(source.type(), wanted);
        try {
            using(i -> {
                List<IndexedDocument> docs = source.documents(wanted);
                Set<Long> gone = new HashSet<>(wanted);
                docs.forEach(d -> gone.remove(d.id()));
                i.reconcile(source.type(), gone, docs);
                return null;
            });
        } catch (RuntimeException e) {
            fellBehind(ids.size() + " " + source.type() + " documents changed on another instance", e);
        }
    }

    /** as {@link #apply}, for records created in bulk: one index commit for the whole chunk */
    void applyNew(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewDocuments created) {
        // queued at once, in commit order (a person's edit of one of these records, committed after, must come after it);
        // then waiting for the one before: an import runs ahead of its index by a chunk, not by the file
        CompletableFuture<Void> before = lastBulk;
        lastBulk = inTurn(() -> writeNew(created));
        settled(before);
    }

    /**
     * Index writes are made one after another, in the order their transactions committed, by a
     * writer thread of their own. A change made by a person waits for its write, so that they find
     * what they saved the moment the page answers; a bulk write (an import's chunk) does not, and the
     * import reads and checks its next chunk while the last one is indexed — on the other core.
     */
    private CompletableFuture<Void> inTurn(Runnable write) {
        synchronized (writeOrder) {
            lastWrite = lastWrite.exceptionally(failed -> null).thenRunAsync(() -> {
                try {
                    write.run();
                } catch (Throwable t) {
                    // a write handles its own failures (the index is marked behind); what escapes that must not stop the next writes
                    LOG.log(Level.SEVERE, "search index: a write failed unexpectedly", t);
                }
            }, writer());
            return lastWrite;
        }
    }

    /** waits for a write; its own failure was handled where it happened (the index is behind and repaired) */
    private static void settled(CompletableFuture<Void> write) {
        write.exceptionally(failed -> null).join();
    }

    /** an import is shown as ended when its records can be found, or no longer are */
    void importSettling(@Observes ImportSettling settling) {
        awaitWrites();
    }

    /** returns once every write handed over so far is made */
    public void awaitWrites() {
        CompletableFuture<Void> last;
        synchronized (writeOrder) {
            last = lastWrite;
        }
        settled(last);
    }

    private ExecutorService writer() {
        synchronized (writeOrder) {
            if (writer == null) {
                // a plain thread outside a container (the unit tests)
                writer = threads == null ? Executors.newSingleThreadExecutor() : Executors.newSingleThreadExecutor(threads);
            }
            return writer;
        }
    }

    private void writeNew(NewDocuments created) {
        created.documents().forEach(d -> noteDuringRebuild(d.type(), List.of(d.id())));
        if (created.removedType() != null) {
            noteDuringRebuild(created.removedType(), created.removed());
        }
        try {
            index().add(created.documents(), created.removedType(), created.removed());
        } catch (RuntimeException e) {
            fellBehind(created.size() + " documents in bulk after their commit", e);
        }
    }

    /** a write that failed after its commit: the index is behind the database until a repair brings it in step */
    private void fellBehind(String what, RuntimeException e) {
        LOG.log(Level.SEVERE, "search index: writing " + what + " failed; changes to searchable records are refused until the index is repaired", e);
        failedWrites.incrementAndGet();
        behind = true;
        scheduleRepair();
    }

    private void scheduleRepair() {
        if (repairPending.compareAndSet(false, true)) {
            scheduler.schedule(this::repair, repairSeconds, TimeUnit.SECONDS);
        }
    }

    /**
     * Brings the index back in step with the database, as at start: rebuilds every type whose stamps
     * differ, which writes the missed changes. Lucene closes its writer after a failure it cannot
     * undo (a segment half written to a full disk): the index is then opened again beside the closed
     * one, which goes on serving searches from its last commit, and replaces it only once in step.
     * Only a repair during which no further write failed ends the refusal; otherwise, or when the
     * disk is still full, it tries again later.
     */
    void repair() {
        repairPending.set(false);
        long failuresBefore = failedWrites.get();
        synchronized (replacing) {
            LuceneIndex current = index();
            LuceneIndex repaired = current.isOpen() ? current : null;
            try {
                if (repaired == null) {
                    repaired = LuceneIndex.open(home());
                }
                synchronize(repaired, sources);
            } catch (RuntimeException e) {
                if (repaired != null && repaired != current) {
                    close(repaired);
                }
                LOG.warning("search index: still cannot be written (" + e + "); next attempt in " + repairSeconds + " s");
                scheduleRepair();
                return;
            }
            if (repaired != current) {
                index = repaired;
                close(current);
            }
        }
        if (failedWrites.get() == failuresBefore) {
            behind = false;
            LOG.info("search index: repaired, in step with the database again; changes are accepted");
        } else {
            scheduleRepair();
        }
    }

    /**
     * Starts a full rebuild in the background, for the talent office and administrators: every
     * source's documents written page by page into a new index beside this one, which goes on
     * answering searches, then swapped in. While one runs, another request answers its status and
     * starts nothing. The start is in the audit trail; the end in the log and the status.
     */
    public RebuildStatus rebuild() {
        requireRebuilder();
        List<IndexSource> each = new ArrayList<>();
        sources.forEach(each::add);
        Actor by = Actor.current();
        Start start = startRebuild(each, user.getUsername());
        if (start.began()) {
            trail.record(new RecordRef("SEARCH_INDEX", null), null, "INDEX_REBUILD_STARTED",
                    Worded.of("audit.words.indexRebuild", start.status().total(), names(each.stream().map(IndexSource::type).toList())));
            LOG.info(() -> "search index: full rebuild started by " + by.username());
        }
        return start.status();
    }

    /** the last rebuild's status since the application started, null if there was none */
    public RebuildStatus rebuildStatus() {
        requireRebuilder();
        return lastRebuild();
    }

    RebuildStatus lastRebuild() {
        return rebuild;
    }

    private void requireRebuilder() {
        user.requireRole("only the talent office and administrators rebuild the search index", Role.OFFICE, Role.ADMIN);
    }

    record Start(RebuildStatus status, boolean began) {
    }

    /** starts a rebuild from these sources unless one runs; the one running otherwise */
    Start startRebuild(List<IndexSource> each, String by) {
        synchronized (replacing) {
            RebuildStatus running = rebuild;
            if (running != null && running.running()) {
                return new Start(running, false);
            }
            rebuild = RebuildStatus.started(by, now());
        }
        try {
            long total = 0;
            for (IndexSource source : each) {
                total += source.count();
            }
            rebuild = rebuild.counting(total);
            RebuildStatus started = rebuild;
            background().execute(() -> rebuildFrom(each));
            return new Start(started, true);
        } catch (RuntimeException e) {
            // ended, so that it does not look running for ever and block the next
            rebuild = rebuild.failed(now(), String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private Executor background() {
        // a plain thread outside a container (the unit tests)
        return executor != null ? executor : work -> Thread.ofPlatform().name("search-index-rebuild").start(work);
    }

    private Instant now() {
        return (clock == null ? Clock.systemUTC() : clock).instant();
    }

    /**
     * The rebuild itself: builds the new index aside, swaps it in on the writer thread, then
     * reconciles it with the database. A failure (or a stop) leaves the index in use as it was,
     * and the half-built one is discarded.
     */
    private void rebuildFrom(List<IndexSource> each) {
        Path home = home();
        LuceneIndex fresh = null;
        try {
            IndexFolders.discardUnfinished(home);
            writtenDuringRebuild = new ConcurrentHashMap<>();
            fresh = LuceneIndex.open(IndexFolders.building(home));
            for (IndexSource source : each) {
                rebuild = rebuild.writing(source.type());
                Reconciliation.rebuild(fresh, source, written -> {
                    if (closing) {
                        throw new CancellationException("the application stops");
                    }
                    rebuild = rebuild.advanced(written);
                });
            }
            fresh.upsertAll(List.of()); // a commit that records the schema, also without any source
            rebuild = rebuild.in(RebuildStatus.Phase.SWAPPING);
            LuceneIndex built = fresh;
            fresh = null;
            CompletableFuture<Void> swapped = new CompletableFuture<>();
            inTurn(() -> {
                try {
                    swapIn(built, each);
                    swapped.complete(null);
                } catch (RuntimeException e) {
                    swapped.completeExceptionally(e);
                }
            });
            swapped.join();
            rebuild = rebuild.in(RebuildStatus.Phase.RECONCILING);
            // a safety net: the writes made while the new index was built were written into it at the swap
            using(i -> synchronize(i, each));
            rebuild = rebuild.done(now());
            LOG.info(() -> "search index: full rebuild done, " + rebuild.done() + " documents in " + rebuild.elapsedSeconds(now()) + " s");
        } catch (RuntimeException e) {
            writtenDuringRebuild = null;
            LOG.log(Level.SEVERE, "search index: the full rebuild failed; the index in use stays as it was", e);
            try {
                if (fresh != null) {
                    fresh.discard();
                }
                // only the half-built one: a swap that failed half way is finished when the index is opened next
                IndexFolders.discardUnfinished(home);
            } catch (RuntimeException left) {
                LOG.log(Level.WARNING, "search index: could not remove the unfinished rebuild; it goes at the next start", left);
            }
            rebuild = rebuild.failed(now(), e.getCause() instanceof CancellationException || e instanceof CancellationException
                    ? "cancelled: the application stopped" : String.valueOf(e.getMessage()));
        }
    }

    /**
     * On the writer thread, so that no write comes in between: the records written to the index
     * in use while the new one was built are written into the new one as the database has them
     * now; then the new index replaces the old. Searches wait for the moment of the swap itself.
     */
    private void swapIn(LuceneIndex fresh, List<IndexSource> each) {
        Map<String, Set<Long>> written = writtenDuringRebuild;
        writtenDuringRebuild = null;
        try {
            for (IndexSource source : each) {
                Set<Long> ids = written.getOrDefault(source.type(), Set.of());
                if (!ids.isEmpty()) {
                    List<IndexedDocument> docs = source.documents(ids);
                    Set<Long> gone = new HashSet<>(ids);
                    docs.forEach(d -> gone.remove(d.id()));
                    fresh.reconcile(source.type(), gone, docs);
                    LOG.info(() -> "search index: " + ids.size() + " " + source.type() + " records written during the rebuild caught up");
                }
            }
        } finally {
            fresh.close();
        }
        IndexFolders.markComplete(home());
        synchronized (replacing) {
            Lock alone = swap.writeLock();
            alone.lock();
            try {
                LuceneIndex old = index;
                index = null;
                if (old != null) {
                    close(old);
                }
                index(); // moves the complete index into place and opens it
            } finally {
                alone.unlock();
            }
        }
    }

    /** on the writer thread: a write while a rebuild builds is written into the new index again at the swap */
    private void noteDuringRebuild(String type, List<Long> ids) {
        Map<String, Set<Long>> written = writtenDuringRebuild;
        if (written != null) {
            written.computeIfAbsent(type, t -> ConcurrentHashMap.newKeySet()).addAll(ids);
        }
    }

    public SearchResult search(SearchRequest request) {
        return using(i -> i.search(request));
    }

    /**
     * The search box, for the caller: office staff and platform managers, over what their grants
     * may read. A reviewer is refused (403) rather than shown nothing: searching the registry is
     * not part of their work, their nominees come to them through the award.
     */
    public SearchResult searchAsCaller(String q, Set<String> types, int offset, int limit) {
        return searchAsCaller(q, types, offset, limit, Map.of(), SearchRequest.Order.RELEVANCE, null);
    }

    /**
     * The caller's suggestions for what they are typing: records whose titles hold the text or whose
     * pinyin begins with it ({@link LuceneIndex#suggest}), at most {@link Suggestion#MOST}, then
     * schools and employers of the talents they may find, at most {@link Suggestion#MOST_VALUES}.
     */
    public List<Suggestion> suggestAsCaller(String typed) {
        user.requireStaffOrManager("search is for office staff and platform managers");
        Set<String> grants = user.grants();
        return using(i -> suggestions(i, typed, grants));
    }

    static List<Suggestion> suggestions(LuceneIndex i, String typed, Set<String> grants) {
        List<Suggestion> suggestions = new ArrayList<>();
        i.suggest(typed, grants, Suggestion.MOST).forEach(hit -> suggestions.add(Suggestion.of(hit)));
        i.suggestValues(typed, grants, SearchRequest.SUGGESTED_VALUES, Suggestion.MOST_VALUES).forEach(v -> suggestions.add(Suggestion.of(v)));
        return suggestions;
    }

    /** the same, narrowed by facets, in an order, and from where a page ended ({@link SearchRequest}) */
    public SearchResult searchAsCaller(String q, Set<String> types, int offset, int limit, Map<String, Set<String>> facets,
                                       SearchRequest.Order order, String after) {
        user.requireStaffOrManager("search is for office staff and platform managers");
        return search(new SearchRequest(q, user.grants(), types, offset, limit, facets, order, after));
    }

    /**
     * A window of a list page served by the index, over what the caller's grants may read (the
     * request's own grants are replaced by the caller's): the count and the ids, whose rows the
     * feature reads from the database.
     */
    /**
     * Whether the index is behind the database (a write after a commit failed, a repair pending):
     * the lists are then read from the database, which holds every saved record, until it is repaired.
     */
    public boolean behind() {
        return behind;
    }

    public ListPage listAsCaller(ListRequest request) {
        try {
            return using(i -> i.list(request.withGrants(user.grants())));
        } catch (ListRequest.TooDeep e) {
            throw DomainViolation.of("offset", "validation.offset.deep", ListRequest.DEEPEST, e.total());
        }
    }

    /** the ids of the caller's whole list in its order, at most {@code max} ({@link LuceneIndex#listIds}) */
    public List<Long> listIdsAsCaller(ListRequest request, int max) {
        return using(i -> i.listIds(request.withGrants(user.grants()), max));
    }

    /** where the record {@code id} stands in the caller's list, and its neighbours ({@link LuceneIndex#position}) */
    public ListPosition positionAsCaller(ListRequest request, long id) {
        return using(i -> i.position(request.withGrants(user.grants()), id));
    }

    /**
     * The ids of the caller's hits of one type for {@code q}, in the search's order, the first
     * {@code max} of them: the list that a record opened from the results walks (上一个 / 下一个).
     */
    public List<Long> idsAsCaller(String q, String type, int max) {
        user.requireStaffOrManager("search is for office staff and platform managers");
        Set<String> grants = user.grants();
        return using(i -> i.searchIds(q, grants, type, max));
    }

    /**
     * A consistent copy of the index, as of its latest commit, into the folder {@code target} while
     * searches and writes go on (for a backup); returns the number of documents copied.
     */
    public long backupTo(Path target) {
        return using(i -> i.copyTo(target));
    }

    /** checks a copy made by {@link #backupTo} and counts its documents; throws {@link IllegalStateException} if it is damaged */
    public static long verifyCopy(Path copy) {
        return LuceneIndex.verifyCopy(copy);
    }

    /**
     * Puts a copy made by {@link #backupTo} in place of the index of the data folder {@code dataDir}
     * (the application stopped; refused with {@link IllegalStateException} while it runs).
     */
    public static void restoreCopy(Path copy, Path dataDir) {
        LuceneIndex.restoreCopy(copy, dataDir.resolve(INDEX_FOLDER));
    }

    @PreDestroy
    void close() {
        closing = true;
        try {
            synchronized (writeOrder) {
                if (writer != null) {
                    settled(lastWrite);
                    writer.shutdown();
                }
            }
        } finally {
            if (index != null) {
                close(index);
            }
        }
    }

    private static void close(LuceneIndex i) {
        try {
            i.close();
        } catch (RuntimeException e) {
            LOG.warning("closing the search index: " + e);
        }
    }
}
