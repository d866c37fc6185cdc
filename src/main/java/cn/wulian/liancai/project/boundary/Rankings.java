package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.control.ProjectHistories;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectHistory;
import cn.wulian.liancai.project.entity.RankingRules;
import cn.wulian.liancai.project.entity.RankingRules.MonthlyScore;
import cn.wulian.liancai.project.entity.UnitRanking;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * records as they stood at the end of the month, so a past month published again gives the same
 * answer whatever was entered since. The units' ranking is published to office staff and platform
 * managers alike; a manager sees the project lines of their own platform only.
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

    /** @param month as YYYY-MM; not after the current month */
    public RankingJson of(String month) {
        if (!user.isStaff() && !user.hasRole(Role.PLATFORM_MANAGER)) {
            throw new Forbidden("the ranking is for office staff and platform managers");
        }
        return compute(parse(month));
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

    RankingJson compute(YearMonth month) {
        RankingRules ranking = rules.ranking();
        Instant knownAt = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        List<Project> projects = em.createQuery("select p from Project p left join fetch p.platform where p.createdAt < :knownAt",
                Project.class).setParameter("knownAt", knownAt).getResultList();
        Map<Long, ProjectHistory> histories = ProjectHistories.of(em, projects);
        Map<UnitRanking.Unit, List<MonthlyScore>> byPlatform = new LinkedHashMap<>();
        Map<UnitRanking.Unit, List<MonthlyScore>> byLeader = new LinkedHashMap<>();
        List<RankingJson.ProjectScore> lines = new ArrayList<>();
        String ownPlatform = user.isStaff() ? null : user.platformCode();
        for (Project p : projects) {
            ProjectHistory known = histories.get(p.getId()).knownAt(knownAt);
            if (!ranking.ranks(known, month)) {
                continue;
            }
            MonthlyScore s = ranking.score(known, month, LocalDate.now(clock));
            if (p.getPlatform() != null) {
                byPlatform.computeIfAbsent(new UnitRanking.Unit(p.getPlatform().getCode(), p.getPlatform().getName()),
                        k -> new ArrayList<>()).add(s);
            }
            byLeader.computeIfAbsent(new UnitRanking.Unit(p.getCountyLeader(), p.getCountyLeader()), k -> new ArrayList<>()).add(s);
            if (ownPlatform == null || p.getPlatform() != null && p.getPlatform().getCode().equals(ownPlatform)) {
                lines.add(new RankingJson.ProjectScore(p.getId(), p.getTitle(),
                        p.getPlatform() == null ? null : p.getPlatform().getCode(),
                        p.getPlatform() == null ? null : p.getPlatform().getName(), p.getCountyLeader(),
                        s.progress(), s.steps(), s.metOnTime(), s.missed(), s.score()));
            }
        }
        lines.sort(Comparator.comparingInt(RankingJson.ProjectScore::score).reversed()
                .thenComparing(RankingJson.ProjectScore::title).thenComparingLong(RankingJson.ProjectScore::projectId));
        return new RankingJson(month.toString(), knownAt, ranking,
                UnitRanking.of(byPlatform, ranking), UnitRanking.of(byLeader, ranking), lines);
    }
}
