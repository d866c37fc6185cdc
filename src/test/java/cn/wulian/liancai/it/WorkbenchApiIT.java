package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /api/workbench} per role: the office's sections with figures that agree with the lists
 * they link to, each manager's sections of their own platform only, and a reviewer or nobody
 * refused as by the rest of the API.
 */
@ExtendWith(RunningApp.class)
class WorkbenchApiIT {

    static JsonObject workbench(Api api) {
        Api.Reply r = api.get("/api/workbench");
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    static Map<String, JsonObject> sections(JsonObject workbench) {
        return workbench.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("key"), s -> s, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static long count(JsonObject section) {
        return section.getJsonNumber("count").longValue();
    }

    static List<Long> rowIds(JsonObject section) {
        return section.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    static long total(Api api, String list) {
        Api.Reply r = api.get(list);
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonNumber("total").longValue();
    }

    /** a talent the office has contacted long ago and agreed to follow up the day after: overdue, and first in its group */
    static long overdueTalent() {
        long talentId = id(create(talent(unique("工作台跟进"))));
        Api.Reply logged = OFFICE.post("/api/talents/" + talentId + "/interactions", Json.createObjectBuilder()
                .add("kind", "CALL").add("occurredAt", "1990-01-01T10:00:00").add("summary", "电话联系")
                .add("followUpOn", "1990-01-02").build().toString());
        assertEquals(201, logged.status(), logged::body);
        return talentId;
    }

    @Test
    void theOfficeSeesItsFollowUpsGroupedAndTheQueuesAsTheirListsCountThem() {
        long talentId = overdueTalent();
        JsonObject wb = workbench(OFFICE);
        assertEquals("OFFICE", wb.getString("role"));
        assertEquals(LocalDate.now(Fixtures.COUNTY).toString(), wb.getString("today"));
        Map<String, JsonObject> sections = sections(wb);
        assertEquals(List.of("followups", "decide", "pay", "imports", "yellow"), List.copyOf(sections.keySet()));

        JsonObject followUps = sections.get("followups");
        List<JsonObject> groups = followUps.getJsonArray("groups").getValuesAs(JsonObject.class);
        assertEquals(List.of("OVERDUE", "THIS_WEEK", "LATER"), groups.stream().map(g -> g.getString("key")).toList());
        assertEquals(count(groups.get(0)) + count(groups.get(1)), count(followUps), "the heading counts overdue and this week");
        // overdue since 1990: among the first rows of the group, whatever other tests left there
        JsonObject first = groups.get(0).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("talentId").longValue() == talentId).findFirst()
                .orElseThrow(() -> new AssertionError("not among the overdue: " + groups.get(0)));
        assertEquals("1990-01-02", first.getString("date"));
        assertEquals("/talents/profile.xhtml?id=" + talentId, first.getString("link"));

        assertEquals(total(OFFICE, "/api/applications?status=SUBMITTED&limit=1"), count(sections.get("decide")));
        assertEquals(total(OFFICE, "/api/applications?status=APPROVED,GRANTED&limit=1"), count(sections.get("pay")));
        assertEquals(total(OFFICE, "/api/projects?flag=YELLOW&limit=1"), count(sections.get("yellow")));
        for (String key : List.of("decide", "pay", "yellow")) {
            JsonObject s = sections.get(key);
            assertTrue(rowIds(s).size() <= 8 && rowIds(s).size() == Math.min(8, count(s)), s::toString);
        }
        sections.get("decide").getJsonArray("rows").getValuesAs(JsonObject.class)
                .forEach(r -> assertEquals("SUBMITTED", r.getString("status"), r::toString));
        // the longest overdue first: the demo has more yellow flags than the section's rows, the oldest among them
        List<String> due = sections.get("yellow").getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("date")).toList();
        assertEquals(due.stream().sorted().toList(), due, "by due day");
        String oldest = ((JsonArray) OFFICE.get("/api/projects?flag=YELLOW&limit=200").json().get("rows"))
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("nextDueOn")).sorted().findFirst().orElseThrow();
        assertEquals(oldest, due.getFirst(), "the oldest due day is shown");
    }

