package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static cn.wulian.liancai.it.ProjectFixtures.NO_SUCH_PROJECT;
import static cn.wulian.liancai.it.ProjectFixtures.count;
import static cn.wulian.liancai.it.ProjectFixtures.fresh;
import static cn.wulian.liancai.it.ProjectFixtures.project;
import static cn.wulian.liancai.it.ProjectFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with projects: each role (office, admin, two platform managers, a reviewer,
 * nobody) against each project endpoint — on a project of their own platform, of another platform,
 * and on an id that does not exist. Every refused request is checked to have changed nothing, and a
 * manager's refusal of another platform's id must look exactly like that of a missing id.
 */
@ExtendWith(RunningApp.class)
class ProjectsAuthorizationIT {

    /** who besides office staff may use an endpoint on a project */
    enum Access { MANAGER_TOO, OFFICE_ONLY }

    /** one endpoint on one project: how to call it, who may, and what success answers */
    enum Endpoint {
        READ("GET", "", Access.MANAGER_TOO, 200, (api, p) -> api.get(path(p, ""))),
        TRANSITIONS("GET", "/transitions", Access.MANAGER_TOO, 200, (api, p) -> api.get(path(p, "/transitions"))),
        MILESTONES("GET", "/milestones", Access.MANAGER_TOO, 200, (api, p) -> api.get(path(p, "/milestones"))),
        UPDATES("GET", "/updates", Access.MANAGER_TOO, 200, (api, p) -> api.get(path(p, "/updates"))),
        REVISE("PUT", "", Access.MANAGER_TOO, 200, (api, p) -> api.put(path(p, ""),
                project(unique("改名项目"), p.isNull("platform") ? null : p.getString("platform"))
                        .add("version", p.getJsonNumber("version").longValue()).build().toString())),
        ADVANCE("POST", "/transitions", Access.MANAGER_TOO, 200, (api, p) -> api.post(path(p, "/transitions"),
                Json.createObjectBuilder().add("note", "签约仪式").add("version", p.getJsonNumber("version").longValue()).build().toString())),
        POST_UPDATE("POST", "/updates", Access.MANAGER_TOO, 201, (api, p) -> api.post(path(p, "/updates"),
                Json.createObjectBuilder().add("percent", 15).add("text", "现场已平整").build().toString())),
        COMMIT("POST", "/milestones", Access.OFFICE_ONLY, 201, (api, p) -> api.post(path(p, "/milestones"),
                Json.createObjectBuilder().add("title", "开工").add("dueOn", Fixtures.today().plusMonths(2).toString())
                        .add("standard", "取得施工许可证").build().toString())),
        MEET("POST", "/milestones/{m}/met", Access.OFFICE_ONLY, 200, (api, p) -> api.post(
                path(p, "/milestones/" + (p.containsKey("milestoneId") ? p.getJsonNumber("milestoneId").longValue() : 1) + "/met"), "{}")),
        DELETE("DELETE", "", Access.OFFICE_ONLY, 204, (api, p) -> api.delete(path(p, "")));

        final String method;
        final String suffix;
        final Access access;
        final int success;
        final BiFunction<Api, JsonObject, Api.Reply> call;

        Endpoint(String method, String suffix, Access access, int success, BiFunction<Api, JsonObject, Api.Reply> call) {
            this.method = method;
            this.suffix = suffix;
            this.access = access;
            this.success = success;
            this.call = call;
        }

        private static String path(JsonObject p, String suffix) {
            return "/api/projects/" + p.getJsonNumber("id").longValue() + suffix;
        }

