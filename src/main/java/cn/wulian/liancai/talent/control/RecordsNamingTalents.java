package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.talent.entity.MergeMove;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The part of a {@link TalentMergeParticipant} that is the same for every kind of record: find the
 * records that name a talent, list the places in each, move one place, read the version back.
 * A feature says only which records, which places, and how its entity renames a place.
 *
 * @param <E> the feature's entity
 */
public abstract class RecordsNamingTalents<E> implements TalentMergeParticipant {

    private final String kind;
    private final Class<E> type;

    protected RecordsNamingTalents(String kind, Class<E> type) {
        this.kind = kind;
        this.type = type;
    }

    protected abstract EntityManager em();

    /** the ids of the records that name the talent, in one query */
    protected abstract List<Long> idsNaming(Talent talent);

    /** where the record names the talent ("leader", "member:2", "lead"…) */
    protected abstract List<String> placesIn(E record, Talent talent);

    /** the talent at a place of the record; null where the place is gone */
    protected abstract Talent at(E record, String place);

    protected abstract void rename(E record, String place, Talent from, Talent to);

    /** the record's version, or null when it carries none */
    protected abstract Long versionOf(E record);

    /** what the merge screen shows for the record */
    protected abstract String label(E record);

    @Override
    public List<MergeMove> placesOf(Talent talent) {
        return idsNaming(talent).stream().distinct().sorted()
                .flatMap(id -> {
                    E record = em().find(type, id);
                    return placesIn(record, talent).stream().map(place -> new MergeMove(kind, id, place, label(record)));
                })
                .toList();
    }

    /**
     * The talent was erased: each record naming them forgets what it kept of them ({@link #forget}), in
     * the erasure's transaction. An observer of every participant, as its subclasses inherit it.
     */
    void forgetErased(@Observes TalentErased erased) {
        Talent talent = em().find(Talent.class, erased.talentId());
        idsNaming(talent).stream().distinct().forEach(id -> forget(em().find(type, id), erased));
    }

    /** what the record kept of an erased talent it names goes (a copy of their name); nothing by default */
    protected void forget(E record, TalentErased erased) {
    }

    @Override
    public boolean owns(String kind) {
        return this.kind.equals(kind);
    }

    @Override
    public void move(MergeMove move, Talent from, Talent to) {
        rename(em().find(type, move.getRecordId()), move.getRole(), from, to);
    }

    @Override
    public Long version(MergeMove move) {
        E record = em().find(type, move.getRecordId());
        return record == null ? null : versionOf(record);
    }

    @Override
    public boolean stillNames(MergeMove move, Talent talent) {
        E record = em().find(type, move.getRecordId());
        return record != null && Talent.same(at(record, move.getRole()), talent);
    }

    /** the record, for a participant's own checks */
    protected E record(MergeMove move) {
        return em().find(type, move.getRecordId());
    }
}
