package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static cn.wulian.liancai.it.TeamFixtures.NO_SUCH_TEAM;
import static cn.wulian.liancai.it.TeamFixtures.count;
import static cn.wulian.liancai.it.TeamFixtures.draft;
import static cn.wulian.liancai.it.TeamFixtures.snapshot;
import static cn.wulian.liancai.it.TeamFixtures.step;
import static cn.wulian.liancai.it.TeamFixtures.team;
import static cn.wulian.liancai.it.TeamFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with teams and platforms: each role (office, admin, two platform managers, a
 * reviewer, nobody) against each endpoint, including a manager reaching for another platform's
 * team or an id that does not exist; every refused request is checked to have changed nothing.
 */
@ExtendWith(RunningApp.class)
class TeamsAuthorizationIT {

    static Stream<Caller> roles() {
        return Stream.of(Caller.values());
    }

    static Stream<Caller> managers() {
        return Stream.of(Caller.MGR_FATONG, Caller.MGR_SHIBEI);
    }

    /** a team the role may reach: for a manager on their platform, for office on shibei */
    private static JsonObject ownTeam(Caller role) {
        return draft(role.manager() ? role.platform : "shibei");
    }

    private static JsonObject otherTeam(Caller role) {
        return draft(role.otherPlatform());
    }

    private static void assertStatus(int expected, Api.Reply r, String what) {
        assertEquals(expected, r.status(), () -> what + ": " + r.body());
    }

    // ---- GET /api/teams

