package cn.wulian.liancai.shared.reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the {@link Referrers} found for one record: a few references by name and the count of all
 * of them, so that a platform with hundreds of applications is refused with a readable sentence and
 * without loading them all. The names are taken in turns from each kind of reference (teams as
 * leader, projects as recommender …), newest first, so that every kind shows up in the sentence.
 */
public final class Found {

    private static final Comparator<Group> ORDER = Comparator.comparing(Group::kind)
            .thenComparing(Group::roleKey, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Referred target;
    private final int limit;
    private final Map<Group, List<Reference>> groups = new TreeMap<>(ORDER);
    private long total;

    public Found(Referred target, int limit) {
        this.target = target;
        this.limit = limit;
    }

    private record Group(RecordKind kind, String roleKey) {
    }

    /**
     * Adds the records a JPQL query finds, by its parts: {@code select distinct <id>, <label> <from>}
     * for the newest few and {@code select count(distinct <id>) <from>} for the count. The query may
     * use {@code :id} (the target's id) and {@code :code} (its code or user name).
     *
     * @param id    expression of the referring record's id, e.g. {@code t.id}
     * @param label expression of its name, e.g. {@code t.name}
     * @param from  the {@code from … where …} part
     */
    public void query(EntityManager em, RecordKind kind, String roleKey, String id, String label, String from) {
        long count = bind(em.createQuery("select count(distinct " + id + ") " + from, Long.class), from).getSingleResult();
        if (count == 0) {
            return;
        }
        total += count;
        List<Reference> group = groups.computeIfAbsent(new Group(kind, roleKey), g -> new ArrayList<>());
        bind(em.createQuery("select distinct " + id + ", " + label + " " + from + " order by " + id + " desc", Object[].class), from)
                .setMaxResults(limit).getResultList()
                .forEach(row -> {
                    long referrer = ((Number) row[0]).longValue();
                    // several queries of one kind and role may find the same record (a project's steps and its updates)
                    if (group.stream().noneMatch(r -> r.id() == referrer)) {
                        group.add(new Reference(kind, referrer, Objects.toString(row[1], "#" + referrer), roleKey));
                    }
                });
    }

    /** adds a reference found otherwise (e.g. in a JSON column) */
    public void add(Reference reference) {
        total++;
        groups.computeIfAbsent(new Group(reference.kind(), reference.roleKey()), g -> new ArrayList<>()).add(reference);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, String from) {
        if (from.contains(":id")) {
            query.setParameter("id", target.id());
        }
        if (from.contains(":code")) {
            query.setParameter("code", target.code());
        }
        return query;
    }

    public Referred target() {
        return target;
    }

    /** at most {@code limit} references: the first of each kind, then the second of each, and so on */
    public List<Reference> named() {
        List<Reference> named = new ArrayList<>();
        for (int round = 0; named.size() < limit; round++) {
            boolean any = false;
            for (List<Reference> group : groups.values()) {
                if (round < group.size() && named.size() < limit) {
                    named.add(group.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return named;
    }

    public long total() {
        return total;
    }
}
