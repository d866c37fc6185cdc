package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.control.DuplicateCandidate;
import cn.wulian.liancai.talent.control.DuplicateFinder;
import cn.wulian.liancai.talent.control.DuplicatePair;
import cn.wulian.liancai.talent.control.TalentDocuments;
import cn.wulian.liancai.talent.control.TalentMergeParticipant;
import cn.wulian.liancai.talent.control.TalentMerger;
import cn.wulian.liancai.talent.entity.DistinctPair;
import cn.wulian.liancai.talent.entity.MergeMove;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentMerge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Duplicates and merges of talents, one transaction per use case, for office staff and
 * administrators only (a merge reads both records unmasked and changes what other features hold).
 * Nothing is merged without a person: the finder offers pairs, a person compares, picks and
 * confirms; a pair marked "not the same person" is not offered again. The merged record stays as a
 * redirect; undo restores everything while nothing changed on top of the merge.
 */
@ApplicationScoped
@Transactional
public class TalentMerges {

    /** audit actions: a merge, and its undo, as one entry each beside the field changes */
    public static final String MERGED = "MERGED";
    public static final String UNMERGED = "UNMERGED";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    @Inject
    Talents talents;

    @Inject
    DuplicateFinder finder;

    @Inject
    Instance<TalentMergeParticipant> participants;

    @Inject
    Event<IndexChange> indexChanges;

    // ---- duplicates

    /** candidate pairs over the whole registry, best first */
    public Page<DuplicatePair> duplicates(PageRequest request) {
        requireStaff();
        return finder.pairs(request.offset(), request.limit());
    }

    /**
     * The registered talents this one may be, best first, as the import and the duplicates list judge it (phone, e-mail,
     * WeChat, or name with birth year and township), leaving out pairs a person has said are two people: shown on the
     * profile, so that a clerk who has just registered someone twice sees it at once. Staff only; none for others.
     */
    public List<DuplicateCandidate> mayBeTheSame(long talentId) {
        if (!user.isStaff()) {
            return List.of();
        }
        Talent t = em.find(Talent.class, talentId);
        if (t == null || t.isErased() || t.getMergedInto() != null) {
            return List.of();
        }
        return finder.candidatesFor(List.of(t.details())).getFirst().stream()
                .filter(c -> c.talentId() != talentId && em.find(DistinctPair.class, DistinctPair.key(talentId, c.talentId())) == null)
                .toList();
    }

    /** a person decided these two are different people: the pair is not offered again */
    public void notSamePerson(Long a, Long b) {
        requireStaff();
        Talent first = existing(a, "firstId");
        Talent second = existing(b, "secondId");
        if (first == second) {
            throw DomainViolation.of("secondId", "validation.merge.same");
        }
        if (em.find(DistinctPair.class, DistinctPair.key(a, b)) == null) {
            em.persist(new DistinctPair(a, b, user.getUsername(), clock));
        }
    }

    // ---- merge

    /** the merge screen: both records, what differs with the default picks, and what would move */
    public MergePreview preview(Long survivorId, Long mergedId) {
        requireStaff();
        Talent survivor = existing(survivorId, "survivorId");
        Talent merged = existing(mergedId, "mergedId");
        Talent.checkMergeable(survivor, merged);
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, String> survivorValues = new LinkedHashMap<>();
        Map<String, String> mergedValues = new LinkedHashMap<>();
        for (String field : TalentMerger.FIELDS) {
            if (field.equals("notes") && !user.maySeeInternalNotes()) {
                continue;
            }
            defaults.put(field, TalentMerger.defaultPick(survivor, merged, field));
            survivorValues.put(field, TalentMerger.shown(survivor, field));
            mergedValues.put(field, TalentMerger.shown(merged, field));
        }
        List<String> differing = TalentMerger.differing(survivor, merged).stream().filter(defaults::containsKey).toList();
        defaults.keySet().retainAll(differing);
        trail.record(RecordRef.of(Talent.class, survivor.getId()), null, AuditTrail.VIEWED, null);
        trail.record(RecordRef.of(Talent.class, merged.getId()), null, AuditTrail.VIEWED, null);
        return new MergePreview(talents.json(survivor), talents.json(merged), differing, defaults, survivorValues, mergedValues,
                merger().preview(merged).stream().map(TalentMerges::moved).toList());
    }

