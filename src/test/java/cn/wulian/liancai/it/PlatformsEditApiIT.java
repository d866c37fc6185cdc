package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.str;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Office staff and administrators create ({@code POST /api/platforms}) and edit ({@code PUT
 * /api/platforms/{code}} with the version read) platforms: every field comes back, a stale version
 * is 409, bad input is 400 naming the field and saves nothing, managers and reviewers are refused
 * (403, also for a code that does not exist), the search follows. Every platform made here is
 * deleted again, so that the other tests still see the programme's four.
 */
@ExtendWith(RunningApp.class)
class PlatformsEditApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final List<String> made = new ArrayList<>();

    /** a code no platform has: it-, a run-unique word, within the 20 characters a code may have */
    static String code() {
        return "it-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    static JsonObjectBuilder platform(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("nameEn", "Test Platform " + code)
                .add("kind", "INCUBATOR").add("address", "山东省日照市五莲县洪凝街道测试路1号").add("openedOn", "2024-03-15")
                .add("areaM2", 1250.5).add("workstations", 80).add("operator", "五莲县测试运营有限公司").add("description", "测试用的孵化器");
    }

    private JsonObject create(Api api, JsonObject body) {
        Api.Reply r = api.post("/api/platforms", body.toString());
        assertEquals(201, r.status(), () -> "creating " + body + " answered " + r.body());
        made.add(r.json().getString("code"));
        return r.json();
    }

    private JsonObject created() {
        String code = code();
        return create(OFFICE, platform(code, unique("测试平台")).build());
    }

    private static JsonObject read(String code) {
        Api.Reply r = OFFICE.get("/api/platforms/" + code);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    private static List<String> codes() {
        Api.Reply r = OFFICE.get("/api/platforms");
        assertEquals(200, r.status(), r::body);
        return ((JsonArray) r.jsonValue()).getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList();
    }

    private static JsonObject with(JsonObject body, String key, jakarta.json.JsonValue value) {
        return Json.createObjectBuilder(body).add(key, value).build();
    }

    private static JsonObject with(JsonObject body, String key, String value) {
        return with(body, key, Json.createValue(value));
    }

    private static JsonObject with(JsonObject body, String key, long value) {
        return with(body, key, Json.createValue(value));
    }

    @AfterEach
    void deleteWhatWasMade() {
        for (String code : made) {
            Api.Reply r = OFFICE.delete("/api/platforms/" + code);
            assertTrue(r.status() == 204 || r.status() == 404, () -> "deleting " + code + ": " + r.status() + " " + r.body());
        }
    }

    @Test
    void officeCreatesAPlatformReadsEveryFieldBackAndEditsItOnTheVersionRead() {
        String code = code();
        String name = unique("新建平台");
        Api.Reply r = OFFICE.post("/api/platforms", platform(code, name).build().toString());
        assertEquals(201, r.status(), r::body);
        made.add(code);
        assertTrue(r.header("Location").endsWith("/api/platforms/" + code), () -> "Location " + r.header("Location"));
        JsonObject p = read(code);
        assertAll("as read back",
                () -> assertEquals(name, p.getString("name")),
                () -> assertEquals("Test Platform " + code, p.getString("nameEn")),
                () -> assertEquals("INCUBATOR", p.getString("kind")),
                () -> assertEquals("山东省日照市五莲县洪凝街道测试路1号", p.getString("address")),
                () -> assertEquals("2024-03-15", p.getString("openedOn")),
                () -> assertEquals(0, new BigDecimal("1250.5").compareTo(p.getJsonNumber("areaM2").bigDecimalValue())),
                () -> assertEquals(80, p.getInt("workstations")),
                () -> assertEquals("五莲县测试运营有限公司", p.getString("operator")),
                () -> assertEquals("测试用的孵化器", p.getString("description")),
                () -> assertEquals(0, p.getInt("incubating")));
        assertEquals(code, codes().getLast(), "a new platform comes last in the programme's list");

        long version = p.getJsonNumber("version").longValue();
        JsonObject edit = Json.createObjectBuilder().add("name", name + " 二期").add("kind", "PARK").add("workstations", 0)
                .add("operator", "新运营方").add("version", version).build();
        Api.Reply edited = OFFICE.put("/api/platforms/" + code, edit.toString());
        assertEquals(200, edited.status(), edited::body);
        JsonObject after = read(code);
        assertAll("after the edit",
                () -> assertEquals(name + " 二期", after.getString("name")),
                () -> assertEquals("PARK", after.getString("kind")),
                () -> assertEquals(0, after.getInt("workstations")),
                () -> assertEquals("新运营方", after.getString("operator")),
                () -> assertEquals(null, str(after, "address"), "what the edit leaves out is cleared: the form sends every field"),
                () -> assertEquals(version + 1, after.getJsonNumber("version").longValue()));

        Api.Reply stale = Api.as("admin").put("/api/platforms/" + code, with(edit, "name", "过期的修改").toString());
        assertEquals(409, stale.status(), stale::body);
        assertTrue(assertErrorBody(stale).getString("error").contains("平台"), stale::body);
        assertEquals(after, read(code), "a stale edit changes nothing");

        Api.Reply byAdmin = Api.as("admin").put("/api/platforms/" + code, with(edit, "version", version + 1).toString());
        assertEquals(200, byAdmin.status(), byAdmin::body);
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsSaved() {
        List<String> before = codes();
        JsonObject good = platform(code(), unique("校验平台")).build();
        assertRejected(OFFICE.post("/api/platforms", with(good, "name", " ").toString()), "name");
        assertRejected(OFFICE.post("/api/platforms", with(good, "name", "法桐小院").toString()), "name");
        assertRejected(OFFICE.post("/api/platforms", with(good, "name", "昆山智谷").toString()), "name");
        // the same name in traditional characters
        assertRejected(OFFICE.post("/api/platforms", with(good, "name", "崑山智谷").toString()), "name");
        assertRejected(OFFICE.post("/api/platforms", with(good, "code", "fatong").toString()), "code");
        assertRejected(OFFICE.post("/api/platforms", with(good, "code", "Bad Code").toString()), "code");
        assertRejected(OFFICE.post("/api/platforms", with(good, "kind", "写字楼").toString()), "kind");
        assertRejected(OFFICE.post("/api/platforms", with(good, "workstations", -1).toString()), "workstations");
        assertRejected(OFFICE.post("/api/platforms", with(good, "areaM2", Json.createValue(new BigDecimal("-5"))).toString()), "areaM2");
        assertRejected(OFFICE.post("/api/platforms", with(good, "openedOn", Fixtures.today().plusYears(4).toString()).toString()), "openedOn");
        assertRejected(OFFICE.post("/api/platforms", with(good, "openedOn", "2024-13-45").toString()), "openedOn");
        assertRejected(OFFICE.post("/api/platforms", with(good, "workstations", "many").toString()), "workstations");
        assertRejected(OFFICE.post("/api/platforms", with(good, "description", "述".repeat(2001)).toString()), "description");
        assertRejected(OFFICE.post("/api/platforms", Json.createObjectBuilder(good).add("code", "X").add("name", "").add("workstations", -2)
                .build().toString()), "code", "name", "workstations");
        assertRejected(OFFICE.post("/api/platforms", ""), "body");
        assertEquals(before, codes(), "no refused platform was saved");

        JsonObject p = created();
        String code = p.getString("code");
        JsonObject edit = Json.createObjectBuilder(good).remove("code").add("version", p.getJsonNumber("version").longValue()).build();
        assertRejected(OFFICE.put("/api/platforms/" + code, Json.createObjectBuilder(edit).remove("version").build().toString()), "version");
        assertRejected(OFFICE.put("/api/platforms/" + code, with(edit, "name", "市北双创孵化中心").toString()), "name");
        assertRejected(OFFICE.put("/api/platforms/" + code, Json.createObjectBuilder(edit).add("name", "").add("areaM2", -1).build().toString()),
                "name", "areaM2");
        assertEquals(p, read(code), "a refused edit changes nothing");
        Api.Reply sameName = OFFICE.put("/api/platforms/" + code, with(edit, "name", p.getString("name")).toString());
        assertEquals(200, sameName.status(), () -> "a platform keeps its own name: " + sameName.body());
    }

    static Stream<Caller> roles() {
        return Stream.of(Caller.values());
    }

    /** each role creating, editing an existing platform (a manager: their own) and editing a code that does not exist */
    @ParameterizedTest
    @MethodSource("roles")
    void onlyOfficeAndAdminCreateOrEdit(Caller role) {
        JsonObject target = created();
        String code = target.getString("code");
        String existing = role.manager() ? role.platform : code;
        JsonObject existingBefore = read(existing);
        JsonObject edit = Json.createObjectBuilder().add("name", unique("改名")).add("version", existingBefore.getJsonNumber("version").longValue())
                .build();
        String newCode = code();
        Api.Reply post = role.api().post("/api/platforms", platform(newCode, unique("授权平台")).build().toString());
        if (post.status() == 201) {
            made.add(newCode);
        }
        Api.Reply put = role.api().put("/api/platforms/" + existing, edit.toString());
        Api.Reply missing = role.api().put("/api/platforms/no-such-platform", edit.toString());
        if (role.staff()) {
            assertEquals(201, post.status(), post::body);
            assertEquals(200, put.status(), put::body);
            assertEquals(404, missing.status(), missing::body);
            assertEquals(newCode, read(newCode).getString("code"));
            return;
        }
        int refusal = role == Caller.ANONYMOUS ? 401 : 403;
        assertEquals(refusal, post.status(), () -> "create as " + role + ": " + post.body());
        assertEquals(refusal, put.status(), () -> "edit as " + role + ": " + put.body());
        assertEquals(refusal, missing.status(), () -> "edit of a missing code as " + role + " is refused, not 404: " + missing.body());
        assertEquals(404, OFFICE.get("/api/platforms/" + newCode).status(), "a refused create saved nothing");
        assertEquals(existingBefore, read(existing), "a refused edit changed nothing");
        if (role != Caller.ANONYMOUS) {
            // a manager still reads platforms; a reviewer reads nothing of the registry (least privilege)
            int read = role.api().get("/api/platforms/" + existing).status();
            assertEquals(role.name().startsWith("REVIEWER") ? 403 : 200, read, "what " + role + " reads");
        }
    }

    @Test
    void theSearchFindsTheOperatorAndTheDescriptionAndFollowsARename() {
        String operator = unique("运营方");
        String description = unique("简介词");
        String oldName = unique("改名前平台");
        String code = code();
        create(OFFICE, platform(code, oldName).add("operator", operator).add("description", "位于 " + description + " 的孵化器").build());
        assertEquals(List.of(oldName), titles(operator, "platform"));
        assertEquals(List.of(oldName), titles(description, "platform"));
        assertEquals(List.of(oldName), titles(operator, "platform", Api.as("mgr-kunshan")), "a manager finds platforms, as they read them");

        JsonObject team = TeamFixtures.createTeam(OFFICE, TeamFixtures.team(unique("平台改名团队"), code).build());
        assertEquals(List.of(id(team)), teamIds(oldName));

        String newName = unique("改名后平台");
        JsonObject edit = platform(code, newName).remove("code").add("operator", operator)
                .add("version", read(code).getJsonNumber("version").longValue()).build();
        Api.Reply renamed = OFFICE.put("/api/platforms/" + code, edit.toString());
        assertEquals(200, renamed.status(), renamed::body);
        assertEquals(List.of(newName), titles(newName, "platform"));
        assertEquals(List.of(), titles(oldName, "platform"), "the old name no longer finds it");
        assertEquals(List.of(newName), titles(operator, "platform"));
        assertEquals(List.of(), titles(description, "platform"), "nor the description it no longer has");
        assertEquals(List.of(id(team)), teamIds(newName), "the team housed there shows the new name");
        assertEquals(List.of(), teamIds(oldName));

        assertEquals(204, OFFICE.delete("/api/teams/" + id(team)).status(), "the team goes first, so that the platform can be deleted");
    }

    private static List<String> titles(String q, String type) {
        return titles(q, type, OFFICE);
    }

    private static List<String> titles(String q, String type, Api api) {
        Api.Reply r = api.get("/api/search?limit=100&type=" + type + "&q=" + Api.q(q));
        assertEquals(200, r.status(), () -> "search " + q + ": " + r.body());
        return r.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("title")).toList();
    }

    private static List<Long> teamIds(String q) {
        Api.Reply r = OFFICE.get("/api/search?limit=100&type=team&q=" + Api.q(q));
        assertEquals(200, r.status(), r::body);
        return Fixtures.hitIds(r.json());
    }
}
