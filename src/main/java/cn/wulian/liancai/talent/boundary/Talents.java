package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.boundary.Townships;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.boundary.SearchIndex;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.ListPage;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.PersonalData;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.audit.Worded;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.References;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.control.TalentDocuments;
import cn.wulian.liancai.talent.control.TalentErased;
import cn.wulian.liancai.talent.control.TalentListing;
import cn.wulian.liancai.talent.control.TalentQuery;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.RelationKind;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentDetails;
import cn.wulian.liancai.talent.entity.TalentMerge;
import cn.wulian.liancai.talent.entity.TalentRelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The talent registry's use cases, one transaction each. Callers are checked here, not only in the
 * pages: staff (office, admin) change talents and their contact log; staff and platform managers
 * read talents, with personal data masked and the office's internal notes (the talent's notes,
 * the notes on its relations) left out for managers. A reviewer reads no talent here: what a
 * review needs of the nominee comes through the award, for the nominations assigned to them.
 */
@ApplicationScoped
@Transactional
public class Talents implements IndexSource, Exportable<TalentJson> {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    InputChecks checks;

    @Inject
    Townships townships;

    @Inject
    Event<IndexChange> indexChanges;

    @Inject
    Event<TalentErased> erasures;

    @Inject
    References references;

    @Inject
    SearchIndex index;

    @Inject
    @ConfigProperty(name = "liancai.followups.horizon-days", defaultValue = "7")
    int followUpHorizonDays;

    // ---- talents

    public Page<TalentJson> list(PageRequest request) {
        requireReader();
        Page<Talent> page = page(request);
        if (user.isStaff() && !page.rows().isEmpty()) {
            // who saw whose phone: the rows shown unmasked, by their records
            trail.named(KIND, AuditTrail.VIEWED, page.rows().stream().map(Talent::getId).toList());
        }
        return new Page<>(page.total(), page.rows().stream().map(this::json).toList());
    }

    /**
     * A page of the list: counted, filtered and sorted by the search index, whose ids are then read
     * from the database (a row shows what the database holds now); picked rows by the database alone.
     */
    private Page<Talent> page(PageRequest request) {
        TalentQuery query = new TalentQuery(em);
        if (!TalentListing.servedByIndex(request) || index.behind()) {
            return query.page(request);
        }
        ListPage ids = index.listAsCaller(TalentListing.of(request));
        return new Page<>(ids.total(), query.inOrder(ids.ids()));
    }

    /** the ids of the whole list in its order, for an export of it */
    private List<Long> ids(PageRequest request) {
        return TalentListing.servedByIndex(request) && !index.behind()
                ? index.listIdsAsCaller(TalentListing.of(request).window(0, 1), Integer.MAX_VALUE)
                : new TalentQuery(em).ids(request);
    }

    public TalentJson find(long id) {
        requireReader();
        return shown(withTownship(id));
    }

    /** a talent read by id: the talent itself, or where a merged record now leads */
    public record Found(TalentJson talent, Long survivor) {
    }

    /**
     * {@link #find}, or for a merged record {@link #survivorOf} instead, in one transaction. (The
     * public methods are not called from here: each call through the bean would run its interceptors
     * — the transaction, the retry — once more, a tenth of a read's time.)
     */
    public Found findOrSurvivor(long id) {
        requireReader();
        Talent talent = withTownship(id);
        Long survivor = survivor(talent);
        return survivor != null ? new Found(null, survivor) : new Found(shown(talent), null);
    }

    /** the survivor a merged record redirects to (followed to the end of a chain), or null for a talent of its own */
    public Long survivorOf(long id) {
        requireReader();
        return survivor(talent(id));
    }

    private static Long survivor(Talent talent) {
        Talent end = talent;
        while (end.isMerged()) {
            end = end.getMergedInto();
        }
        return end == talent ? null : end.getId();
    }

