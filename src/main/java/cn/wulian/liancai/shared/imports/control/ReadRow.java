package cn.wulian.liancai.shared.imports.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A row as a target read it: the record's details when it can be saved, else its problems; and the
 * values as they are (or would be) saved, for the preview and the report. With the steps that are
 * the same for every kind of record that is refused rather than held when it is already registered
 * (teams, projects): refusing the repeats, saving the rest, taking an import back.
 */
public record ReadRow<D>(MappedRow row, D details, List<CellProblem> problems, Map<String, String> shown) {

    /** a record already registered, as a repeating row names it */
    public record Registered(long id, String name) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public RowOutcome outcome(Long savedId) {
        return new RowOutcome(row.number(), problems, List.of(), shown, savedId);
    }

    /**
     * The rows with those that are a registered record, or repeat an earlier row, refused. A row's
     * identities are its keys by the field that carries each (a team: its credit code, then its name
     * on its platform), strongest first; a row is refused on the first that is registered or was
     * already taken by an earlier row.
     *
     * @param registered    the registered records by their identity keys
     * @param registeredKey the message for a registered record, with its id and name as arguments
     */
    public static <D> List<ReadRow<D>> withoutRepeats(List<ReadRow<D>> rows, Function<D, Map<String, String>> identities,
                                                    Map<String, Registered> registered, String registeredKey) {
        Map<String, Integer> earlier = new HashMap<>();
        List<ReadRow<D>> checked = new ArrayList<>();
        for (ReadRow<D> r : rows) {
            if (!r.valid()) {
                checked.add(r);
                continue;
            }
            Map<String, String> keys = identities.apply(r.details());
            RowProblems problems = new RowProblems(r.row());
            for (Map.Entry<String, String> k : keys.entrySet()) {
                Registered same = registered.get(k.getValue());
                if (same != null) {
                    problems.add(k.getKey(), registeredKey, String.valueOf(same.id()), same.name());
                } else if (earlier.containsKey(k.getValue())) {
                    problems.add(k.getKey(), "import.row.repeated", String.valueOf(earlier.get(k.getValue())));
                }
                if (!problems.isEmpty()) {
                    break;
                }
            }
            if (problems.isEmpty()) {
                keys.values().forEach(k -> earlier.put(k, r.row().number()));
                checked.add(r);
            } else {
                checked.add(new ReadRow<>(r.row(), null, problems.list(r.shown()), r.shown()));
            }
        }
        return checked;
    }

    /**
     * Saves the valid rows, with one flush for them all (the ids come back), then hands the saved
     * records to {@code saved} (history lines, search documents); the outcome of every row.
     */
    public static <D, R> List<RowOutcome> save(EntityManager em, List<ReadRow<D>> rows, Function<D, R> create, Function<R, Long> id,
                                               Consumer<List<R>> saved) {
        Map<Integer, R> records = new LinkedHashMap<>();
        for (ReadRow<D> r : rows) {
            if (r.valid()) {
                R record = create.apply(r.details());
                em.persist(record);
                records.put(r.row().number(), record);
            }
        }
        em.flush();
        if (!records.isEmpty()) {
            saved.accept(List.copyOf(records.values()));
        }
        return rows.stream().map(r -> {
            R record = records.get(r.row().number());
            return r.outcome(record == null ? null : id.apply(record));
        }).toList();
    }

    /**
     * Removes at most {@code most} of the records of {@code type} an import added, one by one so that
     * the audit trail sees each go, each after {@code before} (the records that depend on it);
     * hands the removed ids to {@code removed}; how many went.
     */
    public static <R> int removeImported(EntityManager em, Class<R> type, long importId, int most, Consumer<R> before,
                                         Function<R, Long> id, Consumer<List<Long>> removed) {
        List<R> added = em.createQuery("select x from " + type.getSimpleName() + " x where x.importId = :id", type)
                .setParameter("id", importId).setMaxResults(most).getResultList();
        List<Long> ids = added.stream().map(id).toList();
        for (R r : added) {
            before.accept(r);
            em.remove(r);
        }
        em.flush();
        if (!ids.isEmpty()) {
            removed.accept(ids);
        }
        return ids.size();
    }
}
