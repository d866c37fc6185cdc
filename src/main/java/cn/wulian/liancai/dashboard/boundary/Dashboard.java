package cn.wulian.liancai.dashboard.boundary;

import cn.wulian.liancai.team.entity.Industries;
import cn.wulian.liancai.dashboard.boundary.DashboardJson.FlaggedProject;
import cn.wulian.liancai.dashboard.boundary.DashboardJson.Group;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.boundary.ProjectRules;
import cn.wulian.liancai.project.boundary.Rankings;
import cn.wulian.liancai.project.control.ProjectHistories;
import cn.wulian.liancai.project.entity.Flags;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectHistory;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The office's overview, computed from the records on each request (a county's few hundred projects). */
@ApplicationScoped
@Transactional
public class Dashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ProjectRules rules;

    @Inject
    Rankings rankings;

    public DashboardJson today(Locale locale) {
        user.requireStaff("the dashboard is the office's");
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        LocalDate today = LocalDate.now(clock);
        List<Team> teams = em.createQuery("select t from Team t left join fetch t.platform", Team.class).getResultList();
        List<Project> projects = em.createQuery("select p from Project p left join fetch p.platform left join fetch p.leadTalent l"
                + " left join fetch l.township", Project.class).getResultList();
        Map<Long, ProjectHistory> histories = ProjectHistories.of(em, projects);

        String none = Messages.text(locale, "dashboard.notRecorded");
        Map<String, Tally> byPlatform = new LinkedHashMap<>();
        for (Platform p : em.createNamedQuery(Platform.ALL, Platform.class).getResultList()) {
            byPlatform.put(p.getCode(), new Tally(p.getCode(), p.label(english)));
        }
        for (Team t : teams) {
            byPlatform.get(t.getPlatform().getCode()).teams++;
        }
        Map<String, Tally> byStage = new LinkedHashMap<>();
        for (ProjectStage s : ProjectStage.values()) {
            byStage.put(s.name(), new Tally(s.name(), Messages.text(locale, "enum.ProjectStage." + s.name())));
        }
        Map<String, Tally> byIndustry = new LinkedHashMap<>();
        Map<String, Tally> byTownship = new LinkedHashMap<>();
        List<FlaggedProject> yellow = new ArrayList<>();
        List<FlaggedProject> red = new ArrayList<>();
        List<FlaggedProject> plaque = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (Project p : projects) {
            planned = planned.add(p.getPlannedInvestment());
            actual = actual.add(p.getActualInvestment());
            String platformKey = p.getPlatform() == null ? "" : p.getPlatform().getCode();
            byPlatform.computeIfAbsent(platformKey, k -> new Tally(k, Messages.text(locale, "project.noPlatform"))).add(p);
            byStage.get(p.getStage().name()).add(p);
            String industry = p.getIndustry() == null ? "" : p.getIndustry();
            byIndustry.computeIfAbsent(industry, k -> new Tally(k, k.isEmpty() ? none
                    : Industries.label(k, locale))).add(p);
            var township = p.getLeadTalent() == null ? null : p.getLeadTalent().getTownship();
            byTownship.computeIfAbsent(township == null ? "" : township.getCode(),
                    k -> new Tally(k, township == null ? none : township.label(english))).add(p);
            ProjectHistory h = histories.get(p.getId());
            Flags f = rules.flags().on(h, today);
            if (f.any()) {
                FlaggedProject line = new FlaggedProject(p.getId(), p.getTitle(), p.getPlatform() == null ? null : p.getPlatform().label(english),
                        p.getCountyLeader(), p.getStage().name(),
                        h.milestones().stream().filter(m -> m.metOn() == null).map(ProjectHistory.MilestoneFact::dueOn)
                                .min(Comparator.naturalOrder()).orElse(null),
                        h.latestUpdateOn(today).orElse(null));
                if (f.yellow()) {
                    yellow.add(line);
                }
                if (f.red()) {
                    red.add(line);
                }
                if (f.plaque()) {
                    plaque.add(line);
                }
            }
        }
        Comparator<FlaggedProject> byTitle = Comparator.comparing(FlaggedProject::title);
        yellow.sort(Comparator.comparing(FlaggedProject::nextDueOn, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byTitle));
        red.sort(byTitle);
        plaque.sort(byTitle);
        return new DashboardJson(today, teams.size(), teams.stream().filter(t -> t.getStatus() == TeamStatus.INCUBATING).count(),
                projects.size(), projects.stream().filter(p -> p.getStage().landed()).count(), planned, actual,
                groups(byPlatform, false), groups(byIndustry, true), groups(byStage, false), groups(byTownship, true),
                new DashboardJson.Flagged(yellow, red, plaque), rankings.of(null));
    }

    /** the groups in their natural order, or by planned investment (largest first) with "not recorded" last */
    private static List<Group> groups(Map<String, Tally> tallies, boolean byInvestment) {
        List<Group> groups = new ArrayList<>(tallies.values().stream().map(Tally::group).toList());
        if (byInvestment) {
            groups.sort(Comparator.comparing((Group g) -> g.key().isEmpty())
                    .thenComparing(Group::plannedInvestment, Comparator.reverseOrder()).thenComparing(Group::key));
        } else {
            groups.sort(Comparator.comparing((Group g) -> g.key().isEmpty()));
        }
        return groups;
    }

    /** one group's running totals */
    private static final class Tally {
        final String key;
        final String label;
        long teams;
        long projects;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;

        Tally(String key, String label) {
            this.key = key;
            this.label = label;
        }

        void add(Project p) {
            projects++;
            planned = planned.add(p.getPlannedInvestment());
            actual = actual.add(p.getActualInvestment());
        }

        Group group() {
            return new Group(key, label, teams, projects, planned, actual);
        }
    }
}
