package cn.wulian.liancai.project.boundary;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectDetails;
import cn.wulian.liancai.project.entity.RecommenderKind;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects as a search source on embedded Derby with the real schema: the stamps read in one query
 * at start-up are those of the documents built from the entities, also where the project has no
 * team, platform or recommending talent, and they move when the team, the lead talent or the
 * recommending talent is renamed, which {@link Projects#embedding} finds with the new name.
 */
class ProjectsIndexSourceJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    long platform;
    long team;
    long lead;
    long recommender;
    long teamProject;
    long loneProject;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void twoProjects() {
        db.clear();
        db.run(em -> {
            Platform p = persist(em, new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null));
            Talent l = persist(em, talent("牵头人甲").build());
            Talent r = persist(em, talent("推荐人乙").build());
            Talent alone = persist(em, talent("独行丙").build());
            Team t = persist(em, new Team(p, new TeamDetails("甲团队", l, "新材料", null, 5, null, null, null, null, null,
                    List.of(), List.of(), List.of()), CLOCK));
            Project withTeam = persist(em, new Project(details("甲项目", t, null, RecommenderKind.TALENT, r, null), CLOCK));
            Project lone = persist(em, new Project(details("丙项目", null, alone, RecommenderKind.OUTSIDER, null, "外人丁"), CLOCK));
            platform = p.getId();
            team = t.getId();
            lead = l.getId();
            recommender = r.getId();
            teamProject = withTeam.getId();
            loneProject = lone.getId();
        });
    }

    @Test
    void theStartUpStampsAreThoseOfTheDocuments() {
        Map<Long, String> stamps = db.read(em -> projects(em).stamps());
        Map<Long, String> documents = db.read(em -> projects(em).documents().stream()
                .collect(Collectors.toMap(IndexedDocument::id, IndexedDocument::stamp)));
        assertAll(
                () -> assertEquals(documents, stamps),
                () -> assertTrue(stamps.get(loneProject).matches("1\\.-\\.-\\.\\d+\\.-"), stamps.get(loneProject)),
                () -> assertTrue(stamps.get(teamProject).matches("1\\.1\\.1\\.\\d+\\.\\d+"), stamps.get(teamProject)));
    }

    @Test
    void renamingTheTeamRebuildsItsProjectWithTheNewName() {
        assertRenameReaches("team", team, "甲团队新名",
                em -> em.find(Team.class, team).revise(new TeamDetails("甲团队新名", em.find(Talent.class, lead), "新材料", null, 5,
                        null, null, null, null, null, List.of(), List.of(), List.of()), CLOCK));
    }

    @Test
    void renamingTheLeadTalentRebuildsTheProject() {
        assertRenameReaches("talent", lead, "牵头人新名", em -> em.find(Talent.class, lead).revise(talent("牵头人新名").details(), CLOCK));
    }

    @Test
    void renamingTheRecommendingTalentRebuildsTheProject() {
        assertRenameReaches("talent", recommender, "推荐人新名",
                em -> em.find(Talent.class, recommender).revise(talent("推荐人新名").details(), CLOCK));
    }

    @Test
    void embeddingFindsOnlyTheProjectsShowingTheRecord() {
        assertAll(
                () -> assertEquals(List.of("project:" + teamProject), db.read(em -> keys(projects(em).embedding("platform", platform)))),
                () -> assertEquals(List.of(), db.read(em -> keys(projects(em).embedding("team", team + 1000)))),
                () -> assertEquals(List.of(), db.read(em -> keys(projects(em).embedding("project", teamProject)))));
    }

    private void assertRenameReaches(String type, long id, String newName, Consumer<EntityManager> rename) {
        Map<Long, String> before = db.read(em -> projects(em).stamps());
        List<IndexedDocument> rebuilt = db.inTransaction(em -> {
            rename.accept(em);
            em.flush();
            return projects(em).embedding(type, id);
        });
        Map<Long, String> after = db.read(em -> projects(em).stamps());
        assertAll(
                () -> assertEquals(List.of("project:" + teamProject), keys(rebuilt)),
                () -> assertTrue(rebuilt.getFirst().text().contains(newName), rebuilt.getFirst()::text),
                () -> assertNotEquals(before.get(teamProject), after.get(teamProject), "start-up must see the document written before is out of step"),
                () -> assertEquals(after.get(teamProject), rebuilt.getFirst().stamp(), "the rebuilt document is in step"),
                () -> assertEquals(before.get(loneProject), after.get(loneProject), "a project not showing the record stays in step"));
    }

    private static Projects projects(EntityManager em) {
        Projects projects = new Projects();
        projects.em = em;
        return projects;
    }

    private static ProjectDetails details(String title, Team team, Talent lead, RecommenderKind kind, Talent recommender, String outsider) {
        return new ProjectDetails(title, team, lead, null, "新材料", null, null, new BigDecimal("1000000"), null, "副县长 测试",
                kind, recommender, null, outsider, null, TODAY.minusMonths(1), null);
    }

    private static List<String> keys(List<IndexedDocument> docs) {
        return docs.stream().map(IndexedDocument::key).toList();
    }
}
