package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.team.entity.Industries;
import cn.wulian.liancai.platform.boundary.PlatformJson;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.project.entity.RecommenderKind;
import cn.wulian.liancai.shared.persistence.DistinctValues;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.team.boundary.TeamChoices;
import cn.wulian.liancai.team.boundary.TeamJson;
import cn.wulian.liancai.team.boundary.Teams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of the project pages' drop-downs and pickers. Industries and county leaders are
 * offered as they occur in the projects the caller may see (with the county's eight fields always
 * among the industries), so a filter never offers a value that finds nothing.
 */
@Named
@RequestScoped
public class ProjectChoices {

    @Inject
    Teams teams;

    @Inject
    CurrentUser user;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TeamChoices teamChoices;

    @Inject
    LocaleView localeView;

    private List<TeamJson> visibleTeams;
    private List<String> industries;
    private List<String> countyLeaders;

    /** the teams the caller may house a project in: all for office staff, a manager's own platform's */
    public List<TeamJson> getTeams() {
        if (visibleTeams == null) {
            visibleTeams = teams.visible();
        }
        return visibleTeams;
    }

    public List<ProjectStage> getStages() { return List.of(ProjectStage.values()); }
    public List<Projects.Flag> getFlags() { return List.of(Projects.Flag.values()); }
    public List<RecommenderKind> getRecommenderKinds() { return List.of(RecommenderKind.values()); }

    public List<String> getIndustries() {
        if (industries == null) {
            industries = new ArrayList<>(Industries.ALL);
            distinct("industry", true).stream().filter(i -> !industries.contains(i)).forEach(industries::add);
        }
        return industries;
    }

    public List<String> getCountyLeaders() {
        if (countyLeaders == null) {
            // the county's leaders are the county's, not a platform's: a manager picks from all of them, as the office does
            countyLeaders = distinct("countyLeader", false);
        }
        return countyLeaders;
    }

    /** county leaders whose name contains the typed text; a new name is offered as typed */
    public List<String> completeCountyLeader(String typed) {
        String part = typed == null ? "" : typed.strip();
        List<String> known = getCountyLeaders().stream().filter(l -> l.contains(part)).limit(12).toList();
        return known.isEmpty() && !part.isEmpty() ? List.of(part) : known;
    }

    /** the county's today: the latest day a talk, a step or a met milestone may be dated */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** an industry in the page's language: the county's fields are translated, any other stays as typed */
    public String industryLabel(String industry) {
        if (industry == null) {
            return "";
        }
        return Industries.label(industry, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** a platform's name in the page's language; a project carries its Chinese name only */
    public String platformName(String code, String name) {
        return teamChoices.platformName(code, name);
    }

    /** @param scoped a manager is offered the values of their platform's projects only */
    private List<String> distinct(String attribute, boolean scoped) {
        boolean manager = user.hasRole(Role.PLATFORM_MANAGER);
        if (!manager && !user.isStaff()) {
            return List.of();
        }
        return DistinctValues.of(em, "Project", attribute, manager && scoped ? user.platformCode() : null);
    }
}