        /** a project ready for this endpoint: with a milestone to meet where one is needed */
        JsonObject prepare(String platform) {
            JsonObject p = fresh(platform);
            if (this == MEET) {
                JsonObject m = ProjectFixtures.milestone(id(p), "落地", Fixtures.today().plusMonths(1));
                return Json.createObjectBuilder(p).add("milestoneId", m.getJsonNumber("id").longValue()).build();
            }
            return p;
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(Caller.values()).flatMap(r -> Stream.of(Endpoint.values()).map(e -> Arguments.of(r, e)));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("matrix")
    void onEachProject(Caller role, Endpoint endpoint) {
        JsonObject own = endpoint.prepare(role.ownPlatform());
        JsonObject other = endpoint.prepare(role.otherPlatform());
        JsonObject none = Json.createObjectBuilder(other).add("id", NO_SUCH_PROJECT).build();
        String ownBefore = snapshot(id(own));
        String otherBefore = snapshot(id(other));
        String what = endpoint.method + " /api/projects/{id}" + endpoint.suffix + " as " + role;

        Api.Reply mine = endpoint.call.apply(role.api(), own);
        Api.Reply theirs = endpoint.call.apply(role.api(), other);
        Api.Reply missing = endpoint.call.apply(role.api(), none);

        ScopeMatrix.check(role, endpoint.access == Access.OFFICE_ONLY, endpoint.success, what, mine, theirs, missing,
                ownBefore, () -> snapshot(id(own)), otherBefore, () -> snapshot(id(other)));
        if (endpoint == Endpoint.REVISE && mine.status() == 200 && role.manager()) {
            // a manager's PUT naming another platform is refused, and the project stays where it is
            String before = snapshot(id(own));
            JsonObject now = role.api().get("/api/projects/" + id(own)).json();
            Api.Reply moved = role.api().put("/api/projects/" + id(own), project(unique("搬走项目"), "kunshan")
                    .add("version", now.getJsonNumber("version").longValue()).build().toString());
            assertStatus(403, moved, "a manager's PUT naming another platform");
            assertEquals(before, snapshot(id(own)), "a refused PUT changed the project");
        }
    }

    static Stream<Caller> roles() {
        return Stream.of(Caller.values());
    }

    @ParameterizedTest
    @MethodSource("roles")
    void list(Caller role) {
        fresh(role.ownPlatform());
        JsonObject other = fresh(role.otherPlatform());
        Api.Reply r = role.api().get("/api/projects?limit=200&platform=" + role.otherPlatform());
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), r, "list as " + role);
            return;
        }
        assertStatus(200, r, "list as " + role);
        List<JsonObject> rows = r.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        if (role.manager()) {
            // asking for another platform finds none of its projects, not their own under its name
            assertEquals(0, r.json().getJsonNumber("total").longValue(), r::body);
            Api.Reply own = role.api().get("/api/projects?limit=200");
            assertTrue(own.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .allMatch(p -> role.platform.equals(p.getString("platform"))), own::body);
            assertEquals(count("platform=" + role.platform), own.json().getJsonNumber("total").longValue(), own::body);
            Api.Reply byTitle = role.api().get("/api/projects?q=" + Api.q(other.getString("title")));
            assertEquals(0, byTitle.json().getJsonNumber("total").longValue(), byTitle::body);
        } else {
            assertTrue(rows.stream().anyMatch(p -> id(p) == id(other)), r::body);
        }
    }

    @ParameterizedTest
    @MethodSource("roles")
    void open(Caller role) {
        String title = unique("新建权限项目");
        if (role.manager()) {
            // naming another platform is refused, not quietly turned into a project on their own
            assertStatus(403, role.api().post("/api/projects", project(title, "kunshan").build().toString()), "create on another platform as " + role);
            assertEquals(0, count("q=" + Api.q(title)), "a refused create stored a project");
        }
        Api.Reply r = role.api().post("/api/projects", project(title, role.manager() ? role.platform : "kunshan").build().toString());
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), r, "create as " + role);
            assertEquals(0, count("q=" + Api.q(title)), "a refused create stored a project");
            return;
        }
        assertStatus(201, r, "create as " + role);
        assertEquals(role.manager() ? role.platform : "kunshan", r.json().getString("platform"), r::body);
        assertEquals("NEGOTIATING", r.json().getString("stage"));
        assertFalse(r.header("Location").isBlank());
    }

    @ParameterizedTest
    @MethodSource("roles")
    void aManagerCannotHangAProjectOnAnotherPlatformsTeam(Caller role) {
        if (!role.manager()) {
            return;
        }
        long otherTeam = id(TeamFixtures.draft(role.otherPlatform()));
        String title = unique("借用团队");
        Api.Reply r = role.api().post("/api/projects", project(title, null).add("teamId", otherTeam).build().toString());
        Fixtures.assertRejected(r, "teamId");
        assertEquals(0, count("q=" + Api.q(title)));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void rankingAndDashboard(Caller role) {
        Api.Reply ranking = role.api().get("/api/rankings");
        Api.Reply dashboard = role.api().get("/api/dashboard");
        if (role.refusal() != 0) {
            assertStatus(role.refusal(), ranking, "ranking as " + role);
            assertStatus(role.refusal(), dashboard, "dashboard as " + role);
            return;
        }
        assertStatus(200, ranking, "ranking as " + role);
        assertStatus(role.manager() ? 403 : 200, dashboard, "dashboard as " + role);
        if (role.manager()) {
            assertTrue(ranking.json().getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                    .allMatch(p -> role.platform.equals(p.getString("platform", ""))), ranking::body);
        }
    }

    private static void assertStatus(int expected, Api.Reply r, String what) {
        assertEquals(expected, r.status(), () -> what + ": " + r.body());
    }
}