    @Test
    void eachManagerSeesTheTeamsWaitingOnThemOfTheirPlatformOnly() {
        long fatongDraft = id(TeamFixtures.draft("fatong"));
        long shibeiDraft = id(TeamFixtures.draft("shibei"));
        for (Caller manager : List.of(Caller.MGR_FATONG, Caller.MGR_SHIBEI)) {
            JsonObject wb = workbench(manager.api());
            assertEquals("MANAGER", wb.getString("role"));
            assertEquals(manager.platform, wb.getString("platform"));
            Map<String, JsonObject> sections = sections(wb);
            assertEquals(List.of("teams", "updates", "inProgress", "nominations"), List.copyOf(sections.keySet()));
            JsonObject teams = sections.get("teams");
            assertEquals(TeamFixtures.count("platform=" + manager.platform + "&status=DRAFT")
                    + TeamFixtures.count("platform=" + manager.platform + "&status=RETURNED"), count(teams), teams::toString);
            for (long team : rowIds(teams)) {
                assertEquals(manager.platform, TeamFixtures.readTeam(team).getString("platform"), () -> manager + " shown team " + team);
            }
            long other = manager == Caller.MGR_FATONG ? shibeiDraft : fatongDraft;
            assertTrue(!rowIds(teams).contains(other), () -> manager + " shown the other platform's draft " + other);
            JsonObject applications = sections.get("inProgress");
            assertEquals(total(OFFICE, "/api/applications?limit=1&platform=" + manager.platform + "&status=SUBMITTED,APPROVED,GRANTED"),
                    count(applications), applications::toString);
            assertTrue(count(sections.get("updates")) <= total(OFFICE, "/api/projects?limit=1&platform=" + manager.platform), wb::toString);
        }
    }

    @Test
    void aManagersApplicationsInProgressAreTheirPlatformsOnly() {
        for (Caller manager : List.of(Caller.MGR_FATONG, Caller.MGR_SHIBEI)) {
            sections(workbench(manager.api())).get("inProgress").getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> {
                Api.Reply app = OFFICE.get("/api/applications/" + r.getJsonNumber("id").longValue());
                assertEquals(manager.platform, app.json().getString("platform"), app::body);
            });
        }
    }

    /** 改期 over the API: a day in the past or no day is refused naming the field and moves nothing; a manager may not */
    @Test
    void anOpenFollowUpIsRescheduledAndABadDayChangesNothing() {
        long talentId = overdueTalent();
        long contact = OFFICE.get("/api/talents/" + talentId + "/interactions").jsonValue().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String path = "/api/talents/" + talentId + "/interactions/" + contact + "/follow-up";
        for (String bad : List.of("{\"followUpOn\":\"1999-01-01\"}", "{}", "{\"followUpOn\":\"2026-02-30\"}")) {
            Api.Reply refused = OFFICE.put(path, bad);
            assertEquals(400, refused.status(), refused::body);
            assertTrue(assertErrorBody(refused).getJsonObject("fields").containsKey("followUpOn"), refused::body);
        }
        assertEquals("1990-01-02", OFFICE.get(path.replace("/follow-up", "")).json().getString("followUpOn"), "nothing moved");
        assertEquals(403, Api.as("mgr-fatong").put(path, "{\"followUpOn\":\"2099-01-01\"}").status());
        assertEquals(404, OFFICE.put("/api/talents/" + talentId + "/interactions/999999999/follow-up", "{\"followUpOn\":\"2099-01-01\"}").status());

        String later = java.time.LocalDate.now(Fixtures.COUNTY).plusDays(20).toString();
        Api.Reply moved = OFFICE.put(path, "{\"followUpOn\":\"" + later + "\"}");
        assertEquals(200, moved.status(), moved::body);
        assertEquals(later, moved.json().getString("followUpOn"));
        assertEquals(later, OFFICE.get(path.replace("/follow-up", "")).json().getString("followUpOn"));
    }

    @ParameterizedTest
    @EnumSource(value = Caller.class, names = {"REVIEWER", "ANONYMOUS"})
    void aReviewerAndNobodyAreRefused(Caller caller) {
        Api.Reply r = caller.api().get("/api/workbench");
        assertEquals(caller.refusal(), r.status(), r::body);
        if (caller == Caller.REVIEWER) {
            assertErrorBody(r);
        }
    }
}
