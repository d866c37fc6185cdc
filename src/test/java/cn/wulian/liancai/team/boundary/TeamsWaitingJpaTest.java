package cn.wulian.liancai.team.boundary;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamAction;
import cn.wulian.liancai.team.entity.TeamDetails;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teams waiting on a platform manager, on embedded Derby: returned before drafts, never a team
 * of another platform — neither in the rows nor in the count — and none for the office or a
 * reviewer.
 */
class TeamsWaitingJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void teamsOfTwoPlatforms() {
        db.clear();
        db.run(em -> {
            Platform fatong = persist(em, new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null));
            Platform shibei = persist(em, new Platform("shibei", "市北基地", null, null, null, null, null, null, null, null));
            team(em, fatong, "法桐草稿");
            returned(em, team(em, fatong, "法桐退回"));
            em.persist(submitted(team(em, fatong, "法桐已提交")));
            team(em, shibei, "市北草稿");
            returned(em, team(em, shibei, "市北退回"));
        });
    }

    static Team team(EntityManager em, Platform p, String name) {
        // a team is submitted with its leader
        Talent leader = persist(em, TalentBuilder.talent(name + "带头人").build());
        return persist(em, new Team(p, new TeamDetails(name, leader, "新材料", null, 5, null, null, null, null, null, List.of(), List.of(), List.of()),
                CLOCK));
    }

    static Team submitted(Team t) {
        t.take(TeamAction.SUBMIT, "mgr", true, null, CLOCK);
        return t;
    }

    static void returned(EntityManager em, Team t) {
        submitted(t);
        t.take(TeamAction.RETURN, "office", false, "缺材料", CLOCK);
    }

    static CurrentUser as(String role, String platform) {
        return new CurrentUser() {
            @Override
            public Caller caller() {
                return new Caller(1, "someone", "someone", role, true, platform, null, 0, false);
            }
        };
    }

    static List<String> rows(CurrentUser user, int limit) {
        return db.read(em -> {
            TeamsWaiting w = new TeamsWaiting();
            w.em = em;
            w.user = user;
            return w.first(limit).stream().map(r -> r.name() + " " + r.status()).toList();
        });
    }

    static long count(CurrentUser user) {
        return db.read(em -> {
            TeamsWaiting w = new TeamsWaiting();
            w.em = em;
            return w.count(user);
        });
    }

    @Test
    void aManagerSeesTheirPlatformsReturnedTeamsBeforeTheirDrafts() {
        assertEquals(List.of("法桐退回 RETURNED", "法桐草稿 DRAFT"), rows(as(Role.PLATFORM_MANAGER, "fatong"), 8));
        assertEquals(2, count(as(Role.PLATFORM_MANAGER, "fatong")));
        assertEquals(List.of("法桐退回 RETURNED"), rows(as(Role.PLATFORM_MANAGER, "fatong"), 1));
    }

    @Test
    void anotherPlatformsManagerSeesOnlyTheirOwn() {
        assertEquals(List.of("市北退回 RETURNED", "市北草稿 DRAFT"), rows(as(Role.PLATFORM_MANAGER, "shibei"), 8));
        assertEquals(2, count(as(Role.PLATFORM_MANAGER, "shibei")));
    }

    @Test
    void noOneElseWaitsOnATeamHere() {
        assertEquals(List.of(), rows(as(Role.OFFICE, null), 8));
        assertEquals(0, count(as(Role.OFFICE, null)));
        assertEquals(0, count(as(Role.REVIEWER, null)));
        assertEquals(0, count(as(Role.PLATFORM_MANAGER, null)), "a manager bound to no platform");
    }
}
