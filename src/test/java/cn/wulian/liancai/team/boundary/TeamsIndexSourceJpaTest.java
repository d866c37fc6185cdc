package cn.wulian.liancai.team.boundary;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamMember;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teams as a search source on embedded Derby with the real schema: the stamps read in one query at
 * start-up are those of the documents built from the entities, and they move when a talent the
 * team shows (its leader, a member) is renamed, which {@link Teams#embedding} finds in the same
 * transaction, with the new name.
 */
class TeamsIndexSourceJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    long platform;
    long leader;
    long member;
    long stranger;
    long led;
    long bare;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void twoTeams() {
        db.clear();
        db.run(em -> {
            Platform p = persist(em, new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null));
            Talent a = persist(em, talent("带头人甲").build());
            Talent b = persist(em, talent("成员乙").build());
            Talent c = persist(em, talent("路人丙").build());
            Team t1 = persist(em, new Team(p, details("甲团队", a, List.of(
                    new TeamMember(b, null, null, "CTO"), new TeamMember(null, "外聘专家丁", "顾问", "顾问"))), CLOCK));
            Team t2 = persist(em, new Team(p, details("乙团队", null, List.of()), CLOCK));
            platform = p.getId();
            leader = a.getId();
            member = b.getId();
            stranger = c.getId();
            led = t1.getId();
            bare = t2.getId();
        });
    }

    @Test
    void theStartUpStampsAreThoseOfTheDocuments() {
        Map<Long, String> stamps = db.read(em -> teams(em).stamps());
        Map<Long, String> documents = db.read(em -> teams(em).documents().stream()
                .collect(Collectors.toMap(IndexedDocument::id, IndexedDocument::stamp)));
        long leaderVersion = db.read(em -> em.find(Talent.class, leader).getVersion());
        long memberVersion = db.read(em -> em.find(Talent.class, member).getVersion());
        assertAll(
                () -> assertEquals(documents, stamps),
                () -> assertEquals(Map.of(led, "1.1." + leaderVersion + "." + memberVersion, bare, "1.1.-"), stamps,
                        "the team's version, its platform's, its leader's (none: -) and its member talents'"));
    }

    @Test
    void renamingTheLeaderMovesTheStampAndEmbeddingRebuildsTheTeamWithTheNewName() {
        Map<Long, String> before = db.read(em -> teams(em).stamps());
        List<IndexedDocument> rebuilt = db.inTransaction(em -> {
            em.find(Talent.class, leader).revise(talent("带头人新名").details(), CLOCK);
            em.flush();
            return teams(em).embedding("talent", leader);
        });
        Map<Long, String> after = db.read(em -> teams(em).stamps());
        assertAll(
                () -> assertEquals(List.of("team:" + led), keys(rebuilt)),
                () -> assertTrue(rebuilt.getFirst().text().contains("带头人新名"), rebuilt.getFirst()::text),
                () -> assertNotEquals(before.get(led), after.get(led), "start-up must see that the document written before is out of step"),
                () -> assertEquals(after.get(led), rebuilt.getFirst().stamp(), "the rebuilt document is in step"),
                () -> assertEquals(before.get(bare), after.get(bare), "a team not showing the talent stays in step"));
    }

    @Test
    void renamingAMemberMovesTheStampToo() {
        String before = db.read(em -> teams(em).stamps()).get(led);
        List<IndexedDocument> rebuilt = db.inTransaction(em -> {
            em.find(Talent.class, member).revise(talent("成员新名").details(), CLOCK);
            em.flush();
            return teams(em).embedding("talent", member);
        });
        assertAll(
                () -> assertEquals(List.of("team:" + led), keys(rebuilt)),
                () -> assertTrue(rebuilt.getFirst().text().contains("成员新名"), rebuilt.getFirst()::text),
                () -> assertNotEquals(before, db.read(em -> teams(em).stamps()).get(led)));
    }

    @Test
    void embeddingFindsOnlyTheTeamsShowingTheRecord() {
        assertAll(
                () -> assertEquals(List.of(), db.read(em -> keys(teams(em).embedding("talent", stranger)))),
                () -> assertEquals(Set.of("team:" + led, "team:" + bare),
                        Set.copyOf(db.read(em -> keys(teams(em).embedding("platform", platform))))),
                () -> assertEquals(List.of(), db.read(em -> keys(teams(em).embedding("project", led)))));
    }

    private static Teams teams(EntityManager em) {
        Teams teams = new Teams();
        teams.em = em;
        return teams;
    }

    private static TeamDetails details(String name, Talent leader, List<TeamMember> members) {
        return new TeamDetails(name, leader, "新材料", null, 5, null, null, null, null, null, members, List.of(), List.of());
    }

    private static List<String> keys(List<IndexedDocument> docs) {
        return docs.stream().map(IndexedDocument::key).toList();
    }
}
