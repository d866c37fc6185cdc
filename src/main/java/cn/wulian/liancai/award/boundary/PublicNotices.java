package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The award's 公示 as anyone may read it, without a login: a cycle once its winners are published
 * (during the notice period and after it is final), with each winner's name, category, work unit and
 * the committee's citation — and nothing else: no contact data, no scores, no reviewers, no other
 * nominee. The one place that decides what the public sees of the award; it checks no caller on
 * purpose, so it must only ever read published cycles.
 */
@ApplicationScoped
@Transactional
public class PublicNotices {

    static final List<CycleStatus> PUBLIC = List.of(CycleStatus.PUBLISHED, CycleStatus.FINAL);

    @PersistenceContext
    EntityManager em;

    /** a winner as the notice names them */
    public record Winner(String name, String category, String categoryName, String employer, String citation) implements Serializable {
    }

    /** a published cycle: {@code final} once the notice period is over and the list can no longer change */
    public record Notice(long id, int year, String name, String status, boolean noticeRunning, Instant publishedAt,
                         LocalDate noticeEndsOn, Instant finalizedAt, List<Winner> winners) implements Serializable {
    }

    /** every published cycle, newest first */
    public List<Notice> notices(Locale locale) {
        Map<String, String> names = categoryNames(locale);
        return em.createNamedQuery(AwardCycle.ALL, AwardCycle.class).getResultStream()
                .filter(c -> PUBLIC.contains(c.getStatus()))
                .map(c -> notice(c, names)).toList();
    }

    /** one published cycle; a cycle not published is as unknown as one that does not exist */
    public Notice notice(long id, Locale locale) {
        AwardCycle cycle = em.find(AwardCycle.class, id);
        if (cycle == null || !PUBLIC.contains(cycle.getStatus())) {
            throw new NotFound("notice", String.valueOf(id));
        }
        return notice(cycle, categoryNames(locale));
    }

    private Notice notice(AwardCycle cycle, Map<String, String> categoryNames) {
        List<String> order = cycle.categories().stream().map(q -> q.code()).toList();
        List<Winner> winners = em.createNamedQuery(Nomination.OF_CYCLE, Nomination.class).setParameter("cycle", cycle.getId())
                .getResultStream().filter(Nomination::isWinner)
                .map(n -> new Winner(n.getTalent().getName(), n.getCategory(), categoryNames.getOrDefault(n.getCategory(), n.getCategory()),
                        n.getTalent().getEmployer(), n.getJustification()))
                .sorted(Comparator.comparingInt((Winner w) -> order.indexOf(w.category())).thenComparing(Winner::name))
                .toList();
        return new Notice(cycle.getId(), cycle.getAwardYear(), cycle.getName(), cycle.getStatus().name(),
                cycle.getStatus() == CycleStatus.PUBLISHED, cycle.getPublishedAt(), cycle.getNoticeEndsOn(), cycle.getFinalizedAt(),
                winners);
    }

    private Map<String, String> categoryNames(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream()
                .collect(Collectors.toMap(AwardCategory::getCode, c -> c.label(english), (a, b) -> a));
    }
}
