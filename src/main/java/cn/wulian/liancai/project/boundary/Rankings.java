package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.control.ProjectHistories;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectHistory;
import cn.wulian.liancai.project.entity.RankingPublication;
import cn.wulian.liancai.project.entity.RankingRules;
import cn.wulian.liancai.project.entity.RankingRules.MonthlyScore;
import cn.wulian.liancai.project.entity.UnitRanking;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly ranking (月排名) of platforms and of county leaders' projects. It is computed from the
 * records as they stood at the end of the month; once the month is over, the first answer is kept
 * as its publication (月公示), so asking again gives the same answer whatever was entered or edited
 * since — also a project's platform, county leader or dates, which the records do not date. The
 * units' ranking is published to office staff and platform managers alike; a manager sees the
 * project lines of their own platform only.
 */
@ApplicationScoped
@Transactional
public class Rankings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ProjectRules rules;

    @Inject
    RankingPublications publications;

    private static final Jsonb JSON = JsonbBuilder.create();

    /** @param month as YYYY-MM; not after the current month */
    public RankingJson of(String month) {
        user.requireStaffOrManager("the ranking is for office staff and platform managers");
        YearMonth m = parse(month);
        RankingJson full = m.isBefore(YearMonth.now(clock)) ? published(m) : compute(m, null);
        if (user.isStaff()) {
            return full;
        }
        String own = user.platformCode();
        return new RankingJson(full.month(), full.provisional(), full.knownAt(), full.publishedAt(), full.rules(), full.platforms(), full.leaders(),
                full.projects().stream().filter(p -> own != null && own.equals(p.platform())).toList());
    }

    /** the closed month as first published, publishing it now if nobody has asked before */
    private RankingJson published(YearMonth month) {
        RankingPublication kept = em.find(RankingPublication.class, month.toString());
        if (kept == null) {
            RankingJson now = compute(month, clock.instant());
            try {
                publications.publish(new RankingPublication(month.toString(), JSON.toJson(now), now.publishedAt()));
                return now;
            } catch (RuntimeException somebodyWasFirst) {
                // two first requests at once: the one stored is the publication
                kept = em.find(RankingPublication.class, month.toString());
                if (kept == null) {
                    throw somebodyWasFirst;
                }
            }
        }
        return JSON.fromJson(kept.getBody(), RankingJson.class);
    }

    public YearMonth parse(String month) {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw DomainViolation.of("month", "validation.ranking.month");
        }
        if (m.isAfter(YearMonth.now(clock)) || m.getYear() < 2000) {
            throw DomainViolation.of("month", "validation.ranking.month");
        }
        return m;
    }

    RankingJson compute(YearMonth month, Instant publishedAt) {
        RankingRules ranking = rules.ranking();
        Instant knownAt = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant opened = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        List<Project> projects = em.createQuery("select p from Project p left join fetch p.platform where p.createdAt < :knownAt",
                Project.class).setParameter("knownAt", knownAt).getResultList();
        Map<Long, ProjectHistory> histories = ProjectHistories.of(em, projects);
        Map<UnitRanking.Unit, List<MonthlyScore>> byPlatform = new LinkedHashMap<>();
        Map<UnitRanking.Unit, List<MonthlyScore>> byLeader = new LinkedHashMap<>();
        List<RankingJson.ProjectScore> lines = new ArrayList<>();
        for (Project p : projects) {
            ProjectHistory known = histories.get(p.getId()).knownAt(knownAt);
            if (!ranking.ranks(known, month)) {
                continue;
            }
            // measured from what the month before was published with: what was entered late counts in the month it was entered;
            // a project registered during the month had nothing published, and what it was registered with is no month's work
            ProjectHistory before = known.createdAt().isBefore(opened) ? histories.get(p.getId()).knownAt(opened) : known;
            MonthlyScore s = ranking.score(known, before, month, LocalDate.now(clock));
            if (p.getPlatform() != null) {
                byPlatform.computeIfAbsent(new UnitRanking.Unit(p.getPlatform().getCode(), p.getPlatform().getName()),
                        k -> new ArrayList<>()).add(s);
            }
            byLeader.computeIfAbsent(new UnitRanking.Unit(p.getCountyLeader(), p.getCountyLeader()), k -> new ArrayList<>()).add(s);
            lines.add(new RankingJson.ProjectScore(p.getId(), p.getTitle(),
                    p.getPlatform() == null ? null : p.getPlatform().getCode(),
                    p.getPlatform() == null ? null : p.getPlatform().getName(), p.getCountyLeader(),
                    s.progress(), s.steps(), s.metOnTime(), s.missed(), s.score()));
        }
        lines.sort(Comparator.comparingInt(RankingJson.ProjectScore::score).reversed()
                .thenComparing(RankingJson.ProjectScore::title).thenComparingLong(RankingJson.ProjectScore::projectId));
        return new RankingJson(month.toString(), !month.isBefore(YearMonth.now(clock)), knownAt, publishedAt, ranking,
                UnitRanking.of(byPlatform, ranking), UnitRanking.of(byLeader, ranking), lines);
    }
}