    public MergeJson merge(MergeInput input) {
        requireStaff();
        if (input == null) {
            throw DomainViolation.of("survivorId", "validation.required");
        }
        Talent survivor = existing(input.survivorId(), "survivorId");
        Talent merged = existing(input.mergedId(), "mergedId");
        Talent.checkMergeable(survivor, merged);
        if (input.survivorVersion() == null || input.mergedVersion() == null) {
            Map<String, String> missing = new LinkedHashMap<>();
            if (input.survivorVersion() == null) {
                missing.put("survivorVersion", "validation.version.required");
            }
            if (input.mergedVersion() == null) {
                missing.put("mergedVersion", "validation.version.required");
            }
            throw new DomainViolation(missing);
        }
        // a stale version is a 409 (StaleVersion), as for every change made on an old read
        Versions.check(survivor.getVersion(), input.survivorVersion(), "talent", survivor.getId());
        Versions.check(merged.getVersion(), input.mergedVersion(), "talent", merged.getId());
        TalentMerge merge = merger().merge(survivor, merged, input.fields(), user.getUsername());
        Versions.flush(em, "talent", survivor.getId());
        trail.record(RecordRef.of(Talent.class, survivor.getId()), null, MERGED, "#" + merged.getId() + " → #" + survivor.getId()
                + "; fields from #" + merged.getId() + ": " + String.join(",", merge.getFieldsFromMerged())
                + "; moved: " + summary(merge.getMoves()));
        // the merged record leaves the index; the survivor's document, and every document showing either name, are rebuilt
        indexChanges.fire(IndexChange.delete(TalentDocuments.TYPE, merged.getId()));
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(survivor)));
        return json(merge);
    }

    public MergeJson find(long id) {
        requireStaff();
        return json(merge(id));
    }

    /** the merges into this talent that can still be undone, newest first: the profile's "合并自 #12" lines */
    public List<MergeJson> undoableInto(long talentId) {
        if (!user.isStaff()) {
            return List.of();
        }
        TalentMerger merger = merger();
        return em.createNamedQuery(TalentMerge.OPEN_INTO, TalentMerge.class).setParameter("talent", talentId).getResultList().stream()
                .filter(m -> merger.changedSince(m).isEmpty()).map(this::json).toList();
    }

    /** undoes the merge while nothing changed on top of it; otherwise names what changed */
    public MergeJson undo(long id) {
        requireStaff();
        TalentMerge merge = merge(id);
        merger().undo(merge, user.getUsername());
        Talent survivor = merge.getSurvivor();
        Talent merged = merge.getMerged();
        Versions.flush(em, "talent", survivor.getId());
        trail.record(RecordRef.of(Talent.class, survivor.getId()), null, UNMERGED, "#" + merged.getId() + " ← #" + survivor.getId()
                + "; merge " + merge.getId());
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(merged)));
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(survivor)));
        return json(merge);
    }

    // ---- helpers

    private TalentMerger merger() {
        return new TalentMerger(em, participants.stream().toList(), clock);
    }

    private TalentMerge merge(long id) {
        TalentMerge m = em.find(TalentMerge.class, id);
        if (m == null) {
            throw new NotFound("merge", id);
        }
        return m;
    }

    /** a talent named by the input: missing or unknown is the input's fault (400 naming the field), not a missing page */
    private Talent existing(Long id, String field) {
        if (id == null) {
            throw DomainViolation.of(field, "validation.required");
        }
        Talent t = em.find(Talent.class, id);
        if (t == null) {
            throw DomainViolation.of(field, "validation.talent.unknown");
        }
        return t;
    }

    private static String summary(List<MergeMove> moves) {
        return moves.stream().collect(Collectors.groupingBy(MergeMove::getKind, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static MergeJson.Moved moved(MergeMove m) {
        return new MergeJson.Moved(m.getKind(), m.getRecordId(), m.getRole(), m.getDetail());
    }

    private MergeJson json(TalentMerge m) {
        List<String> changed = m.isUndone() ? List.of() : merger().changedSince(m);
        return new MergeJson(m.getId(), m.getSurvivor().getId(), m.getSurvivor().getName(), m.getMerged().getId(), m.getMerged().getName(),
                m.getMergedBy(), m.getMergedAt(), m.getFieldsFromMerged(),
                m.getMoves().stream().map(TalentMerges::moved).toList(), !m.isUndone() && changed.isEmpty(), changed,
                m.getUndoneBy(), m.getUndoneAt());
    }

    private void requireStaff() {
        user.requireStaff("only office staff merge talents");
    }
}
