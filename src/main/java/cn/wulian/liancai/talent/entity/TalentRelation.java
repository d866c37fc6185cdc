package cn.wulian.liancai.talent.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A tie between two talents; the award's conflict-of-interest check reads these too. */
@Entity
@Table(name = "talent_relation")
@NamedQuery(name = TalentRelation.OF_TALENT, query = """
        select r from TalentRelation r join fetch r.fromTalent join fetch r.toTalent
        where r.fromTalent.id = :talent or r.toTalent.id = :talent order by r.kind, r.id""")
@NamedQuery(name = TalentRelation.EXISTS, query = """
        select count(r) from TalentRelation r
        where r.fromTalent.id = :from and r.toTalent.id = :to and r.kind = :kind""")
public class TalentRelation {

    public static final String OF_TALENT = "TalentRelation.ofTalent";
    public static final String EXISTS = "TalentRelation.exists";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Talent fromTalent;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Talent toTalent;
    @Enumerated(EnumType.STRING)
    private RelationKind kind;
    private String note;

    protected TalentRelation() {
    }

    public TalentRelation(Talent from, Talent to, RelationKind kind, String note) {
        if (kind == null) {
            throw DomainViolation.of("kind", "validation.required");
        }
        if (from == null || to == null || from.equals(to) || (from.getId() != null && from.getId().equals(to.getId()))) {
            throw DomainViolation.of("otherId", "validation.relation.self");
        }
        this.fromTalent = from;
        this.toTalent = to;
        this.kind = kind;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** which ends name {@code talent}: "from", "to" */
    public String endOf(Talent talent) {
        return Talent.same(fromTalent, talent) ? "from" : Talent.same(toTalent, talent) ? "to" : null;
    }

    public Talent atEnd(String end) {
        return end.equals("from") ? fromTalent : toTalent;
    }

    /** two records were found to be one person (or a merge is undone): the end that named {@code from} names {@code to} */
    public void renameAt(String end, Talent from, Talent to) {
        if (!Talent.same(atEnd(end), from)) {
            throw new IllegalStateException("relation " + id + " does not name talent " + from.getId() + " at " + end);
        }
        if (end.equals("from")) {
            fromTalent = to;
        } else {
            toTalent = to;
        }
    }

    /** the talent at the other end, seen from {@code talentId} */
    public Talent other(long talentId) {
        return fromTalent.getId() == talentId ? toTalent : fromTalent;
    }

    public Long getId() { return id; }
    public Talent getFromTalent() { return fromTalent; }
    public Talent getToTalent() { return toTalent; }
    public RelationKind getKind() { return kind; }
    public String getNote() { return note; }
}
