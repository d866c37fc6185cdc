package cn.wulian.liancai;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.control.ProjectTalentLinks;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectDetails;
import cn.wulian.liancai.project.entity.RecommenderKind;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.boundary.TalentLink;
import cn.wulian.liancai.talent.boundary.TalentLink.Kind;
import cn.wulian.liancai.talent.boundary.TalentLinks;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.control.TeamTalentLinks;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamMember;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teams' and projects' side of the {@link TalentLinks} contract on the real schema: every role a
 * talent plays, once per record, newest first, with the record's status and page; the office sees
 * all, a manager only what their platform houses (a project no platform houses is the office's).
 * (Applications and nominations need a policy and a cycle: {@code BrowserProfileIT} and
 * {@code TalentLinksIT} read them over HTTP.)
 */
class TalentLinksJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;
    static long person;
    static long fatongTeam;
    static long shibeiTeam;
    static long fatongProject;
    static long shibeiProject;
    static long countyProject;
    static long stranger;

    @BeforeAll
    static void records() {
        db = TestDatabase.create(dir);
        db.run(em -> {
            Platform fatong = persist(em, new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null));
            Platform shibei = persist(em, new Platform("shibei", "市北孵化器", null, null, null, null, null, null, null, null));
            Talent p = persist(em, talent("厉志远").build());
            Talent other = persist(em, talent("孙丽").build());
            // the leader is also on the member list of the team: one line, as the leader
            Team t1 = persist(em, new Team(fatong, team("莲测团队", p, List.of(new TeamMember(p, null, null, "CEO"))), CLOCK));
            Team t2 = persist(em, new Team(shibei, team("市北团队", other, List.of(new TeamMember(p, null, null, "顾问"))), CLOCK));
            Project p1 = persist(em, new Project(project("莲测项目", t1, p, null, null), CLOCK));
            Project p2 = persist(em, new Project(project("市北项目", null, other, shibei, p), CLOCK));
            Project p3 = persist(em, new Project(project("县里项目", null, p, null, null), CLOCK));
            person = p.getId();
            stranger = persist(em, talent("路人丙").build()).getId();
            fatongTeam = t1.getId();
            shibeiTeam = t2.getId();
            fatongProject = p1.getId();
            shibeiProject = p2.getId();
            countyProject = p3.getId();
        });
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @Test
    void theOfficeSeesEveryRoleOncePerRecordNewestFirstWithStatusAndPage() {
        assertEquals(List.of(
                new TalentLink(Kind.TEAM, fatongTeam, "莲测团队", "leader", "DRAFT", "/teams/view.xhtml?id=" + fatongTeam),
                new TalentLink(Kind.TEAM, shibeiTeam, "市北团队", "member", "DRAFT", "/teams/view.xhtml?id=" + shibeiTeam),
                new TalentLink(Kind.PROJECT, countyProject, "县里项目", "leadTalent", "NEGOTIATING", "/projects/view.xhtml?id=" + countyProject),
                new TalentLink(Kind.PROJECT, fatongProject, "莲测项目", "leadTalent", "NEGOTIATING", "/projects/view.xhtml?id=" + fatongProject),
                new TalentLink(Kind.PROJECT, shibeiProject, "市北项目", "recommender", "NEGOTIATING", "/projects/view.xhtml?id=" + shibeiProject)),
                links(TestCallers.office(), person));
    }

    @Test
    void aManagerSeesOnlyWhatTheirPlatformHouses() {
        assertEquals(List.of(
                new TalentLink(Kind.TEAM, fatongTeam, "莲测团队", "leader", "DRAFT", "/teams/view.xhtml?id=" + fatongTeam),
                new TalentLink(Kind.PROJECT, fatongProject, "莲测项目", "leadTalent", "NEGOTIATING", "/projects/view.xhtml?id=" + fatongProject)),
                links(TestCallers.manager("fatong"), person));
        assertEquals(List.of(Kind.TEAM, Kind.PROJECT), links(TestCallers.manager("shibei"), person).stream().map(TalentLink::kind).toList());
        assertEquals(List.of(), links(TestCallers.manager(null), person), "a manager without a platform sees none");
    }

    @Test
    void aTalentNoRecordNamesHasNoLinks() {
        assertEquals(List.of(), links(TestCallers.office(), stranger));
    }

    @Test
    void eachStatusIsNamedByItsFeaturesOwnWords() {
        TalentLink team = links(TestCallers.office(), person).getFirst();
        assertEquals("enum.TeamStatus.DRAFT", team.statusKey());
        assertEquals("reference.role.leader", team.roleKey());
        assertEquals("enum.ProjectStage.NEGOTIATING", new TalentLink(Kind.PROJECT, 1, "x", "leadTalent", "NEGOTIATING", "/").statusKey());
        assertEquals("enum.ApplicationStatus.GRANTED", new TalentLink(Kind.APPLICATION, 1, "x", "applicant", "GRANTED", "/").statusKey());
        assertEquals("talent.links.nomination.WON", new TalentLink(Kind.AWARD, 1, "x", "nominee", "WON", "/").statusKey());
    }

    /** what the team's and the project's implementations list, in the order the profile shows them */
    private static List<TalentLink> links(CurrentUser user, long talent) {
        return db.read(em -> {
            List<TalentLink> all = new ArrayList<>();
            TeamTalentLinks teams = new TeamTalentLinks();
            inject(teams, em, user);
            ProjectTalentLinks projects = new ProjectTalentLinks();
            inject(projects, em, user);
            all.addAll(teams.of(talent, Locale.CHINA));
            all.addAll(projects.of(talent, Locale.CHINA));
            return all;
        });
    }

    /** the persistence context and caller the container would inject into the package-private fields */
    private static void inject(TalentLinks links, EntityManager em, CurrentUser user) {
        try {
            for (String name : List.of("em", "user")) {
                var field = TalentLinks.class.getDeclaredField(name);
                field.setAccessible(true);
                field.set(links, name.equals("em") ? em : user);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TeamDetails team(String name, Talent leader, List<TeamMember> members) {
        return new TeamDetails(name, leader, "新材料", null, 5, null, null, null, null, null, members, List.of(), List.of());
    }

    private static ProjectDetails project(String title, Team team, Talent lead, Platform platform, Talent recommender) {
        return new ProjectDetails(title, team, lead, platform, "新材料", null, null, new BigDecimal("1000000"), null, "副县长 测试",
                recommender == null ? RecommenderKind.OUTSIDER : RecommenderKind.TALENT, recommender, null, recommender == null ? "外人丁" : null,
                null, TODAY.minusMonths(1), null);
    }
}
