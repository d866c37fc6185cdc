package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.read;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.total;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may call what: HTTP Basic on /api (401, never a redirect), roles (403), open and login-only pages. */
@ExtendWith(RunningApp.class)
class AuthIT {

    private static void assertUnauthorized(Api.Reply r) {
        assertEquals(401, r.status(), r::body);
        String challenge = r.header("WWW-Authenticate");
        assertNotNull(challenge, "401 without WWW-Authenticate");
        assertTrue(challenge.startsWith("Basic"), challenge);
        assertNull(r.header("Location"), "an API 401 must not redirect");
        assertErrorBody(r);
    }

    private static void assertForbidden(Api.Reply r) {
        assertEquals(403, r.status(), r::body);
        assertErrorBody(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/talents", "/api/talents/1", "/api/search?q=%E5%AD%99", "/api/follow-ups", "/api/talents/1/relations"})
    void anonymousApiCallsGet401WithBasicChallengeAndJson(String path) {
        assertUnauthorized(Api.anonymous().get(path));
    }

    @Test
    void anonymousPostIs401AndCreatesNothing() {
        long before = total();
        assertUnauthorized(Api.anonymous().post("/api/talents", talent(unique("匿名")).build().toString()));
        assertEquals(before, total());
    }

    @Test
    void wrongPasswordIs401() {
        assertUnauthorized(Api.as("office", "wrong-password").get("/api/talents"));
    }

    @Test
    void unknownUserIs401() {
        assertUnauthorized(Api.as("nobody-" + System.nanoTime(), Api.PASSWORD).get("/api/talents"));
    }

    @Test
    void malformedBasicHeaderIs401NotServerError() {
        assertUnauthorized(Api.withAuthorization("Basic !!!not-base64!!!").get("/api/talents"));
        String noColon = Base64.getEncoder().encodeToString("office".getBytes(StandardCharsets.UTF_8));
        assertUnauthorized(Api.withAuthorization("Basic " + noColon).get("/api/talents"));
        assertUnauthorized(Api.withAuthorization("Bearer abc.def.ghi").get("/api/talents"));
    }

    @Test
    void correctPasswordAfterAWrongOneStillWorks() {
        assertEquals(401, Api.as("office2", "nope").get("/api/talents").status());
        assertEquals(200, Api.as("office2").get("/api/talents?limit=1").status());
        // and a remembered good login does not let a wrong password through
        assertEquals(401, Api.as("office2", "nope").get("/api/talents").status());
    }

    @Test
    void reviewerMayNotRegisterATalent() {
        long before = total();
        String name = unique("评委新增");
        assertForbidden(Api.as("reviewer1").post("/api/talents", talent(name).build().toString()));
        assertEquals(before, total());
        assertEquals(0, Api.as("office").get("/api/talents?name=" + Api.q(name)).json().getJsonNumber("total").longValue());
    }

    @Test
    void managerMayNotRegisterATalent() {
        long before = total();
        assertForbidden(Api.as("mgr-fatong").post("/api/talents", talent(unique("平台新增")).build().toString()));
        assertEquals(before, total());
    }

    @Test
    void managerAndReviewerMayNotChangeOrDeleteATalent() {
        JsonObject t = create(talent(unique("权限")).add("school", "山东大学"));
        long id = id(t);
        JsonObject before = read(id);
        String change = talent(t.getString("name")).add("school", "改过的学校").add("version", t.getJsonNumber("version").longValue()).build().toString();
        for (String user : new String[] {"mgr-fatong", "mgr-kunshan", "reviewer1"}) {
            assertForbidden(Api.as(user).put("/api/talents/" + id, change));
            assertForbidden(Api.as(user).delete("/api/talents/" + id));
        }
        assertEquals(before, read(id), "a refused change must leave the record as it was");
    }

    @Test
    void aManagerMayReadButAReviewerMayNot() {
        // a reviewer reads their assigned nominees through the award, never the registry (ReviewerPrivilegeIT)
        assertForbidden(Api.as("reviewer1").get("/api/talents?limit=3"));
        for (String user : new String[] {"mgr-fatong"}) {
            Api.Reply list = Api.as(user).get("/api/talents?limit=3");
            assertEquals(200, list.status(), list::body);
            assertEquals(3, list.json().getJsonArray("rows").size());
            long id = list.json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
            Api.Reply one = Api.as(user).get("/api/talents/" + id);
            assertEquals(200, one.status(), one::body);
            assertEquals(id, one.json().getJsonNumber("id").longValue());
        }
    }

    @Test
    void adminMayRegisterAndDelete() {
        Api admin = Api.as("admin");
        Api.Reply r = admin.post("/api/talents", talent(unique("管理员")).build().toString());
        assertEquals(201, r.status(), r::body);
        assertEquals(204, admin.delete("/api/talents/" + r.json().getJsonNumber("id").longValue()).status());
    }

    @Test
    void healthIsOpen() {
        Api.Reply r = Api.anonymous().get("/health");
        assertEquals(200, r.status(), r::body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/talents/list.xhtml", "/followups.xhtml", "/search.xhtml", "/search-suggest?q=ma"})
    void pagesWithoutLoginRedirectToTheLoginPage(String page) {
        Api.Reply r = Api.anonymous().get(page);
        assertEquals(302, r.status(), () -> page + " answered " + r.status());
        String location = r.header("Location");
        assertNotNull(location);
        assertTrue(location.contains("/login.xhtml"), location);
        assertNull(r.header("WWW-Authenticate"), "a page must not ask for Basic credentials");
    }

    @Test
    void loginPageIsOpen() {
        assertEquals(200, Api.anonymous().get("/login.xhtml").status());
    }
}
