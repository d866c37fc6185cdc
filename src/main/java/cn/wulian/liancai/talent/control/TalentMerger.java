package cn.wulian.liancai.talent.control;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.MergeMove;
import cn.wulian.liancai.talent.entity.RelationKind;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentDetails;
import cn.wulian.liancai.talent.entity.TalentMerge;
import cn.wulian.liancai.talent.entity.TalentRelation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges two records of one person, as a person decided, and undoes a merge while nothing has
 * changed on top of it. In the caller's transaction; the caller checks who may.
 *
 * <p>The survivor takes each field from the record the person picked; everything that named the
 * merged record names the survivor: the contact log, relations, the talents it referred, the
 * account of its holder, and — through {@link TalentMergeParticipant} — what the features above
 * hold. A relation that would tie the survivor to itself, or repeat one it has, is dropped (and
 * recreated by undo); so is a "referred by" that is no longer the survivor's referrer. The merged
 * record stays as a redirect.
 */
public class TalentMerger {

    /** the fields a person picks, in the order of the merge screen; "referrer" is the registered or the free-text referrer */
    public static final List<String> FIELDS = List.of("name", "gender", "birthYear", "township", "village", "degree", "school", "major",
            "graduationYear", "city", "employer", "title", "expertise", "phone", "email", "wechat", "stage", "liaison", "referrer", "notes");
    public static final String SURVIVOR = "survivor";
    public static final String MERGED = "merged";

    static final String RELATION = "RELATION";
    static final String RELATION_DROPPED = "RELATION_DROPPED";

    private final EntityManager em;
    private final List<TalentMergeParticipant> participants;
    private final Clock clock;

    /** {@code higher}: the participants of the features above talent */
    public TalentMerger(EntityManager em, List<TalentMergeParticipant> higher, Clock clock) {
        this.em = em;
        this.clock = clock;
        List<TalentMergeParticipant> all = new ArrayList<>();
        all.add(new OwnReferences(em, clock));
        all.addAll(higher);
        this.participants = List.copyOf(all);
    }

    // ---- what the merge screen shows

