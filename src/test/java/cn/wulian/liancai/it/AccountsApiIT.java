package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/accounts} and {@code /api/me}: the office administers its own accounts. Who may do
 * what (administrators everything, office staff managers' and reviewers' accounts only, nobody
 * else anything), one-time passwords that must be changed before anything else, disabling that
 * takes effect at once, and bad input refused naming the field with nothing saved.
 */
@ExtendWith(RunningApp.class)
class AccountsApiIT {

    static final Api ADMIN = Api.as("admin");
    static final Api OFFICE = Api.as("office");
    static final String ONE_TIME = "temporary pass 2026";
    static final String OWN = "my own good phrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /*
     * Accounts made here are platform managers of 中科院知识产权小镇 unless the test is about a role:
     * an enabled reviewer would join the award committees the award tests set up.
     */
    static String username() {
        return "it-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    static JsonObjectBuilder account(String username, String role, String platform) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username).add("displayName", "测试 " + username)
                .add("role", role).add("password", ONE_TIME).add("email", username + "@liancai.example");
        return platform == null ? b : b.add("platform", platform);
    }

    /** a new account whose holder has already chosen their own password {@link #OWN} */
    static JsonObject ready(String role, String platform) {
        String name = username();
        Api.Reply created = ADMIN.post("/api/accounts", account(name, role, platform).build().toString());
        assertEquals(201, created.status(), created.body());
        Api.Reply changed = Api.as(name, ONE_TIME).put("/api/me/password",
                Json.createObjectBuilder().add("currentPassword", ONE_TIME).add("newPassword", OWN).build().toString());
        assertEquals(200, changed.status(), changed.body());
        return changed.json();
    }

