package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.control.NominationDocuments;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.award.entity.Attachment;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.control.FailedConditions;
import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.rules.entity.Outcome;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nominating: the office and platform managers nominate talents in an open cycle and attach evidence;
 * the office reads every nomination, a manager their platform's, a reviewer one assigned to them.
 */
@ApplicationScoped
@Transactional
public class Nominations implements IndexSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardRecords records;

    @Inject
    AwardJsonMapper mapper;

    @Inject
    Clock clock;

    /**
     * Office: all of a cycle's nominations; a manager: those nominated from their platform. The nominees' contacts
     * come with them (the office's unmasked, and recorded as seen).
     */
    public List<NominationJson> nominations(long cycleId, Locale locale) {
        return nominations(cycleId, locale, true);
    }

    /** as {@link #nominations}, for a page that shows no contact data: none carried, so none to record as seen */
    public List<NominationJson> listed(long cycleId, Locale locale) {
        return nominations(cycleId, locale, false);
    }

    private List<NominationJson> nominations(long cycleId, Locale locale, boolean contacts) {
        records.requireNominator();
        AwardCycle cycle = records.cycle(cycleId);
        List<Nomination> all = records.nominations(cycleId);
        Map<String, String> names = mapper.categoryNames(locale);
        List<NominationJson> shown;
        if (records.isStaff()) {
            Map<Long, List<ReviewAssignment>> assignments = records.assignmentsByNomination(cycleId);
            Map<Pair, List<Conflicts.Reason>> conflicts = records.conflicts(cycle, all, assignments.values());
            if (contacts) {
                mapper.listedUnmasked(all);
            }
            shown = all.stream().map(n -> mapper.json(n, locale, assignments.getOrDefault(n.getId(), List.of()), conflicts, names)).toList();
        } else {
            shown = all.stream().filter(records::isMine).map(n -> mapper.json(n, locale, null, null, names)).toList();
        }
        return contacts ? shown : shown.stream().map(NominationJson::withoutContacts).toList();
    }

    public NominationJson nomination(long id, Locale locale) {
        Nomination n = records.openable(id);
        if (records.isStaff()) {
            List<ReviewAssignment> assignments = records.assignments(id);
            mapper.shownUnmasked(n);
            return mapper.json(n, locale, assignments, records.conflicts(n.getCycle(), List.of(n), List.of(assignments)));
        }
        return mapper.json(n, locale, null, null);
    }

    /**
     * Nominates a talent in a category of an open cycle, within its window; the talent must pass
     * the cycle's rule (refused with the reasons) and not yet be nominated in that category.
     */
    public NominationJson nominate(NominationInput input, Locale locale) {
        records.requireNominator();
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.cycleId() == null) {
            errors.put("cycleId", "validation.required");
        }
        if (input.category() == null || input.category().isBlank()) {
            errors.put("category", "validation.required");
        }
        if (input.talentId() == null) {
            errors.put("talentId", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        AwardCycle cycle = em.find(AwardCycle.class, input.cycleId());
        if (cycle == null) {
            throw DomainViolation.of("cycleId", "validation.award.unknownCycle");
        }
        LocalDate today = LocalDate.now(clock);
        String category = input.category().strip();
        cycle.admitNomination(category, today);
        Talent talent = em.find(Talent.class, input.talentId());
        if (talent == null) {
            throw DomainViolation.of("talentId", "validation.award.unknownTalent");
        }
        if (em.createNamedQuery(Nomination.SAME, Long.class).setParameter("cycle", cycle.getId()).setParameter("category", category)
                .setParameter("talent", talent.getId()).getSingleResult() > 0) {
            throw DomainViolation.of("talentId", "validation.award.duplicate");
        }
        FactSources facts = new FactSources(em);
        Rule rule = RuleJson.stored(cycle.getRuleJson(), facts.catalog(SubjectKind.TALENT));
        Outcome outcome = rule.evaluate(facts.facts(SubjectKind.TALENT, talent.getId(), clock), today);
        if (!outcome.passed()) {
            throw DomainViolation.of("talentId", "validation.award.notEligible",
                    FailedConditions.text(outcome, new Wording(SubjectKind.TALENT, locale, today), locale));
        }
        Nomination n = new Nomination(cycle, category, talent, input.statement(), input.achievements(), records.caller(),
                records.nominatorsPlatform(), clock);
        em.persist(n);
        try {
            em.flush();
        } catch (PersistenceException sameTalentAtTheSameMoment) {
            throw DomainViolation.of("talentId", "validation.award.duplicate");
        }
        // the nominee by record, not by name: a trail that is never rewritten must not hold what erasure removes
        records.audit(cycle, n.getId(), AwardAction.NOMINATED, AwardSteps.nominated(category, talent.getId()));
        records.indexed(List.of(n));
        return records.isStaff() ? mapper.json(n, locale, List.of(), Map.of()) : mapper.json(n, locale, null, null);
    }

    // ---- search

    @Override
    public String type() {
        return NominationDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        return NominationDocuments.stamps(em.createQuery(NominationDocuments.STAMP_ROWS, Object[].class).getResultList());
    }

    @Override
    public List<IndexedDocument> embedding(String type, long id) {
        String showing = NominationDocuments.SHOWING.get(type);
        return showing == null ? List.of() : records.documents(showing, Map.of("id", id));
    }

    @Override
    public List<IndexedDocument> documents() {
        return records.documents(null, Map.of());
    }

    // ---- attachments

    /** the files attached to a nomination, for whoever may open it */
    public List<Attachment.Info> attachments(long nominationId) {
        records.openable(nominationId);
        return em.createNamedQuery(Attachment.OF_NOMINATION, Object[].class).setParameter("nomination", nominationId).getResultList()
                .stream().map(Attachment.Info::of).toList();
    }

    /** attaches evidence to a nomination while its cycle is open: the office, or a manager to their platform's nominations */
    public Attachment.Info attach(long nominationId, String fileName, byte[] content) {
        Nomination n = changeable(nominationId);
        long count = em.createQuery("select count(a) from Attachment a where a.nomination = :n", Long.class).setParameter("n", n)
                .getSingleResult();
        Attachment a = new Attachment(n, fileName, content, (int) count, records.caller(), clock);
        em.persist(a);
        em.flush();
        records.audit(n.getCycle(), nominationId, AwardAction.ATTACHED, a.getFileName());
        return a.info();
    }

    /** one attached file with its content, for whoever may open the nomination */
    public Attachment download(long nominationId, long attachmentId) {
        records.openable(nominationId);
        return attachmentOf(nominationId, attachmentId);
    }

    public void detach(long nominationId, long attachmentId) {
        Nomination n = changeable(nominationId);
        Attachment a = attachmentOf(nominationId, attachmentId);
        em.remove(a);
        records.audit(n.getCycle(), nominationId, AwardAction.DETACHED, a.getFileName());
    }

    /** the nomination, if the caller nominates and may see it, while its cycle is open */
    private Nomination changeable(long nominationId) {
        records.requireNominator();
        Nomination n = records.nomination(nominationId);
        n.getCycle().requireOpen();
        return n;
    }

    private Attachment attachmentOf(long nominationId, long attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || !a.getNomination().getId().equals(nominationId)) {
            throw new NotFound("attachment", attachmentId);
        }
        return a;
    }
}