    /** a talent as its reader sees it, the office's view of it in the audit trail */
    private TalentJson shown(Talent talent) {
        if (talent.isMerged()) {
            throw DomainViolation.of("id", "validation.talent.merged", talent.getMergedInto().getId());
        }
        if (user.isStaff()) {
            trail.record(RecordRef.of(Talent.class, talent.getId()), null, AuditTrail.VIEWED, null);
        }
        return jsonOf(talent);
    }

    /** a talent with its township in one query (shown on every read; a second query each time otherwise) */
    private Talent withTownship(long id) {
        List<Talent> found = em.createQuery("select t from Talent t left join fetch t.township where t.id = :id", Talent.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("talent", id);
        }
        return found.getFirst();
    }

    /** the list as a file: the internal notes' column only for a caller who may read them */
    @Override
    public Exportable.Plan<TalentJson> exportPlan(PageRequest request, Locale locale) {
        requireReader();
        return TalentExport.plan(locale, user.maySeeInternalNotes(), ids(request));
    }

    /** masked as in {@link #list}; no VIEWED entry per chunk: the export's own entry says what left */
    @Override
    public List<TalentJson> exportRows(List<Long> ids) {
        requireReader();
        return new TalentQuery(em).inOrder(ids).stream().map(this::json).toList();
    }

    /** only staff see the data unmasked, so only their exports are recorded, as only their list views are */
    @Override
    public void exported(String detail) {
        exported(detail, List.of());
    }

    /**
     * The records whose data left in the file, as entries of the list's kind naming them (a person's data report finds
     * them as it finds the list views that showed them), then the export's own entry with its count.
     */
    @Override
    @Transactional
    public void exported(String detail, List<Long> carried) {
        if (!user.isStaff()) {
            return;
        }
        trail.named(KIND, AuditTrail.EXPORTED, carried);
        trail.record(new RecordRef(KIND, null), null, AuditTrail.EXPORTED, detail);
    }

    private static final String KIND = RecordRef.kindOf(Talent.class);

