package cn.wulian.liancai.shared.imports.boundary;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.audit.Worded;
import cn.wulian.liancai.shared.imports.control.CellProblem;
import cn.wulian.liancai.shared.imports.control.ImportTarget;
import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.Match;
import cn.wulian.liancai.shared.imports.control.RowOutcome;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.shared.imports.entity.ImportIssue;
import cn.wulian.liancai.shared.imports.entity.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The steps of a running import, each its own transaction: a chunk is checked or saved together
 * with its report lines and the batch's progress, so that what the page shows is what was saved,
 * and a chunk that fails leaves nothing of itself behind.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    public ImportBatch load(long id) {
        return em.find(ImportBatch.class, id);
    }

    /** the imports this instance was running (or, from before instances were told apart, any instance) */
    public List<Long> running(String runner) {
        return em.createNamedQuery(ImportBatch.RUNNING, ImportBatch.class).setParameter("runner", runner).getResultList().stream()
                .map(ImportBatch::getId).toList();
    }

    /** read without the persistence context's copy: the cancel request is written by another transaction */
    public boolean cancelRequested(long id) {
        return Boolean.TRUE.equals(em.createQuery("select b.cancelRequested from ImportBatch b where b.id = :id", Boolean.class)
                .setParameter("id", id).getSingleResult());
    }

    /**
     * Raises the flag the runner looks at between chunks, without the batch's version: the runner
     * updates the batch with every chunk, so a versioned change would collide with it. In SQL because
     * EclipseLink binds a JPQL boolean as an integer on Derby, which a BOOLEAN column refuses.
     */
    public void requestCancel(long id) {
        em.createNativeQuery("UPDATE import_batch SET cancel_requested = TRUE WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    /** all or nothing, first pass: the chunk's problems are reported, nothing is saved */
    public void checked(long id, ImportTarget target, List<MappedRow> rows, Map<String, String> columns) {
        List<RowOutcome> outcomes = target.check(rows, Locale.SIMPLIFIED_CHINESE);
        int invalid = report(id, outcomes, columns);
        em.find(ImportBatch.class, id).progressed(rows.size(), 0, 0, invalid);
    }

    public void saving(long id) {
        em.find(ImportBatch.class, id).saving();
    }

    /** a chunk saved: valid rows added, rows that may be registered people held, the others reported */
    public void save(long id, ImportTarget target, List<MappedRow> rows, Map<String, String> columns, boolean reportProblems) {
        List<RowOutcome> outcomes = target.save(rows, id, Locale.SIMPLIFIED_CHINESE);
        int invalid = reportProblems ? report(id, outcomes, columns) : 0;
        int added = 0;
        int held = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            RowOutcome o = outcomes.get(i);
            if (o.savedId() != null) {
                added++;
            } else if (o.held()) {
                held++;
                em.persist(ImportIssue.match(id, o.number(), candidates(o.matches()), values(rows.get(i).cells())));
            }
        }
        em.find(ImportBatch.class, id).progressed(rows.size(), added, held, invalid);
    }

    /** takes back what an all-or-nothing import saved, a part at a time; how many were removed now */
    public int undo(long id, ImportTarget target, int most) {
        ImportBatch batch = em.find(ImportBatch.class, id);
        batch.undoing();
        int removed = target.removeImported(id, most);
        batch.removedRecords(removed);
        return removed;
    }

    public void finish(long id, ImportStatus end, String outcome) {
        ImportBatch batch = em.find(ImportBatch.class, id);
        batch.finish(end, outcome, clock);
        trail.record(new RecordRef(RecordRef.kindOf(ImportBatch.class), id), null, "IMPORT_" + end.name(),
                Worded.of(outcome == null ? "audit.words.importEnded" : "audit.words.importEndedBecause", batch.getFileName(),
                        batch.getAdded(), batch.getHeld(), batch.getInvalid(), batch.getRemoved(), outcome));
    }

    private int report(long id, List<RowOutcome> outcomes, Map<String, String> columns) {
        int invalid = 0;
        for (RowOutcome o : outcomes) {
            if (!o.valid()) {
                invalid++;
            }
            for (CellProblem p : o.problems()) {
                em.persist(ImportIssue.problem(id, o.number(), p.field(), p.field() == null ? null : columns.get(p.field()), p.value(),
                        p.messageKey(), p.args().isEmpty() ? null : args(p.args())));
            }
        }
        return invalid;
    }

    static String candidates(List<Match> matches) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (Match m : matches) {
            a.add(JSON.createObjectBuilder().add("id", m.id()).add("name", m.name() == null ? "" : m.name()).add("score", m.score())
                    .add("reasons", JSON.createArrayBuilder(m.reasons())));
        }
        return a.build().toString();
    }

    static String values(Map<String, String> cells) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        cells.forEach((k, v) -> {
            if (v != null) {
                o.add(k, v);
            }
        });
        return o.build().toString();
    }

    private static String args(List<Object> args) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        args.forEach(x -> a.add(String.valueOf(x)));
        return a.build().toString();
    }
}