    static long total(Api api, String query) {
        Api.Reply r = api.get("/api/accounts?limit=1" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    @Test
    void aNewAccountsOneTimePasswordMustBeChangedBeforeAnythingElse() {
        String name = username();
        Api.Reply created = ADMIN.post("/api/accounts", account(name, "PLATFORM_MANAGER", "cas").build().toString());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/accounts/" + name), created.header("Location"));
        JsonObject json = created.json();
        assertTrue(json.getBoolean("mustChangePassword"));
        assertTrue(json.getBoolean("enabled"));
        assertFalse(json.containsKey("passwordHash"), "the hash never leaves the server");

        Api holder = Api.as(name, ONE_TIME);
        Api.Reply refused = holder.get("/api/awards/cycles");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(assertErrorBody(refused).getJsonObject("fields").containsKey("password"), refused.body());
        assertEquals(403, holder.get("/api/me").status(), "only the password change itself is open");

        Api.Reply weak = holder.put("/api/me/password", Json.createObjectBuilder()
                .add("currentPassword", ONE_TIME).add("newPassword", "1234567890").build().toString());
        assertRejected(weak, "newPassword");
        Api.Reply changed = holder.put("/api/me/password", Json.createObjectBuilder()
                .add("currentPassword", ONE_TIME).add("newPassword", OWN).build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertFalse(changed.json().getBoolean("mustChangePassword"));

        assertEquals(401, holder.get("/api/me").status(), "the one-time password is spent");
        Api own = Api.as(name, OWN);
        assertEquals(name, own.get("/api/me").json().getString("username"));
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentOneAndFollowsTheRules() {
        JsonObject me = ready("PLATFORM_MANAGER", "cas");
        Api holder = Api.as(me.getString("username"), OWN);
        assertRejected(holder.put("/api/me/password", Json.createObjectBuilder()
                .add("currentPassword", "not my password").add("newPassword", "another fine phrase").build().toString()), "currentPassword");
        assertRejected(holder.put("/api/me/password", Json.createObjectBuilder()
                .add("currentPassword", OWN).add("newPassword", "short").build().toString()), "newPassword");
        assertRejected(holder.put("/api/me/password", Json.createObjectBuilder()
                .add("currentPassword", OWN).add("newPassword", me.getString("username") + "-pass").build().toString()), "newPassword");
        assertRejected(holder.put("/api/me/password", Json.createObjectBuilder()
                .add("currentPassword", OWN).add("newPassword", "password123").build().toString()), "newPassword");
        assertEquals(200, holder.get("/api/me").status(), "nothing changed: the password still works");
    }

    @Test
    void badInputNamesEveryFieldAndCreatesNothing() {
        long before = total(ADMIN, "");
        Api.Reply r = ADMIN.post("/api/accounts", Json.createObjectBuilder().add("username", "Bad Name").add("displayName", "")
                .add("role", "PLATFORM_MANAGER").add("password", "short").add("email", "nope").build().toString());
        assertRejected(r, "username", "displayName", "platform", "password", "email");
        assertRejected(ADMIN.post("/api/accounts", account(username(), "PLATFORM_MANAGER", "no-such-platform").build().toString()), "platform");
        assertRejected(ADMIN.post("/api/accounts", account(username(), "KING", null).build().toString()), "role");
        assertRejected(ADMIN.post("/api/accounts", account(username(), "OFFICE", "fatong").build().toString()), "platform");
        assertRejected(ADMIN.post("/api/accounts", account("office", "REVIEWER", null).build().toString()), "username");
        assertRejected(ADMIN.post("/api/accounts", account(username(), "REVIEWER", null).add("talentId", 999_999_999).build().toString()), "talentId");
        assertEquals(400, ADMIN.send("POST", "/api/accounts", "application/json", "{not json").status());
        assertEquals(before, total(ADMIN, ""));
    }

    @Test
    void officeStaffManageManagersAndReviewersOnly() {
        String reviewer = username();
        assertEquals(201, OFFICE.post("/api/accounts", account(reviewer, "REVIEWER", null).build().toString()).status());
        String manager = username();
        assertEquals(201, OFFICE.post("/api/accounts", account(manager, "PLATFORM_MANAGER", "shibei").build().toString()).status());
        assertEquals(403, OFFICE.post("/api/accounts", account(username(), "OFFICE", null).build().toString()).status());
        assertEquals(403, OFFICE.post("/api/accounts", account(username(), "ADMIN", null).build().toString()).status());

        JsonObject colleague = OFFICE.get("/api/accounts/office2").json();
        assertEquals(403, OFFICE.post("/api/accounts/office2/disable", version(colleague)).status());
        assertEquals(403, OFFICE.put("/api/accounts/office2", Json.createObjectBuilder().add("displayName", "x").add("role", "OFFICE")
                .add("version", colleague.getJsonNumber("version").longValue()).build().toString()).status());
        JsonObject r = OFFICE.get("/api/accounts/" + reviewer).json();
        assertEquals(403, OFFICE.put("/api/accounts/" + reviewer, Json.createObjectBuilder().add("displayName", "x").add("role", "OFFICE")
                .add("version", r.getJsonNumber("version").longValue()).build().toString()).status(), "nor make someone office staff");
        assertEquals("REVIEWER", OFFICE.get("/api/accounts/" + reviewer).json().getString("role"));
        assertEquals(200, OFFICE.post("/api/accounts/" + reviewer + "/disable", version(r)).status());
        assertEquals(403, OFFICE.delete("/api/accounts/" + manager).status(), "deleting is the administrator's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mgr-fatong", "reviewer1"})
    void managersAndReviewersSeeNoAccounts(String user) {
        Api api = Api.as(user);
        assertEquals(403, api.get("/api/accounts").status());
        assertEquals(403, api.get("/api/accounts/office").status());
        assertEquals(403, api.post("/api/accounts", account(username(), "REVIEWER", null).build().toString()).status());
        assertEquals(403, api.post("/api/accounts/reviewer2/disable", "{\"version\":0}").status());
        assertEquals(403, api.put("/api/accounts/reviewer2/password", "{\"newPassword\":\"a fine new phrase\",\"version\":0}").status());
        assertEquals(200, api.get("/api/me").status(), "their own account they see");
        assertEquals(user, api.get("/api/me").json().getString("username"));
    }

    @Test
    void aMissingAccountIs404() {
        assertEquals(404, ADMIN.get("/api/accounts/no-such-user").status());
        assertEquals(404, ADMIN.post("/api/accounts/no-such-user/disable", "{\"version\":0}").status());
        assertEquals(404, ADMIN.put("/api/accounts/no-such-user/password", "{\"newPassword\":\"a fine new phrase\",\"version\":0}").status());
        assertEquals(404, OFFICE.get("/api/accounts/no-such-user").status());
    }

    @Test
    void disablingEndsLoginsAtOnceAndEnablingRestoresThem() {
        JsonObject me = ready("PLATFORM_MANAGER", "fatong");
        String name = me.getString("username");
        Api holder = Api.as(name, OWN);
        assertEquals(200, holder.get("/api/teams?limit=1").status());

        JsonObject shown = ADMIN.get("/api/accounts/" + name).json();
        Api.Reply disabled = ADMIN.post("/api/accounts/" + name + "/disable", version(shown));
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, holder.get("/api/teams?limit=1").status(), "a remembered credential does not outlive the change");
        assertEquals(1, total(ADMIN, "&status=disabled&q=" + name));

        assertEquals(409, ADMIN.post("/api/accounts/" + name + "/enable", version(shown)).status(), "the version read before disabling is stale");
        assertRejected(ADMIN.post("/api/accounts/" + name + "/enable", "{}"), "version");
        Api.Reply enabled = ADMIN.post("/api/accounts/" + name + "/enable", version(disabled.json()));
        assertEquals(200, enabled.status(), enabled.body());
        assertEquals(200, holder.get("/api/teams?limit=1").status());
    }

    @Test
    void aResetPasswordIsOneTimeAndTheOldOneStopsWorking() {
        JsonObject me = ready("PLATFORM_MANAGER", "cas");
        String name = me.getString("username");
        JsonObject shown = ADMIN.get("/api/accounts/" + name).json();
        assertRejected(ADMIN.put("/api/accounts/" + name + "/password", Json.createObjectBuilder().add("newPassword", "short")
                .add("version", shown.getJsonNumber("version").longValue()).build().toString()), "newPassword");
        Api.Reply reset = ADMIN.put("/api/accounts/" + name + "/password", Json.createObjectBuilder().add("newPassword", "handed over 2026")
                .add("version", shown.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, reset.status(), reset.body());
        assertTrue(reset.json().getBoolean("mustChangePassword"));
        assertEquals(401, Api.as(name, OWN).get("/api/me").status());
        assertEquals(403, Api.as(name, "handed over 2026").get("/api/me").status(), "one-time: to be changed first");
    }

    @Test
    void editingNeedsTheVersionReadAndChangesRoleAndPlatform() {
        JsonObject me = ready("PLATFORM_MANAGER", "fatong");
        String name = me.getString("username");
        JsonObject shown = ADMIN.get("/api/accounts/" + name).json();
        JsonObjectBuilder edit = Json.createObjectBuilder().add("displayName", "改名 " + name).add("role", "PLATFORM_MANAGER")
                .add("platform", "kunshan").add("email", name + "@example.org");
        assertRejected(ADMIN.put("/api/accounts/" + name, edit.build().toString()), "version");
        edit = Json.createObjectBuilder().add("displayName", "改名 " + name).add("role", "PLATFORM_MANAGER")
                .add("platform", "kunshan").add("email", name + "@example.org").add("version", shown.getJsonNumber("version").longValue());
        Api.Reply saved = ADMIN.put("/api/accounts/" + name, edit.build().toString());
        assertEquals(200, saved.status(), saved.body());
        assertEquals("kunshan", saved.json().getString("platform"));
        assertEquals("改名 " + name, saved.json().getString("displayName"));
        assertEquals(409, ADMIN.put("/api/accounts/" + name, Json.createObjectBuilder().add("displayName", "again").add("role", "PLATFORM_MANAGER")
                .add("platform", "fatong").add("version", shown.getJsonNumber("version").longValue()).build().toString()).status());
        assertEquals("kunshan", Api.as(name, OWN).get("/api/me").json().getString("platform"), "the new platform applies at once");
    }

    @Test
    void nobodyDisablesThemselvesOrChangesTheirOwnRole() {
        JsonObject admin = ADMIN.get("/api/accounts/admin").json();
        assertRejected(ADMIN.post("/api/accounts/admin/disable", version(admin)), "enabled");
        assertRejected(ADMIN.put("/api/accounts/admin", Json.createObjectBuilder().add("displayName", admin.getString("displayName"))
                .add("role", "OFFICE").add("version", admin.getJsonNumber("version").longValue()).build().toString()), "role");
        assertTrue(ADMIN.get("/api/accounts/admin").json().getBoolean("enabled"));
    }

    @Test
    void theListFiltersByRolePlatformAndName() {
        Api.Reply managers = ADMIN.get("/api/accounts?role=PLATFORM_MANAGER&platform=fatong&limit=50");
        assertEquals(200, managers.status(), managers.body());
        assertTrue(managers.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getString("role").equals("PLATFORM_MANAGER") && a.getString("platform").equals("fatong")), managers.body());
        assertTrue(managers.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("username").equals("mgr-fatong")), managers.body());
        assertEquals(1, total(ADMIN, "&q=office2"));
        JsonObject byName = ADMIN.get("/api/accounts?sort=username&order=desc&limit=2").json();
        String first = byName.getJsonArray("rows").getJsonObject(0).getString("username");
        String second = byName.getJsonArray("rows").getJsonObject(1).getString("username");
        assertTrue(first.compareTo(second) > 0, first + " before " + second);
    }

    private static String version(JsonObject account) {
        return "{\"version\":" + account.getJsonNumber("version").longValue() + "}";
    }
}