    @ParameterizedTest
    @MethodSource("roles")
    void list(Caller role) {
        Api.Reply r = role.api().get("/api/teams?limit=200");
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), r, "list as " + role);
            return;
        }
        assertStatus(200, r, "list as " + role);
        List<String> platforms = r.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("platform")).distinct().toList();
        if (role.manager()) {
            assertEquals(List.of(role.platform), platforms, () -> role + " sees " + platforms);
            assertEquals(count("platform=" + role.platform), r.json().getJsonNumber("total").longValue(), r::body);
        } else {
            assertTrue(platforms.containsAll(TeamFixtures.PLATFORMS), () -> role + " sees only " + platforms);
            assertTrue(r.json().getJsonNumber("total").longValue() >= 30, r::body);
        }
    }

    @ParameterizedTest
    @MethodSource("managers")
    void aManagerAskingForAnotherPlatformFindsNoneOfItsTeams(Caller role) {
        Api.Reply r = role.api().get("/api/teams?limit=200&platform=" + role.otherPlatform());
        assertStatus(200, r, "list as " + role);
        // none of that platform's they may see: not their own under its name
        assertEquals(0, r.json().getJsonNumber("total").longValue(), r::body);
        Api.Reply own = role.api().get("/api/teams?limit=200&platform=" + role.platform);
        List<JsonObject> rows = own.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().allMatch(t -> role.platform.equals(t.getString("platform"))), own::body);
        assertEquals(count("platform=" + role.platform), own.json().getJsonNumber("total").longValue(), own::body);
        assertFalse(rows.isEmpty(), "the demo platforms all have teams");
        Api.Reply byName = role.api().get("/api/teams?q=" + Api.q(otherTeam(role).getString("name")));
        assertStatus(200, byName, "search list as " + role);
        assertEquals(0, byName.json().getJsonNumber("total").longValue(), byName::body);
    }

    // ---- POST /api/teams

    @ParameterizedTest
    @MethodSource("roles")
    void create(Caller role) {
        String name = unique("新建权限团队");
        Api.Reply asked = role.api().post("/api/teams", team(name, "shibei").build().toString());
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), asked, "create as " + role);
            assertEquals(0, count("q=" + Api.q(name)), "a refused create stored a team");
            return;
        }
        Api.Reply r;
        if (role.manager() && !"shibei".equals(role.platform)) {
            // naming another platform is refused, not quietly taken as their own
            assertStatus(403, asked, "create on another platform as " + role);
            assertEquals(0, count("q=" + Api.q(name)), "a refused create stored a team");
            r = role.api().post("/api/teams", team(name, null).build().toString());
        } else {
            r = asked;
        }
        assertStatus(201, r, "create as " + role);
        String expected = role.manager() ? role.platform : "shibei";
        assertEquals(expected, r.json().getString("platform"), r::body);
        assertEquals(expected, TeamFixtures.readTeam(id(r.json())).getString("platform"));
        assertEquals("DRAFT", r.json().getString("status"));
    }

    // ---- GET /api/teams/{id}, /members, /transitions

    @ParameterizedTest
    @MethodSource("roles")
    void read(Caller role) {
        long own = id(ownTeam(role));
        long other = id(otherTeam(role));
        for (String suffix : new String[] {"", "/members", "/transitions"}) {
            Api.Reply mine = role.api().get("/api/teams/" + own + suffix);
            Api.Reply theirs = role.api().get("/api/teams/" + other + suffix);
            Api.Reply none = role.api().get("/api/teams/" + NO_SUCH_TEAM + suffix);
            String what = "GET /api/teams/{id}" + suffix + " as " + role;
            if (role.refusal() != 0) {
                assertStatus(role.refusal(), mine, what);
                assertStatus(role.refusal(), theirs, what);
                assertStatus(role.refusal(), none, what + " (no such id)");
            } else if (role.manager()) {
                assertStatus(200, mine, what + " (own platform)");
                assertStatus(403, theirs, what + " (other platform)");
                assertStatus(403, none, what + " (no such id: no hint that it does not exist)");
                assertEquals(theirs.body(), none.body(), "the refusal of another platform's id and of a missing id must look alike");
            } else {
                assertStatus(200, mine, what);
                assertStatus(200, theirs, what);
                assertStatus(404, none, what + " (no such id)");
            }
        }
    }

    // ---- PUT /api/teams/{id}

    @ParameterizedTest
    @MethodSource("roles")
    void update(Caller role) {
        JsonObject own = ownTeam(role);
        JsonObject other = otherTeam(role);
        String otherBefore = snapshot(id(other));
        String body = team(unique("改名"), "kunshan").add("version", own.getJsonNumber("version").longValue()).build().toString();
        Api.Reply mine = role.api().put("/api/teams/" + id(own), body);
        String otherBody = team(unique("改名"), "kunshan").add("version", other.getJsonNumber("version").longValue()).build().toString();
        Api.Reply theirs = role.api().put("/api/teams/" + id(other), otherBody);
        Api.Reply none = role.api().put("/api/teams/" + NO_SUCH_TEAM, otherBody);
        String what = "PUT as " + role;
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), mine, what);
            assertStatus(role.refusal(), theirs, what);
            assertStatus(role.refusal(), none, what);
            assertEquals(own.getString("name"), TeamFixtures.readTeam(id(own)).getString("name"), "refused PUT changed the team");
        } else if (role.manager()) {
            assertStatus(200, mine, what + " (own)");
            assertEquals(role.platform, mine.json().getString("platform"), "a PUT must not move a team to another platform");
            assertStatus(403, theirs, what + " (other platform)");
            assertStatus(403, none, what + " (no such id)");
        } else {
            assertStatus(200, mine, what);
            assertStatus(200, theirs, what);
            assertStatus(404, none, what + " (no such id)");
        }
        if (!role.staff()) {
            assertEquals(otherBefore, snapshot(id(other)), "a refused PUT changed another platform's team");
        }
    }

    // ---- DELETE /api/teams/{id}

    @ParameterizedTest
    @MethodSource("roles")
    void delete(Caller role) {
        long own = id(ownTeam(role));
        long other = id(otherTeam(role));
        String ownBefore = snapshot(own);
        String otherBefore = snapshot(other);
        Api.Reply mine = role.api().delete("/api/teams/" + own);
        Api.Reply theirs = role.api().delete("/api/teams/" + other);
        Api.Reply none = role.api().delete("/api/teams/" + NO_SUCH_TEAM);
        String what = "DELETE as " + role;
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), mine, what);
            assertStatus(role.refusal(), theirs, what);
            assertStatus(role.refusal(), none, what);
            assertEquals(ownBefore, snapshot(own), "a refused DELETE changed the team");
            assertEquals(otherBefore, snapshot(other), "a refused DELETE changed the team");
        } else if (role.manager()) {
            assertStatus(204, mine, what + " (own draft)");
            assertEquals(404, OFFICE.get("/api/teams/" + own).status());
            assertStatus(403, theirs, what + " (other platform)");
            assertStatus(403, none, what + " (no such id)");
            assertEquals(otherBefore, snapshot(other), "a refused DELETE changed another platform's team");
        } else {
            assertStatus(204, mine, what);
            assertStatus(204, theirs, what);
            assertEquals(404, OFFICE.get("/api/teams/" + own).status());
            assertEquals(404, OFFICE.get("/api/teams/" + other).status());
            assertStatus(404, none, what + " (no such id)");
        }
    }

    // ---- POST /api/teams/{id}/transitions

    @ParameterizedTest
    @MethodSource("roles")
    void transition(Caller role) {
        long own = id(ownTeam(role));
        long other = id(otherTeam(role));
        String ownBefore = snapshot(own);
        String otherBefore = snapshot(other);
        Api.Reply mine = step(role.api(), own, "SUBMIT", null, version(own));
        Api.Reply theirs = step(role.api(), other, "SUBMIT", null, version(other));
        Api.Reply none = step(role.api(), NO_SUCH_TEAM, "SUBMIT", null, 0L);
        String what = "POST transitions as " + role;
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), mine, what);
            assertStatus(role.refusal(), theirs, what);
            assertStatus(role.refusal(), none, what);
            assertEquals(ownBefore, snapshot(own), "a refused transition changed the team");
            assertEquals(otherBefore, snapshot(other), "a refused transition changed the team");
        } else if (role.manager()) {
            assertStatus(200, mine, what + " (own)");
            assertEquals("SUBMITTED", mine.json().getString("status"));
            assertStatus(403, theirs, what + " (other platform)");
            assertStatus(403, none, what + " (no such id)");
            assertEquals(otherBefore, snapshot(other), "a refused transition changed another platform's team");
        } else {
            assertStatus(200, mine, what);
            assertStatus(200, theirs, what);
            assertStatus(404, none, what + " (no such id)");
        }
    }

    // ---- /api/platforms

    @ParameterizedTest
    @MethodSource("roles")
    void platforms(Caller role) {
        Api.Reply all = role.api().get("/api/platforms");
        Api.Reply one = role.api().get("/api/platforms/shibei");
        if (role.refusal() != 0) {
            // a reviewer's work is their assigned nominations, not the incubators (ReviewerPrivilegeIT)
            assertStatus(role.refusal(), all, "platforms list as " + role);
            assertStatus(role.refusal(), one, "platform detail as " + role);
            assertStatus(role.refusal(), role.api().get("/api/platforms/nosuch"), "unknown platform as " + role);
            return;
        }
        assertStatus(200, all, "platforms list as " + role);
        assertEquals(4, ((JsonArray) all.jsonValue()).size(), all::body);
        assertStatus(200, one, "platform detail as " + role);
        assertEquals("shibei", one.json().getString("code"));
        assertStatus(404, role.api().get("/api/platforms/nosuch"), "unknown platform as " + role);
    }

    @ParameterizedTest
    @MethodSource("roles")
    void platformTeams(Caller role) {
        Function<String, Api.Reply> teamsOf = code -> role.api().get("/api/platforms/" + code + "/teams");
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), teamsOf.apply("shibei"), "platform teams as " + role);
            assertStatus(role.refusal(), teamsOf.apply("fatong"), "platform teams as " + role);
            return;
        }
        for (String code : TeamFixtures.PLATFORMS) {
            Api.Reply r = teamsOf.apply(code);
            assertStatus(200, r, "/api/platforms/" + code + "/teams as " + role);
            List<JsonObject> teams = ((JsonArray) r.jsonValue()).getValuesAs(JsonObject.class);
            if (role.manager() && !code.equals(role.platform)) {
                assertTrue(teams.isEmpty(), () -> role + " sees teams of " + code + ": " + r.body());
            } else {
                assertEquals(count("platform=" + code), teams.size(), r::body);
                assertTrue(teams.stream().allMatch(t -> code.equals(t.getString("platform"))), r::body);
            }
        }
    }

    @Test
    void mgrFatongSeesNoShibeiTeamsOnShibeiPage() {
        Api.Reply r = Api.as("mgr-fatong").get("/api/platforms/shibei/teams");
        assertStatus(200, r, "shibei teams as mgr-fatong");
        assertEquals(0, ((JsonArray) r.jsonValue()).size(), r::body);
    }
}
