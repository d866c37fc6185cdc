package cn.wulian.liancai.shared;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.i18n.RecordKinds;
import cn.wulian.liancai.shared.persistence.TransientFailures;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One use case applied to many records picked from a list (change the stage of these talents,
 * approve these applications). Each record goes through the same use case as when it is changed
 * alone, in a transaction of its own: a record refused (a rule, a change made meanwhile, out of the
 * caller's reach) is reported with its reason and leaves the others done, and nothing of one record
 * is ever half saved. The reasons read as the API's error body reads ({@code error} and
 * {@code fields}), in the caller's language, so that a page and a client program show the same.
 */
public final class Batch {

    /** records per batch: a page of the largest list is 200; a batch's rows are answered in one response */
    public static final int MAX_IDS = 500;

    private static final Logger LOG = Logger.getLogger(Batch.class.getName());

    private Batch() {
    }

    /** what became of one record: done, or refused with the sentence and the fields' messages */
    public record Outcome(long id, boolean ok, String error, Map<String, String> fields) {

        static Outcome done(long id) {
            return new Outcome(id, true, null, Map.of());
        }

        /** the reason in one line, for a table's cell: the fields' messages, or the sentence when no field is named */
        public String reason() {
            return ok ? null : fields.isEmpty() ? error : String.join("；", new LinkedHashSet<>(fields.values()));
        }
    }

    /** one record's use case; it opens its own transaction (call it through the facade's CDI proxy) */
    @FunctionalInterface
    public interface Step {
        void apply(long id);
    }

    /**
     * The ids asked for, checked as a whole before anything is done: at least one, at most
     * {@link #MAX_IDS}, none missing (400 naming {@code ids}); an id given twice is done once.
     */
    public static List<Long> ids(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw DomainViolation.of("ids", "validation.batch.empty");
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainViolation.of("ids", "validation.batch.badId");
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() > MAX_IDS) {
            throw DomainViolation.of("ids", "validation.batch.tooMany", MAX_IDS);
        }
        return distinct;
    }

    /** {@code step} for each id in turn, each outcome in the order of {@code ids} */
    public static List<Outcome> run(List<Long> ids, Locale locale, Step step) {
        List<Outcome> outcomes = new ArrayList<>(ids.size());
        for (long id : ids) {
            outcomes.add(attempt(id, locale, step));
        }
        return outcomes;
    }

    private static Outcome attempt(long id, Locale locale, Step step) {
        try {
            step.apply(id);
            return Outcome.done(id);
        } catch (DomainViolation e) {
            return new Outcome(id, false, e.headline(locale), e.texts(locale));
        } catch (StaleVersion e) {
            return naming(id, locale, "error.stale", e.what(), "version");
        } catch (NotFound e) {
            return naming(id, locale, "error.notFound.kind", e.what(), "id");
        } catch (Forbidden e) {
            // out of the caller's reach: said as a refusal of this row, like a missing id, so ids cannot be probed
            return refused(id, locale, "error.forbidden");
        } catch (RuntimeException e) {
            if (Causes.causedBy(e, OptimisticLockException.class)) {
                return naming(id, locale, "error.stale", null, "version");
            }
            if (TransientFailures.isTransient(e)) {
                return refused(id, locale, "error.busy");
            }
            if (Causes.causedBy(e, PersistenceException.class)) {
                LOG.log(Level.INFO, "database refused a batch's row " + id, e);
                return refused(id, locale, "error.conflict");
            }
            // a defect: this row is reported and logged, the rows after it are still done
            LOG.log(Level.SEVERE, "a batch's row " + id + " failed", e);
            return refused(id, locale, "error.internal");
        }
    }

    private static Outcome naming(long id, Locale locale, String key, String what, String field) {
        String text = Messages.text(locale, key, RecordKinds.name(locale, what));
        return new Outcome(id, false, text, Map.of(field, text));
    }

    private static Outcome refused(long id, Locale locale, String key) {
        return new Outcome(id, false, Messages.text(locale, key), new LinkedHashMap<>());
    }
}
