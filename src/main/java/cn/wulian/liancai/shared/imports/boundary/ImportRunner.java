package cn.wulian.liancai.shared.imports.boundary;

import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.imports.control.ImportSettling;
import cn.wulian.liancai.shared.imports.control.ImportTarget;
import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.TabularFile;
import cn.wulian.liancai.shared.imports.control.TabularFiles;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.shared.imports.entity.ImportStatus;
import cn.wulian.liancai.shared.cluster.ThisInstance;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs imports in the background, a chunk per transaction, so that a file of 100,000 rows neither
 * holds one transaction nor the heap: the file is streamed twice at most (checked, then saved, for
 * all or nothing), and each chunk's records, report lines and progress commit together. Between
 * chunks the runner looks whether someone asked to cancel.
 *
 * <p>All or nothing over many transactions: rows are all checked before any is saved, and what was
 * saved is removed again when the import is cancelled or fails part-way — or is found running at
 * start, the server having stopped under it.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    /** rows per transaction: big enough that a commit is cheap per row, small enough to keep the heap and locks short */
    static final int CHUNK = 1000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportSteps steps;

    @Inject
    ThisInstance instance;

    @Inject
    ImportFiles files;

    @Inject
    ImportTargets targets;

    @Inject
    Event<ImportSettling> settling;

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** once the start committed: before, the background thread might not see it */
    void submit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Imports.ImportStarted started) {
        executor.submit(() -> Actor.acting(started.actor(), () -> run(started.id())));
    }

    /**
     * Imports that were running when the server stopped are ended (at start, after the schema is
     * migrated), with what they saved taken back for all or nothing; in the background.
     */
    public void endInterrupted() {
        executor.submit(() -> {
            try {
                for (long id : steps.running(instance.id())) {
                    ImportBatch batch = steps.load(id);
                    Actor.acting(new Actor(batch.getCreatedBy(), null), () -> end(batch, ImportStatus.FAILED, "import.outcome.interrupted"));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "imports: could not end the imports interrupted by the last stop", e);
            }
        });
    }

    void run(long id) {
        ImportBatch batch = steps.load(id);
        ImportTarget target = targets.of(batch.getKind());
        Map<String, String> columns = ImportMapping.columnsByField(batch);
        Path file = files.path(batch.getStoredAs());
        try (TabularFile table = TabularFiles.open(file, batch.getFileName(), Integer.MAX_VALUE)) {
            List<String> mapping = ImportMapping.parse(batch.getMapping());
            if (batch.getMode() == ImportBatch.Mode.ALL_OR_NOTHING) {
                chunks(table, mapping, id, rows -> steps.checked(id, target, rows, columns));
                if (steps.load(id).getInvalid() > 0) {
                    steps.finish(id, ImportStatus.REJECTED, "import.outcome.rejected");
                    return;
                }
                steps.saving(id);
                chunks(table, mapping, id, rows -> steps.save(id, target, rows, columns, false));
            } else {
                chunks(table, mapping, id, rows -> steps.save(id, target, rows, columns, true));
            }
            settling.fire(new ImportSettling(id));
            steps.finish(id, ImportStatus.DONE, null);
        } catch (Cancelled c) {
            end(steps.load(id), ImportStatus.CANCELLED, "import.outcome.cancelled");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import " + id + " failed", e);
            end(steps.load(id), ImportStatus.FAILED, "import.outcome.failed");
        } finally {
            files.delete(batch.getStoredAs());
        }
    }

    /** ends a batch; for all or nothing, what it saved goes again first */
    private void end(ImportBatch batch, ImportStatus status, String outcome) {
        if (batch.getMode() == ImportBatch.Mode.ALL_OR_NOTHING && batch.getAdded() > 0) {
            ImportTarget target = targets.of(batch.getKind());
            try {
                while (steps.undo(batch.getId(), target, CHUNK) > 0) {
                    // a part at a time, each its own transaction
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "import " + batch.getId() + ": could not take back all it saved", e);
                steps.finish(batch.getId(), ImportStatus.FAILED, "import.outcome.undoFailed");
                return;
            }
        }
        settling.fire(new ImportSettling(batch.getId()));
        steps.finish(batch.getId(), status, outcome);
    }

    private interface Chunk {
        void take(List<MappedRow> rows);
    }

    private void chunks(TabularFile table, List<String> mapping, long id, Chunk chunk) {
        List<MappedRow> rows = new ArrayList<>(CHUNK);
        table.forEachRow(row -> {
            rows.add(ImportMapping.apply(mapping, row));
            if (rows.size() == CHUNK) {
                next(id, chunk, rows);
            }
        });
        if (!rows.isEmpty()) {
            next(id, chunk, rows);
        }
    }

    private void next(long id, Chunk chunk, List<MappedRow> rows) {
        if (steps.cancelRequested(id)) {
            throw new Cancelled();
        }
        chunk.take(List.copyOf(rows));
        rows.clear();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "imports: could not delete " + file, e);
        }
    }
}
