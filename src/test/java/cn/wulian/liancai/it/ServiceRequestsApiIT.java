package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /api/service-requests} and {@code /api/service-catalog} over HTTP: a request's whole way
 * from filing to closing with the talent's rating, reopening, the officer's reminders, the figures,
 * bad input (a 400 naming the field, nothing saved), and who may do what — each caller against each
 * step on a request of their own platform, of another platform and on an id that does not exist.
 */
@ExtendWith(RunningApp.class)
class ServiceRequestsApiIT {

    static final long NO_SUCH_REQUEST = 987_654_321L;

    static Api.Reply file(Api api, String kind, String subjectKind, long subjectId, String description) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("kind", kind).add("subjectKind", subjectKind).add("subjectId", subjectId);
        if (description != null) {
            b.add("description", description);
        }
        return api.post("/api/service-requests", b.build().toString());
    }

    static JsonObject filed(String platform) {
        Api.Reply r = file(OFFICE, "registration", "TEAM", ApplicationFixtures.team(platform), "集成测试：申请食品经营许可");
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    static Api.Reply step(Api api, long id, JsonObjectBuilder body) {
        return api.post("/api/service-requests/" + id + "/steps", body.build().toString());
    }

    static JsonObjectBuilder action(String action, long version) {
        return Json.createObjectBuilder().add("action", action).add("version", version);
    }

    static JsonObject stepOk(JsonObject r, JsonObjectBuilder body) {
        Api.Reply reply = step(OFFICE, id(r), body);
        assertEquals(200, reply.status(), reply::body);
        return reply.json();
    }

    /** a field the JSON leaves out when it has no value */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static long version(JsonObject r) {
        return r.getJsonNumber("version").longValue();
    }

    @Test
    void aRequestGoesAllTheWayAndEveryStepIsOnItsTimeline() {
        JsonObject r = filed("fatong");
        assertEquals("RECEIVED", r.getString("status"));
        assertEquals(Fixtures.today().toString(), r.getString("receivedOn"));
        assertEquals("xzsp", r.getString("department"), "the kind's usual department");
        LocalDate due = LocalDate.parse(r.getString("dueOn"));
        assertTrue(due.isAfter(Fixtures.today()), "due after today: " + due);
        assertEquals(5, r.getInt("targetDays"));
        assertEquals(List.of("ASSIGN", "NOTE"), r.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        r = stepOk(r, action("ASSIGN", version(r)).add("department", "scjg").add("officer", "office2").add("note", "转市场监管局"));
        assertEquals("ASSIGNED", r.getString("status"));
        assertEquals("scjg", r.getString("department"));
        assertEquals("office2", r.getString("officer"));
        r = stepOk(r, action("START", version(r)));
        r = stepOk(r, action("NOTE", version(r)).add("note", "已电话联系团队负责人"));
        assertEquals("IN_PROGRESS", r.getString("status"), "a note changes no status");
        r = stepOk(r, action("RESOLVE", version(r)).add("note", "许可证已发放"));
        assertEquals("RESOLVED", r.getString("status"));
        assertTrue(r.getBoolean("onTime"));
        assertEquals(0, r.getInt("daysToSettle"));
        r = stepOk(r, action("CLOSE", version(r)).add("satisfaction", 5).add("note", "很满意"));
        assertEquals("CLOSED", r.getString("status"));
        assertEquals(5, r.getInt("satisfaction"));
        assertEquals("很满意", r.getString("satisfactionNote"));

        List<String> timeline = OFFICE.get("/api/service-requests/" + id(r) + "/steps").jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("action") + ":" + s.getString("by")).toList();
        assertEquals(List.of("RECEIVE:office", "ASSIGN:office", "START:office", "NOTE:office", "RESOLVE:office", "CLOSE:office"), timeline);

        r = stepOk(r, action("REOPEN", version(r)).add("note", "许可证信息有误"));
        assertEquals("IN_PROGRESS", r.getString("status"));
        assertTrue(absent(r, "resolvedOn"), r::toString);
        assertTrue(absent(r, "satisfaction"), r::toString);
        assertTrue(absent(r, "onTime"), "open again: not settled");
    }

    @Test
    void aTalentsRequestStepsAreOnTheTalentsTimelineBesideTheContacts() {
        long talent = id(Fixtures.create(Fixtures.talent(Fixtures.unique("时间线"))));
        Api.Reply contact = OFFICE.post("/api/talents/" + talent + "/interactions", Json.createObjectBuilder().add("kind", "CALL")
                .add("occurredAt", Fixtures.today().minusDays(1) + "T09:30").add("summary", "电话了解子女入学需求").build().toString());
        assertEquals(201, contact.status(), contact::body);
        Api.Reply filed = file(OFFICE, "schooling", "TALENT", talent, "集成测试：子女入学");
        assertEquals(201, filed.status(), filed::body);
        JsonObject r = stepOk(filed.json(), action("ASSIGN", version(filed.json())).add("department", "jtj").add("officer", "office2"));

        List<JsonObject> timeline = OFFICE.get("/api/talents/" + talent + "/timeline").jsonValue().asJsonArray().getValuesAs(JsonObject.class);

        assertEquals(3, timeline.size(), timeline::toString);
        JsonObject assigned = timeline.get(0).getJsonObject("event");
        assertTrue(assigned.getString("what").startsWith("交办"), assigned::toString);
        assertTrue(assigned.getString("what").contains("教育和体育局") && assigned.getString("what").contains("刘海涛"), assigned::toString);
        assertEquals("/services/view.xhtml?id=" + id(r), assigned.getString("href"));
        assertTrue(assigned.getString("record").contains("#" + id(r)), assigned::toString);
        assertTrue(timeline.get(1).getJsonObject("event").getString("what").startsWith("受理"), timeline::toString);
        assertEquals("电话了解子女入学需求", timeline.get(2).getJsonObject("contact").getString("summary"), "yesterday's call last: newest first");
        assertEquals(403, Api.as("mgr-fatong").get("/api/talents/" + talent + "/timeline").status(), "the timeline is the office's");
        assertEquals(403, Api.as("reviewer1").get("/api/talents/" + talent + "/timeline").status());
        assertEquals(404, OFFICE.get("/api/talents/987654321/timeline").status());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndSavesNothing() {
        long before = Fixtures.total(OFFICE, "/api/service-requests");
        long team = ApplicationFixtures.team("fatong");
        assertRejected(file(OFFICE, "no-such-kind", "TEAM", team, "x"), "kind");
        assertRejected(file(OFFICE, "housing", "TEAM", team, " "), "description");
        assertRejected(file(OFFICE, "housing", "GROUP", team, "x"), "subjectKind");
        assertRejected(OFFICE.post("/api/service-requests", "{\"kind\": \"housing\", \"subjectKind\": \"TEAM\", \"subjectId\": " + team
                + ", \"description\": \"x\", \"receivedOn\": \"" + Fixtures.today().plusDays(1) + "\"}"), "receivedOn");
        assertRejected(OFFICE.post("/api/service-requests", "{\"kind\": \"housing\", \"subjectKind\": \"TEAM\", \"subjectId\": " + team
                + ", \"description\": \"x\", \"department\": \"nowhere\"}"), "department");
        assertEquals(404, file(OFFICE, "housing", "TEAM", 987_654_321L, "x").status(), "a team that does not exist");
        assertEquals(before, Fixtures.total(OFFICE, "/api/service-requests"), "nothing filed");

        JsonObject r = filed("shibei");
        String snapshot = OFFICE.get("/api/service-requests/" + id(r)).body();
        assertRejected(step(OFFICE, id(r), action("ASSIGN", version(r))), "officer");
        assertRejected(step(OFFICE, id(r), action("ASSIGN", version(r)).add("officer", "reviewer1")), "officer");
        assertRejected(step(OFFICE, id(r), action("ASSIGN", version(r)).add("officer", "nobody-here")), "officer");
        assertRejected(step(OFFICE, id(r), action("RESOLVE", version(r)).add("note", "好了")), "action");
        assertRejected(step(OFFICE, id(r), action("FLY", version(r))), "action");
        assertRejected(step(OFFICE, id(r), action("NOTE", version(r))), "note");
        assertEquals(409, step(OFFICE, id(r), action("NOTE", version(r) + 5).add("note", "旧版本")).status(), "a stale version");
        assertEquals(snapshot, OFFICE.get("/api/service-requests/" + id(r)).body(), "a refused step changes nothing");
        assertRejected(OFFICE.get("/api/service-requests?limit=abc"), "limit");
    }

    @Test
    void theOfficersRemindersAndTheOfficesOverdueList() {
        long team = ApplicationFixtures.team("kunshan");
        // received long enough ago to be overdue by now: 5 working days of a registration are at most 9 calendar days
        Api.Reply old = OFFICE.post("/api/service-requests", Json.createObjectBuilder().add("kind", "registration").add("subjectKind", "TEAM")
                .add("subjectId", team).add("description", "集成测试：逾期").add("receivedOn", Fixtures.today().minusDays(20).toString()).build().toString());
        assertEquals(201, old.status(), old::body);
        JsonObject late = old.json();
        assertTrue(late.getBoolean("overdue"), late::toString);
        stepOk(late, action("ASSIGN", version(late)).add("officer", "office2"));
        JsonObject fresh = filed("kunshan");
        stepOk(fresh, action("ASSIGN", version(fresh)).add("officer", "office2"));

        List<Long> reminders = ids(Api.as("office2").get("/api/service-requests/reminders"));
        assertTrue(reminders.contains(id(late)), "overdue: on the officer's reminders");
        assertFalse(reminders.contains(id(fresh)), "due in five working days: not yet");
        assertFalse(ids(OFFICE.get("/api/service-requests/reminders")).contains(id(late)), "another officer's");
        assertTrue(ids(OFFICE.get("/api/service-requests?due=overdue&limit=200")).contains(id(late)));
        assertFalse(ids(OFFICE.get("/api/service-requests?due=overdue&limit=200")).contains(id(fresh)));
        assertEquals(403, Api.as("mgr-kunshan").get("/api/service-requests/reminders").status(), "reminders are the office's");

        JsonObject figures = OFFICE.get("/api/service-requests/figures").json();
        JsonObject xzsp = figures.getJsonArray("backlog").getValuesAs(JsonObject.class).stream()
                .filter(b -> "xzsp".equals(b.getString("department"))).findFirst().orElseThrow();
        assertTrue(xzsp.getJsonNumber("overdue").longValue() >= 1, xzsp::toString);
        assertEquals(Fixtures.today().getYear(), figures.getInt("year"));
        assertEquals(12, figures.getJsonArray("months").size());
        assertRejected(OFFICE.get("/api/service-requests/figures?year=1900"), "year");
        assertEquals(403, Api.as("mgr-kunshan").get("/api/service-requests/figures").status());
        byte[] xlsx = OFFICE.download("/api/service-requests/figures/export");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(4, book.getNumberOfSheets());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFiguresCountOnTimeAndLateSettlementsPerDepartment() {
        JsonObject before = department(OFFICE.get("/api/service-requests/figures").json(), "jrb");
        long team = ApplicationFixtures.team("cas");
        JsonObject onTime = filedAs("financing", team, Fixtures.today());
        settle(onTime, Fixtures.today(), 4);
        JsonObject late = filedAs("financing", team, Fixtures.today().minusDays(40));
        settle(late, Fixtures.today(), 2);
        JsonObject after = department(OFFICE.get("/api/service-requests/figures").json(), "jrb");
        assertEquals(count(before, "settled") + 2, count(after, "settled"));
        assertEquals(count(before, "onTime") + 1, count(after, "onTime"));
        assertEquals(count(before, "rated") + 2, count(after, "rated"));
    }

    static JsonObject filedAs(String kind, long team, LocalDate receivedOn) {
        Api.Reply r = OFFICE.post("/api/service-requests", Json.createObjectBuilder().add("kind", kind).add("subjectKind", "TEAM")
                .add("subjectId", team).add("description", "集成测试：统计").add("receivedOn", receivedOn.toString()).build().toString());
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    static void settle(JsonObject r, LocalDate on, int rating) {
        r = stepOk(r, action("ASSIGN", version(r)).add("officer", "office"));
        r = stepOk(r, action("START", version(r)));
        r = stepOk(r, action("RESOLVE", version(r)).add("note", "已办结").add("resolvedOn", on.toString()));
        stepOk(r, action("CLOSE", version(r)).add("satisfaction", rating));
    }

    static JsonObject department(JsonObject figures, String code) {
        return figures.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .filter(d -> code.equals(d.getString("department"))).findFirst().orElseThrow();
    }

    static long count(JsonObject row, String field) {
        return row.getJsonNumber(field).longValue();
    }

    static List<Long> ids(Api.Reply r) {
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(Fixtures::id).toList();
    }

    // ---- who may do what

    enum Access { MANAGER_TOO, OFFICE_ONLY }

    enum Endpoint {
        READ(Access.MANAGER_TOO, 200, (api, r) -> api.get("/api/service-requests/" + id(r))),
        STEPS(Access.MANAGER_TOO, 200, (api, r) -> api.get("/api/service-requests/" + id(r) + "/steps")),
        NOTE(Access.MANAGER_TOO, 200, (api, r) -> step(api, id(r), action("NOTE", version(r)).add("note", "团队反馈材料已备齐"))),
        ASSIGN(Access.OFFICE_ONLY, 200, (api, r) -> step(api, id(r), action("ASSIGN", version(r)).add("officer", "office"))),
        START(Access.OFFICE_ONLY, 200, (api, r) -> step(api, id(r), action("START", version(r)))),
        RESOLVE(Access.OFFICE_ONLY, 200, (api, r) -> step(api, id(r), action("RESOLVE", version(r)).add("note", "已办结")));

        final Access access;
        final int success;
        final BiFunction<Api, JsonObject, Api.Reply> call;

        Endpoint(Access access, int success, BiFunction<Api, JsonObject, Api.Reply> call) {
            this.access = access;
            this.success = success;
            this.call = call;
        }

        /** a request ready for this endpoint */
        JsonObject prepare(String platform) {
            JsonObject r = filed(platform);
            if (this == START || this == RESOLVE) {
                r = stepOk(r, action("ASSIGN", version(r)).add("officer", "office"));
            }
            if (this == RESOLVE) {
                r = stepOk(r, action("START", version(r)));
            }
            return r;
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(Caller.values()).flatMap(c -> Stream.of(Endpoint.values()).map(e -> Arguments.of(c, e)));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("matrix")
    void onEachRequest(Caller caller, Endpoint endpoint) {
        JsonObject own = endpoint.prepare(caller.ownPlatform());
        JsonObject other = endpoint.prepare(caller.otherPlatform());
        JsonObject none = Json.createObjectBuilder(other).add("id", NO_SUCH_REQUEST).build();
        String ownBefore = snapshot(id(own));
        String otherBefore = snapshot(id(other));
        String what = endpoint + " as " + caller;
        Api.Reply mine = endpoint.call.apply(caller.api(), own);
        Api.Reply theirs = endpoint.call.apply(caller.api(), other);
        Api.Reply missing = endpoint.call.apply(caller.api(), none);
        ScopeMatrix.check(caller, endpoint.access == Access.OFFICE_ONLY, endpoint.success, what, mine, theirs, missing,
                ownBefore, () -> snapshot(id(own)), otherBefore, () -> snapshot(id(other)));
    }

    static String snapshot(long id) {
        return OFFICE.get("/api/service-requests/" + id).body();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void listingAndFiling(Caller caller) {
        JsonObject other = filed(caller.otherPlatform());
        Api.Reply list = caller.api().get("/api/service-requests?limit=200&status=RECEIVED");
        Api.Reply forOwn = file(caller.api(), "housing", "TEAM", ApplicationFixtures.team(caller.ownPlatform()), "集成测试：权限");
        Api.Reply forOther = file(caller.api(), "housing", "TEAM", ApplicationFixtures.team(caller.otherPlatform()), "集成测试：权限");
        Api.Reply forTalent = file(caller.api(), "housing", "TALENT", id(Fixtures.create(Fixtures.talent(Fixtures.unique("服务对象")))), "集成测试");
        Api.Reply kinds = caller.api().get("/api/service-catalog/kinds");
        Api.Reply newKind = caller.api().post("/api/service-catalog/kinds", "{\"code\": \"" + Fixtures.unique("k").toLowerCase().replaceAll("[^a-z0-9]", "")
                + "\", \"name\": \"测试类型\", \"targetDays\": 3}");
        if (caller.refusal() != 0) {
            for (Api.Reply r : List.of(list, forOwn, forOther, forTalent, kinds, newKind)) {
                assertEquals(caller.refusal(), r.status(), () -> caller + ": " + r.body());
            }
            return;
        }
        assertEquals(200, list.status(), list::body);
        List<JsonObject> rows = list.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(201, forOwn.status(), forOwn::body);
        assertEquals(200, kinds.status(), kinds::body);
        if (caller.manager()) {
            assertTrue(rows.stream().allMatch(r -> caller.platform.equals(r.getString("platform"))), list::body);
            assertEquals(403, forOther.status(), forOther::body);
            assertEquals(403, forTalent.status(), "a talent's requests are the office's: " + forTalent.body());
            assertEquals(403, newKind.status(), "the catalogue is the office's");
        } else {
            assertTrue(rows.stream().anyMatch(r -> id(r) == id(other)), list::body);
            assertEquals(201, forOther.status(), forOther::body);
            assertEquals(201, forTalent.status(), forTalent::body);
            assertEquals(201, newKind.status(), newKind::body);
        }
    }

    @Test
    void theCatalogueIsKeptByTheOfficeAndRefusesWhatMakesNoSense() {
        Api.Reply day = OFFICE.put("/api/service-catalog/calendar/2031-10-01", "{\"working\": false, \"name\": \"国庆节\"}");
        assertEquals(200, day.status(), day::body);
        assertTrue(OFFICE.get("/api/service-catalog/calendar?year=2031").body().contains("国庆节"));
        assertRejected(OFFICE.put("/api/service-catalog/calendar/2031-10-04", "{\"working\": false}"), "working");
        assertRejected(OFFICE.put("/api/service-catalog/calendar/not-a-date", "{\"working\": false}"), "date");
        assertEquals(204, OFFICE.delete("/api/service-catalog/calendar/2031-10-01").status());
        assertEquals(404, OFFICE.delete("/api/service-catalog/calendar/2031-10-01").status());
        assertRejected(OFFICE.post("/api/service-catalog/kinds", "{\"code\": \"Bad Code\", \"name\": \"\", \"targetDays\": 0}"),
                "code", "name", "targetDays");
        assertRejected(OFFICE.post("/api/service-catalog/kinds", "{\"code\": \"housing\", \"name\": \"重复\", \"targetDays\": 5}"), "code");
        JsonObject housing = OFFICE.get("/api/service-catalog/kinds").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(k -> "housing".equals(k.getString("code"))).findFirst().orElseThrow();
        assertEquals(409, OFFICE.put("/api/service-catalog/kinds/housing", "{\"name\": \"住房\", \"targetDays\": 15, \"version\": "
                + (housing.getJsonNumber("version").longValue() + 3) + "}").status(), "a stale version");
        assertEquals(404, OFFICE.put("/api/service-catalog/kinds/nothing", "{\"name\": \"x\", \"version\": 0}").status());
        assertNotNull(housing.getString("departmentName"));
    }
}