    public TalentJson register(TalentInput input) {
        requireStaff();
        Talent talent = new Talent(details(input, null), clock);
        em.persist(talent);
        em.flush();
        keepReferralRelation(talent);
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(talent)));
        return json(talent);
    }

    public TalentJson revise(long id, TalentInput input) {
        requireStaff();
        Talent talent = talent(id);
        // said before the version: the caller reads the survivor's, the merged record has none to offer
        talent.requireNotMerged();
        Versions.check(talent.getVersion(), input.version(), "talent", id);
        talent.revise(details(input, talent), clock);
        Versions.flush(em, "talent", id);
        keepReferralRelation(talent);
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(talent)));
        return json(talent);
    }

    /**
     * One talent of a batch from the list: a new stage and/or liaison (null keeps it), under the
     * rules of a change made alone; {@code version} as the caller read it, or null to take the
     * record as it stands (a change saved meanwhile by another is still found at flush).
     */
    public void reassign(long id, Stage stage, String liaisonUsername, Long version) {
        requireStaff();
        Talent talent = talent(id);
        talent.requireNotMerged();
        if (version != null) {
            Versions.check(talent.getVersion(), version, "talent", id);
        }
        talent.reassign(stage, liaison(liaisonUsername), clock);
        Versions.flush(em, "talent", id);
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(talent)));
    }

    /** refuses (naming {@code liaison}) a liaison who is not office staff, before a batch starts */
    public void requireLiaison(String username) {
        requireStaff();
        liaison(username);
    }

    public void remove(long id) {
        requireStaff();
        Talent talent = talent(id);
        // a talent whom a team, project, application, nomination or account names is part of that record
        references.requireUnused(RecordKind.TALENT, id);
        // the referrer of those this talent referred, its relations and contact log are the talent's own data: they go with it,
        // one by one rather than in bulk, so that the audit trail sees each
        em.createQuery("select t from Talent t where t.referrer = :t", Talent.class).setParameter("t", talent).getResultList()
                .forEach(referred -> referred.referredBy(null, clock));
        em.createNamedQuery(TalentRelation.OF_TALENT, TalentRelation.class).setParameter("talent", id).getResultList().forEach(em::remove);
        em.createNamedQuery(Interaction.OF_TALENT, Interaction.class).setParameter("talent", id).getResultList().forEach(em::remove);
        // the records merged into this one were redirects to it: they go first, or the redirect would point nowhere
        List<Talent> redirects = em.createQuery("select t from Talent t where t.mergedInto = :t", Talent.class).setParameter("t", talent)
                .getResultList();
        if (!redirects.isEmpty()) {
            redirects.forEach(em::remove);
            em.flush();
        }
        em.remove(talent);
        indexChanges.fire(IndexChange.delete(TalentDocuments.TYPE, id));
    }

    // ---- the contact log

    public List<InteractionJson> interactions(long talentId) {
        requireStaff();
        talent(talentId);
        return em.createNamedQuery(Interaction.OF_TALENT, Interaction.class)
                .setParameter("talent", talentId)
                .getResultList().stream().map(this::json).toList();
    }

    public InteractionJson interaction(long talentId, long interactionId) {
        requireStaff();
        Interaction i = em.find(Interaction.class, interactionId);
        if (i == null || i.getTalent().getId() != talentId) {
            throw new NotFound("interaction", interactionId);
        }
        return json(i);
    }

    public InteractionJson log(long talentId, InteractionInput input) {
        requireStaff();
        Talent talent = talent(talentId);
        Map<String, String> errors = checks.formatErrors(input);
        InteractionKind kind = InputChecks.collect(errors, () -> InputChecks.enumValue(InteractionKind.class, input.kind(), "kind", true));
        Interaction.problems(kind, input.occurredAt(), input.summary(), input.followUpOn(), clock).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        Interaction interaction = new Interaction(talent, kind, input.occurredAt(), input.place(), input.participants(),
                input.summary(), input.agreedActions(), input.followUpOn(), em.getReference(Account.class, user.caller().accountId()), clock);
        em.persist(interaction);
        em.flush();
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(talent)));
        return json(interaction);
    }

    /** open follow-ups of the caller's talents (as liaison or as the one who logged the contact), due within the horizon */
    public List<InteractionJson> dueFollowUps() {
        requireStaff();
        return em.createNamedQuery(Interaction.DUE_FOLLOW_UPS, Interaction.class)
                .setParameter("until", LocalDate.now(clock).plusDays(followUpHorizonDays))
                .setParameter("officer", user.getUsername())
                .getResultList().stream().map(this::json).toList();
    }

    // ---- personal-data rights (PIPL)

    /**
     * Everything held about a talent, for the person who asked (access): the profile unmasked, the
     * contact log, the relations, every record that names them, and the trail of who changed and
     * who saw their data. Office staff and administrators; itself an entry in the trail.
     */
    public PersonalDataReport personalData(long id) {
        requireStaff();
        Talent talent = talent(id);
        RecordRef person = RecordRef.of(Talent.class, id);
        trail.record(person, null, AuditTrail.EXPORTED, Worded.of("audit.words.personalData"));
        return new PersonalDataReport(json(talent), interactions(id), relations(id),
                references.of(Referred.of(RecordKind.TALENT, id), PersonalDataReport.MOST_RECORDS),
                trail.aboutPerson(person, talent.getImportId() == null ? null : new RecordRef(RecordRef.kindOf(ImportBatch.class), talent.getImportId())));
    }

    /** {@link #personalData} as a workbook to hand to the person */
    public byte[] personalDataWorkbook(long id, Locale locale) {
        return PersonalDataExport.xlsx(personalData(id), locale, trail.columns(locale));
    }

    /**
     * Erasure on the person's request: their identifying data and their contacts' free text give way
     * to placeholders, their relations to other people go, the records that name them stay valid
     * and show the placeholder; the index is rebuilt for them and for every record that shows their
     * name. The trail records the erasure without the values, and the person's key goes, so that no
     * earlier entry can show them either (the changes are written before the key goes, under it).
     */
    public TalentJson erase(long id, ErasureInput input) {
        requireStaff();
        if (input == null) {
            throw DomainViolation.of("version", "validation.required");
        }
        Talent talent = talent(id);
        Versions.check(talent.getVersion(), input.version(), "talent", id);
        String former = talent.getName();
        talent.erase(clock);
        em.createNamedQuery(Interaction.OF_TALENT, Interaction.class).setParameter("talent", id).getResultList().forEach(Interaction::erase);
        em.createNamedQuery(TalentRelation.OF_TALENT, TalentRelation.class).setParameter("talent", id).getResultList().forEach(em::remove);
        // a merge kept both records as they were, for undo: the person's data goes from there too
        em.createNamedQuery(TalentMerge.OF_TALENT, TalentMerge.class).setParameter("talent", id).getResultList()
                .forEach(TalentMerge::forgetRecordsBefore);
        // the copies of the name other features keep (an application's beneficiary as named then) go too
        erasures.fire(new TalentErased(id, former, talent.getName()));
        Versions.flush(em, "talent", id);
        RecordRef person = RecordRef.of(Talent.class, id);
        trail.forget(person);
        trail.record(person, null, AuditTrail.ERASED, input.reason() == null || input.reason().isBlank() ? null : input.reason().strip());
        indexChanges.fire(IndexChange.upsert(TalentDocuments.of(talent)));
        return json(talent);
    }

    // ---- relations

    public List<RelationJson> relations(long talentId) {
        requireReader();
        talent(talentId);
        return em.createNamedQuery(TalentRelation.OF_TALENT, TalentRelation.class)
                .setParameter("talent", talentId)
                .getResultList().stream()
                .map(r -> json(r, talentId)).toList();
    }

    public RelationJson relate(long talentId, RelationInput input) {
        requireStaff();
        checks.validate(input);
        Talent from = talent(talentId);
        RelationKind kind = InputChecks.enumValue(RelationKind.class, input.kind(), "kind", true);
        if (input.otherId() == null) {
            throw DomainViolation.of("otherId", "validation.required");
        }
        Talent to = em.find(Talent.class, input.otherId());
        if (to == null) {
            throw DomainViolation.of("otherId", "validation.talent.unknown");
        }
        if (from.isErased() || to.isErased()) {
            throw DomainViolation.of("otherId", "validation.talent.erased");
        }
        if (from.isMerged() || to.isMerged()) {
            throw DomainViolation.of("otherId", "validation.talent.merged", (from.isMerged() ? from : to).getMergedInto().getId());
        }
        TalentRelation relation = new TalentRelation(from, to, kind, input.note());
        boolean exists = count(from.getId(), to.getId(), kind) > 0 || (!kind.directed() && count(to.getId(), from.getId(), kind) > 0);
        if (exists) {
            throw DomainViolation.of("otherId", "validation.relation.duplicate");
        }
        if (kind == RelationKind.REFERRED_BY) {
            // the referrer on the profile and this relation are one fact: record it in both
            if ((from.getReferrer() != null && from.getReferrer() != to) || from.getReferrerName() != null) {
                throw DomainViolation.of("otherId", "validation.referrer.exists");
            }
            from.referredBy(to, clock);
        }
        em.persist(relation);
        em.flush();
        if (kind == RelationKind.REFERRED_BY) {
            indexChanges.fire(IndexChange.upsert(TalentDocuments.of(from)));
        }
        return json(relation, talentId);
    }

    public void unrelate(long talentId, long relationId) {
        requireStaff();
        TalentRelation r = em.find(TalentRelation.class, relationId);
        if (r == null || (r.getFromTalent().getId() != talentId && r.getToTalent().getId() != talentId)) {
            throw new NotFound("relation", relationId);
        }
        Talent referred = r.getKind() == RelationKind.REFERRED_BY && r.getFromTalent().getReferrer() == r.getToTalent()
                ? r.getFromTalent() : null;
        if (referred != null) {
            referred.referredBy(null, clock);
        }
        em.remove(r);
        em.flush();
        if (referred != null) {
            indexChanges.fire(IndexChange.upsert(TalentDocuments.of(referred)));
        }
    }

    /**
     * The referrer field is the source of the REFERRED_BY relation (the award's conflict check reads
     * relations): a changed referrer moves the relation with it.
     */
    private void keepReferralRelation(Talent talent) {
        List<TalentRelation> referrals = em.createQuery(
                        "select r from TalentRelation r where r.fromTalent = :t and r.kind = :kind", TalentRelation.class)
                .setParameter("t", talent).setParameter("kind", RelationKind.REFERRED_BY).getResultList();
        boolean present = false;
        for (TalentRelation r : referrals) {
            if (r.getToTalent() == talent.getReferrer()) {
                present = true;
            } else {
                em.remove(r);
            }
        }
        if (talent.getReferrer() != null && !present) {
            em.persist(new TalentRelation(talent, talent.getReferrer(), RelationKind.REFERRED_BY, null));
        }
    }

    private long count(long from, long to, RelationKind kind) {
        return em.createNamedQuery(TalentRelation.EXISTS, Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("kind", kind).getSingleResult();
    }

    // ---- choices for forms

    public List<Township> townships() {
        return townships.all();
    }

    /** a liaison officer by user name: must be office staff */
    private Account liaison(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        Account a = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainViolation.of("liaison", "validation.liaison.unknown"));
        if (!a.isStaff()) {
            throw DomainViolation.of("liaison", "validation.liaison.notStaff");
        }
        return a;
    }

    public List<Account> liaisons() {
        return em.createNamedQuery(Account.STAFF, Account.class).getResultList();
    }

    // ---- search index source

    @Override
    public String type() {
        return TalentDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        // a talent's document shows its township's name, but townships carry no version
        return IndexSource.stampsOf(em.createNamedQuery(Talent.ALL_IDS_AND_VERSIONS, Object[].class).getResultList());
    }

    /** the talents a search shows: a merged record is no talent of its own, it leaves the index */
    private static final String SEARCHABLE = "select t from Talent t left join fetch t.township left join fetch t.liaison where t.mergedInto is null";

    @Override
    public List<IndexedDocument> documents() {
        return em.createQuery(SEARCHABLE, Talent.class).getResultList().stream().map(TalentDocuments::of).toList();
    }

    @Override
    public List<IndexedDocument> documents(Collection<Long> ids) {
        return IndexSource.documentsByIds(em, SEARCHABLE + " and t.id in :ids", Talent.class, ids, TalentDocuments::of);
    }

    /**
     * By windows of ids, ascending, the persistence context emptied after each: memory stays one
     * window. A window is a range of the primary key, which Derby reads along its index; "the next
     * thousand after id x, in order" with the joins made it sort the whole table for every page
     * (200 talents a second at a million).
     */
    @Override
    public void eachDocument(int pageSize, Consumer<List<IndexedDocument>> page) {
        Object[] range = em.createQuery("select min(t.id), max(t.id) from Talent t", Object[].class).getSingleResult();
        if (range[0] == null) {
            return;
        }
        long last = (Long) range[1];
        for (long from = (Long) range[0] - 1; from < last; from += pageSize) {
            List<IndexedDocument> docs = em.createQuery(SEARCHABLE + " and t.id > :from and t.id <= :to", Talent.class)
                    .setParameter("from", from).setParameter("to", from + pageSize).getResultStream()
                    .map(TalentDocuments::of).toList();
            em.clear();
            if (!docs.isEmpty()) {
                page.accept(docs);
            }
        }
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from Talent t where t.mergedInto is null", Long.class).getSingleResult();
    }

    // ---- helpers

    private void requireStaff() {
        user.requireStaff("only office staff change talents");
    }

    private void requireReader() {
        user.requireStaffOrManager("the talent registry is for office staff and platform managers");
    }

    private Talent talent(long id) {
        Talent t = em.find(Talent.class, id);
        if (t == null) {
            throw new NotFound("talent", id);
        }
        return t;
    }

    /** every problem of the input at once: formats, codes, references and the talent's own rules */
    private TalentDetails details(TalentInput in, Talent self) {
        Map<String, String> errors = checks.formatErrors(in);
        Gender gender = InputChecks.collect(errors, () -> InputChecks.enumValue(Gender.class, in.gender(), "gender", false));
        Degree degree = InputChecks.collect(errors, () -> InputChecks.enumValue(Degree.class, in.degree(), "degree", false));
        Stage stage = in.stage() == null || in.stage().isBlank() ? Stage.IDENTIFIED
                : InputChecks.collect(errors, () -> InputChecks.enumValue(Stage.class, in.stage(), "stage", true));
        Township township = InputChecks.collect(errors, () -> townships.find(in.township()));
        Account liaison = InputChecks.collect(errors, () -> liaison(in.liaison()));
        Talent referrer = null;
        if (in.referrerId() != null) {
            referrer = em.find(Talent.class, in.referrerId());
            if (referrer == null) {
                errors.put("referrerId", "validation.talent.unknown");
            }
        }
        TalentDetails details = new TalentDetails(in.name(), gender, in.birthYear(), township, in.village(), degree, in.school(),
                in.major(), in.graduationYear(), in.city(), in.employer(), in.title(), InputChecks.tags(in.expertise()),
                in.phone(), in.email(), in.wechat(), stage, liaison, referrer, in.referrerName(), in.notes(), in.returnedOn());
        Talent.problems(details, self, clock).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        return details;
    }

    TalentJson json(Talent t) {
        return jsonOf(t);
    }

    /** {@link #json(Talent)} without the bean's interceptors (a call from within the bean through a package method runs them again) */
    private TalentJson jsonOf(Talent t) {
        boolean masked = !user.isStaff();
        return new TalentJson(t.getId(), t.getName(), name(t.getGender()), t.getBirthYear(),
                t.getTownship() == null ? null : t.getTownship().getName(),
                t.getTownship() == null ? null : t.getTownship().getCode(),
                t.getVillage(), name(t.getDegree()), t.getSchool(), t.getMajor(), t.getGraduationYear(),
                t.getCity(), t.getEmployer(), t.getTitle(), t.getExpertise(),
                masked ? PersonalData.maskPhone(t.getPhone()) : t.getPhone(),
                masked ? PersonalData.maskEmail(t.getEmail()) : t.getEmail(),
                masked ? PersonalData.maskHandle(t.getWechat()) : t.getWechat(),
                t.getStage().name(), t.getReturnedOn(),
                t.getLiaison() == null ? null : t.getLiaison().getUsername(),
                t.getLiaison() == null ? null : t.getLiaison().getDisplayName(),
                t.getReferrer() == null ? null : t.getReferrer().getId(),
                t.getReferrer() == null ? null : t.getReferrer().getName(),
                t.getReferrerName(), user.maySeeInternalNotes() ? t.getNotes() : null, masked, t.getCreatedAt(), t.getUpdatedAt(), t.getErasedAt(),
                t.getImportId(), t.getVersion());
    }

    InteractionJson json(Interaction i) {
        LocalDate today = LocalDate.now(clock);
        return new InteractionJson(i.getId(), i.getTalent().getId(), i.getTalent().getName(), i.getKind().name(),
                i.getOccurredAt(), i.getPlace(), i.getParticipants(), i.getSummary(), i.getAgreedActions(), i.getFollowUpOn(),
                i.getRecordedBy() == null ? null : i.getRecordedBy().getUsername(),
                i.getRecordedBy() == null ? null : i.getRecordedBy().getDisplayName(),
                i.getFollowUpOn() != null && i.getFollowUpOn().isBefore(today));
    }

    private RelationJson json(TalentRelation r, long seenFrom) {
        Talent other = r.other(seenFrom);
        String direction = r.getFromTalent().getId() == seenFrom ? "out" : "in";
        return new RelationJson(r.getId(), r.getKind().name(), other.getId(), other.getName(), direction,
                user.maySeeInternalNotes() ? r.getNote() : null);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