    /** a field's value as the merge screen shows it; null or "" when empty */
    public static String shown(Talent t, String field) {
        Object v = switch (field) {
            case "name" -> t.getName();
            case "gender" -> t.getGender();
            case "birthYear" -> t.getBirthYear();
            case "township" -> t.getTownship() == null ? null : t.getTownship().getName();
            case "village" -> t.getVillage();
            case "degree" -> t.getDegree();
            case "school" -> t.getSchool();
            case "major" -> t.getMajor();
            case "graduationYear" -> t.getGraduationYear();
            case "city" -> t.getCity();
            case "employer" -> t.getEmployer();
            case "title" -> t.getTitle();
            case "expertise" -> String.join("、", t.getExpertise());
            case "phone" -> t.getPhone();
            case "email" -> t.getEmail();
            case "wechat" -> t.getWechat();
            case "stage" -> t.getStage();
            case "liaison" -> t.getLiaison() == null ? null : t.getLiaison().getUsername();
            case "referrer" -> t.getReferrer() != null ? "#" + t.getReferrer().getId() + " " + t.getReferrer().getName() : t.getReferrerName();
            case "notes" -> t.getNotes();
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? null : v.toString();
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    /** the fields whose values differ: the ones a person picks */
    public static List<String> differing(Talent survivor, Talent merged) {
        return FIELDS.stream().filter(f -> !Objects.equals(blankToNull(shown(survivor, f)), blankToNull(shown(merged, f)))).toList();
    }

    /** the pick before a person changes it: the survivor's value, or the other's where the survivor's is empty */
    public static String defaultPick(Talent survivor, Talent merged, String field) {
        return empty(shown(survivor, field)) && !empty(shown(merged, field)) ? MERGED : SURVIVOR;
    }

    private static String blankToNull(String s) {
        return empty(s) ? null : s;
    }

    /** what would move from {@code merged} to the survivor: the merge screen's summary */
    public List<MergeMove> preview(Talent merged) {
        List<MergeMove> all = new ArrayList<>();
        em.createNamedQuery(TalentRelation.OF_TALENT, TalentRelation.class).setParameter("talent", merged.getId()).getResultList()
                .forEach(r -> all.add(new MergeMove(RELATION, r.getId(), r.endOf(merged),
                        r.getKind() + " #" + r.other(merged.getId()).getId() + " " + r.other(merged.getId()).getName())));
        participants.forEach(p -> all.addAll(p.placesOf(merged)));
        return all;
    }

    // ---- merge

    /**
     * Merges {@code merged} into {@code survivor}: the fields from the record picked in {@code picks}
     * (field → "survivor" | "merged"; a field not named keeps {@link #defaultPick}), every
     * reference moved, the merge recorded with the versions it left.
     */
    public TalentMerge merge(Talent survivor, Talent merged, Map<String, String> picks, String by) {
        Map<String, String> wrong = new LinkedHashMap<>();
        (picks == null ? Map.<String, String>of() : picks).forEach((field, pick) -> {
            if (!FIELDS.contains(field) || !(SURVIVOR.equals(pick) || MERGED.equals(pick))) {
                wrong.put("fields." + field, "validation.merge.pick");
            }
        });
        if (!wrong.isEmpty()) {
            throw new DomainViolation(wrong);
        }
        String survivorBefore = snapshot(survivor.details());
        String mergedBefore = snapshot(merged.details());
        List<String> fromMerged = FIELDS.stream()
                .filter(f -> MERGED.equals(picks == null || !picks.containsKey(f) ? defaultPick(survivor, merged, f) : picks.get(f)))
                .filter(f -> differing(survivor, merged).contains(f))
                .toList();
        merged.mergeInto(survivor, clock);
        survivor.revise(compose(survivor, merged, fromMerged), clock);
        em.flush();

        List<MergeMove> moved = new ArrayList<>(moveRelations(merged, survivor));
        List<MergeMove> places = new ArrayList<>();
        for (TalentMergeParticipant p : participants) {
            for (MergeMove m : p.placesOf(merged)) {
                p.check(m, merged, survivor);
                places.add(m);
            }
        }
        places.forEach(m -> owner(m).move(m, merged, survivor));
        em.flush();
        for (MergeMove m : places) {
            moved.add(m.withVersionAfter(owner(m).version(m)));
        }
        TalentMerge merge = new TalentMerge(survivor, merged, fromMerged, survivorBefore, mergedBefore, by, clock);
        merge.settled(moved, survivor.getVersion(), merged.getVersion());
        em.persist(merge);
        em.flush();
        return merge;
    }

    /** the survivor's details with the picked fields taken from the merged record; neither may be its own referrer */
    private static TalentDetails compose(Talent survivor, Talent merged, List<String> fromMerged) {
        TalentDetails s = survivor.details();
        TalentDetails m = merged.details();
        Function<String, TalentDetails> from = f -> fromMerged.contains(f) ? m : s;
        Talent referrer = from.apply("referrer").referrer();
        if (Talent.same(referrer, survivor) || Talent.same(referrer, merged)) {
            referrer = null;
        }
        return new TalentDetails(from.apply("name").name(), from.apply("gender").gender(), from.apply("birthYear").birthYear(),
                from.apply("township").township(), from.apply("village").village(), from.apply("degree").degree(),
                from.apply("school").school(), from.apply("major").major(), from.apply("graduationYear").graduationYear(),
                from.apply("city").city(), from.apply("employer").employer(), from.apply("title").title(),
                from.apply("expertise").expertise(), from.apply("phone").phone(), from.apply("email").email(),
                from.apply("wechat").wechat(), from.apply("stage").stage(), from.apply("liaison").liaison(), referrer,
                from.apply("referrer").referrerName(), from.apply("notes").notes(),
                // the return day belongs to the stage it was recorded with
                from.apply("stage").returnedOn());
    }

    /**
     * The merged record's relations become the survivor's; dropped where the survivor would be tied
     * to itself, would hold the same relation twice, or would be "referred by" someone who is not
     * its referrer (the referrer field is the source of that relation) — also the survivor's own.
     */
    private List<MergeMove> moveRelations(Talent merged, Talent survivor) {
        List<MergeMove> moves = new ArrayList<>();
        List<TalentRelation> ofSurvivor = new ArrayList<>(relationsOf(survivor));
        for (TalentRelation r : relationsOf(merged)) {
            String end = r.endOf(merged);
            Talent other = r.other(merged.getId());
            boolean self = Talent.same(other, survivor);
            boolean twice = ofSurvivor.stream().anyMatch(s -> s.getKind() == r.getKind() && Talent.same(s.other(survivor.getId()), other)
                    && (!r.getKind().directed() || Objects.equals(s.endOf(survivor), end)));
            boolean notReferrer = r.getKind() == RelationKind.REFERRED_BY && end.equals("from") && !Talent.same(survivor.getReferrer(), other);
            if (self || twice || notReferrer) {
                moves.add(drop(r));
            } else {
                r.renameAt(end, merged, survivor);
                moves.add(new MergeMove(RELATION, r.getId(), end, null));
                ofSurvivor.add(r);
            }
        }
        for (TalentRelation s : ofSurvivor) {
            if (s.getKind() == RelationKind.REFERRED_BY && "from".equals(s.endOf(survivor)) && !Talent.same(s.getToTalent(), survivor.getReferrer())
                    && moves.stream().noneMatch(m -> m.getRecordId() == s.getId() && m.getKind().equals(RELATION_DROPPED))) {
                moves.add(drop(s));
            }
        }
        return moves;
    }

    private List<TalentRelation> relationsOf(Talent t) {
        return em.createNamedQuery(TalentRelation.OF_TALENT, TalentRelation.class).setParameter("talent", t.getId()).getResultList();
    }

    /** a relation the merge removes, with what undo needs to recreate it */
    private MergeMove drop(TalentRelation r) {
        String detail = JSON.createObjectBuilder().add("kind", r.getKind().name()).add("from", r.getFromTalent().getId())
                .add("to", r.getToTalent().getId()).add("note", r.getNote() == null ? JsonValue.NULL : JSON.createValue(r.getNote()))
                .build().toString();
        em.remove(r);
        return new MergeMove(RELATION_DROPPED, r.getId(), "dropped", detail);
    }

    private TalentMergeParticipant owner(MergeMove m) {
        return participants.stream().filter(p -> p.owns(m.getKind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no participant owns " + m.getKind()));
    }

    // ---- undo

    /**
     * What changed since the merge, as "KIND:id" of each record (the two talents as {@code
     * TALENT:id}): empty while undo can restore everything exactly.
     */
    public List<String> changedSince(TalentMerge merge) {
        List<String> changed = new ArrayList<>();
        if (merge.getSurvivor().getVersion() != merge.getSurvivorVersionAfter()) {
            changed.add("TALENT:" + merge.getSurvivor().getId());
        }
        if (merge.getMerged().getVersion() != merge.getMergedVersionAfter()) {
            changed.add("TALENT:" + merge.getMerged().getId());
        }
        for (MergeMove m : merge.getMoves()) {
            boolean asLeft = switch (m.getKind()) {
                case RELATION -> {
                    TalentRelation r = em.find(TalentRelation.class, m.getRecordId());
                    yield r != null && Talent.same(r.atEnd(m.getRole()), merge.getSurvivor());
                }
                case RELATION_DROPPED -> true;
                default -> owner(m).stillAsLeft(m, merge.getSurvivor());
            };
            if (!asLeft) {
                changed.add(m.getKind() + ":" + m.getRecordId());
            }
        }
        return changed.stream().distinct().toList();
    }

    /** restores both records and every moved reference exactly; refuses, naming what changed, once anything did */
    public void undo(TalentMerge merge, String by) {
        if (merge.isUndone()) {
            throw DomainViolation.of("merge", "validation.merge.undone");
        }
        List<String> changed = changedSince(merge);
        if (!changed.isEmpty()) {
            throw DomainViolation.of("merge", "validation.merge.changedSince", String.join(", ", changed));
        }
        Talent survivor = merge.getSurvivor();
        Talent merged = merge.getMerged();
        merged.unmerge(clock);
        List<MergeMove> moves = new ArrayList<>(merge.getMoves());
        java.util.Collections.reverse(moves);
        for (MergeMove m : moves) {
            switch (m.getKind()) {
                case RELATION -> em.find(TalentRelation.class, m.getRecordId()).renameAt(m.getRole(), survivor, merged);
                case RELATION_DROPPED -> {
                    JsonObject d = JSON.createReader(new StringReader(m.getDetail())).readObject();
                    em.persist(new TalentRelation(em.find(Talent.class, d.getJsonNumber("from").longValue()),
                            em.find(Talent.class, d.getJsonNumber("to").longValue()), RelationKind.valueOf(d.getString("kind")),
                            d.isNull("note") ? null : d.getString("note")));
                }
                default -> owner(m).move(m, survivor, merged);
            }
        }
        survivor.revise(details(merge.getSurvivorBefore()), clock);
        merge.undone(by, clock);
        em.flush();
    }

    // ---- the records as they were

    static String snapshot(TalentDetails d) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        put(o, "name", d.name());
        put(o, "gender", d.gender());
        put(o, "birthYear", d.birthYear());
        put(o, "township", d.township() == null ? null : d.township().getId());
        put(o, "village", d.village());
        put(o, "degree", d.degree());
        put(o, "school", d.school());
        put(o, "major", d.major());
        put(o, "graduationYear", d.graduationYear());
        put(o, "city", d.city());
        put(o, "employer", d.employer());
        put(o, "title", d.title());
        JsonArrayBuilder expertise = JSON.createArrayBuilder();
        (d.expertise() == null ? List.<String>of() : d.expertise()).forEach(expertise::add);
        o.add("expertise", expertise);
        put(o, "phone", d.phone());
        put(o, "email", d.email());
        put(o, "wechat", d.wechat());
        put(o, "stage", d.stage());
        put(o, "liaison", d.liaison() == null ? null : d.liaison().getId());
        put(o, "referrer", d.referrer() == null ? null : d.referrer().getId());
        put(o, "referrerName", d.referrerName());
        put(o, "notes", d.notes());
        put(o, "returnedOn", d.returnedOn());
        return o.build().toString();
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        switch (value) {
            case null -> o.addNull(name);
            case Integer i -> o.add(name, i);
            case Long l -> o.add(name, l);
            default -> o.add(name, value.toString());
        }
    }

    TalentDetails details(String snapshot) {
        JsonObject o = JSON.createReader(new StringReader(snapshot)).readObject();
        return new TalentDetails(text(o, "name"), en(Gender.class, o, "gender"), integer(o, "birthYear"),
                ref(Township.class, o, "township"), text(o, "village"), en(Degree.class, o, "degree"), text(o, "school"),
                text(o, "major"), integer(o, "graduationYear"), text(o, "city"), text(o, "employer"), text(o, "title"),
                o.getJsonArray("expertise").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                text(o, "phone"), text(o, "email"), text(o, "wechat"), en(Stage.class, o, "stage"), ref(Account.class, o, "liaison"),
                ref(Talent.class, o, "referrer"), text(o, "referrerName"), text(o, "notes"),
                // snapshots taken before return days were recorded have none
                o.containsKey("returnedOn") && !o.isNull("returnedOn") ? java.time.LocalDate.parse(o.getString("returnedOn")) : null);
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }

    private static Integer integer(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getInt(name);
    }

    private static <E extends Enum<E>> E en(Class<E> type, JsonObject o, String name) {
        return o.isNull(name) ? null : Enum.valueOf(type, o.getString(name));
    }

    private <T> T ref(Class<T> type, JsonObject o, String name) {
        return o.isNull(name) ? null : em.find(type, o.getJsonNumber(name).longValue());
    }
}
