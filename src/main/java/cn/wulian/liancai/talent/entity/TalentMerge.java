package cn.wulian.liancai.talent.entity;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.audit.NotAudited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two records found to be one person and merged by a person: who did it and when, which fields the
 * survivor took from the merged record, both records as they were before (so that undo restores
 * them exactly), what moved, and the versions the merge left. Undo is possible while those are
 * still the records' versions, once.
 */
@Entity
@Table(name = "talent_merge")
@NamedQuery(name = TalentMerge.OPEN_INTO, query = """
        select m from TalentMerge m join fetch m.merged where m.survivor.id = :talent and m.undoneAt is null order by m.id desc""")
@NamedQuery(name = TalentMerge.OF_TALENT, query = """
        select m from TalentMerge m where m.merged.id = :talent or m.survivor.id = :talent""")
public class TalentMerge {

    public static final String OPEN_INTO = "TalentMerge.openInto";
    public static final String OF_TALENT = "TalentMerge.ofTalent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Talent survivor;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Talent merged;
    private String mergedBy;
    private Instant mergedAt;
    /** the fields the survivor took from the merged record, comma-separated ("name,phone"); the rest were the survivor's */
    private String fieldsFromMerged;
    // both records before the merge, as JSON with references by id: personal data, which the trail holds under the person's own entries
    @NotAudited
    private String survivorBefore;
    @NotAudited
    private String mergedBefore;
    private long survivorVersionAfter;
    private long mergedVersionAfter;
    // what moved is in the explicit MERGED entry; a contact's label would put its text into the trail a second time
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "talent_merge_move", joinColumns = @JoinColumn(name = "merge_id"))
    @OrderColumn(name = "sort_order")
    private List<MergeMove> moves = new ArrayList<>();
    private String undoneBy;
    private Instant undoneAt;
    @Version
    private long version;

    protected TalentMerge() {
    }

    public TalentMerge(Talent survivor, Talent merged, List<String> fieldsFromMerged, String survivorBefore, String mergedBefore,
                       String by, Clock clock) {
        this.survivor = survivor;
        this.merged = merged;
        this.fieldsFromMerged = String.join(",", fieldsFromMerged);
        this.survivorBefore = survivorBefore;
        this.mergedBefore = mergedBefore;
        this.mergedBy = by;
        this.mergedAt = clock.instant();
    }

    /** what moved, with the versions its records had once the merge was flushed, and the two talents' versions then */
    public void settled(List<MergeMove> moved, long survivorVersion, long mergedVersion) {
        this.moves = new ArrayList<>(moved);
        this.survivorVersionAfter = survivorVersion;
        this.mergedVersionAfter = mergedVersion;
    }

    public void undone(String by, Clock clock) {
        if (undoneAt != null) {
            throw DomainViolation.of("merge", "validation.merge.undone");
        }
        this.undoneBy = by;
        this.undoneAt = clock.instant();
    }

    /**
     * The person's data was erased at their request: the records as they were before the merge go
     * too. Undo was already impossible — the erasure changed the record after the merge.
     */
    public void forgetRecordsBefore() {
        this.survivorBefore = ERASED;
        this.mergedBefore = ERASED;
    }

    /** what a snapshot reads once the person's data was erased */
    public static final String ERASED = "{}";

    public boolean isUndone() {
        return undoneAt != null;
    }

    public List<String> getFieldsFromMerged() {
        return fieldsFromMerged == null || fieldsFromMerged.isEmpty() ? List.of() : List.of(fieldsFromMerged.split(","));
    }

    public Long getId() { return id; }
    public Talent getSurvivor() { return survivor; }
    public Talent getMerged() { return merged; }
    public String getMergedBy() { return mergedBy; }
    public Instant getMergedAt() { return mergedAt; }
    public String getSurvivorBefore() { return survivorBefore; }
    public String getMergedBefore() { return mergedBefore; }
    public long getSurvivorVersionAfter() { return survivorVersionAfter; }
    public long getMergedVersionAfter() { return mergedVersionAfter; }
    public List<MergeMove> getMoves() { return List.copyOf(moves); }
    public String getUndoneBy() { return undoneBy; }
    public Instant getUndoneAt() { return undoneAt; }
    public long getVersion() { return version; }
}
