package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.AssignmentJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ConflictJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.PersonalData;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The award's records in the shapes of {@link AwardJsonViews}, in the reader's language and as the
 * caller may see them: a nominee's contact details masked for everyone but office staff (and left
 * out for reviewers), the committee and who nominated hidden from those who are not to know.
 */
@ApplicationScoped
public class AwardJsonMapper {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardRecords records;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    /**
     * Office staff read nominees' phones and e-mails unmasked: who saw whose, as the talent list and profile record
     * it — a list by entries naming the nominees, one nomination by its nominee's record.
     */
    void listedUnmasked(List<Nomination> shown) {
        if (records.isStaff() && !shown.isEmpty()) {
            trail.named(RecordRef.kindOf(Talent.class), AuditTrail.VIEWED, shown.stream().map(n -> n.getTalent().getId()).toList());
        }
    }

    /** as {@link #listedUnmasked}, for one nomination read */
    void shownUnmasked(Nomination shown) {
        if (records.isStaff()) {
            trail.record(RecordRef.of(Talent.class, shown.getTalent().getId()), null, AuditTrail.VIEWED, null);
        }
    }

    CycleJson json(AwardCycle c, Locale locale) {
        Map<String, String> names = categoryNames(locale);
        FactSources facts = new FactSources(em);
        Rule rule = RuleJson.stored(c.getRuleJson(), facts.catalog(SubjectKind.TALENT));
        long count = em.createQuery("select count(n) from Nomination n where n.cycle = :c", Long.class).setParameter("c", c).getSingleResult();
        return new CycleJson(c.getId(), c.getAwardYear(), c.getName(), c.getNominationOpens(), c.getNominationCloses(), c.getReviewOpens(),
                c.getReviewCloses(), c.categories().stream().map(q -> CategoryJson.of(q, names.getOrDefault(q.code(), q.code()))).toList(),
                c.rubric().criteria(), records.isStaff() ? c.committee() : List.of(), RuleJson.json(rule),
                new Wording(SubjectKind.TALENT, locale, LocalDate.now(clock)).describe(rule), c.getReviewersPerNomination(),
                c.getBasis().name(), c.getDisagreement(), c.getStatus().name(), c.getPublishedAt(), c.getNoticeEndsOn(), c.getFinalizedAt(),
                count, c.getVersion());
    }

    NominationJson json(Nomination n, Locale locale, List<ReviewAssignment> assignments, Map<Pair, List<Conflicts.Reason>> conflicts) {
        return json(n, locale, assignments, conflicts, categoryNames(locale));
    }

    /** @param names the categories' names in the reader's language, read once for a whole list */
    NominationJson json(Nomination n, Locale locale, List<ReviewAssignment> assignments, Map<Pair, List<Conflicts.Reason>> conflicts,
                        Map<String, String> names) {
        Talent t = n.getTalent();
        boolean masked = !records.isStaff();
        // a reviewer judges the case: no contact data at all, not even masked (absent from the JSON)
        boolean withheld = masked && records.isReviewer();
        List<ConflictJson> conflictList = conflicts == null ? null : conflicts.entrySet().stream()
                .filter(e -> e.getKey().nomination() == n.getId())
                .flatMap(e -> e.getValue().stream().map(r -> ConflictJson.of(n.getId(), e.getKey().reviewer(), r, reasonText(r, locale))))
                .toList();
        return new NominationJson(n.getId(), n.getCycle().getId(), n.getCycle().getAwardYear(), n.getCategory(),
                names.getOrDefault(n.getCategory(), n.getCategory()), t.getId(), t.getName(),
                withheld ? null : masked ? PersonalData.maskPhone(t.getPhone()) : t.getPhone(),
                withheld ? null : masked ? PersonalData.maskEmail(t.getEmail()) : t.getEmail(),
                t.getDegree() == null ? null : Messages.text(locale, "enum.Degree." + t.getDegree().name()), t.getEmployer(), t.getTitle(),
                n.getStatement(), n.achievements(), records.isReviewer() ? null : n.getNominatedBy(),
                n.getPlatform() == null ? null : n.getPlatform().getCode(), n.getSubmittedAt(), n.isWinner(), n.getJustification(),
                assignments == null ? null : assignments.stream().map(AwardJsonMapper::assignmentJson).toList(), conflictList);
    }

    static AssignmentJson assignmentJson(ReviewAssignment a) {
        return new AssignmentJson(a.getId(), a.getReviewer(), a.isAutomatic(), a.getAssignedAt(), a.getAssignedBy(), a.getSubmittedRevision(),
                a.getConflictReason(), a.getConflictDeclaredAt());
    }

    static String reasonText(Conflicts.Reason r, Locale locale) {
        String kind = Messages.text(locale, "award.conflict." + r.kind().name());
        return r.detail() == null ? kind : kind + "（" + r.detail() + "）";
    }

    /** category code → name in the reader's language */
    Map<String, String> categoryNames(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> names = new HashMap<>();
        em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultList().forEach(c -> names.put(c.getCode(), c.label(english)));
        return names;
    }
}
