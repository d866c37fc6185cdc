package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertInUse;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.today;
import static cn.wulian.liancai.it.Fixtures.unique;
import static cn.wulian.liancai.it.ProjectFixtures.count;
import static cn.wulian.liancai.it.ProjectFixtures.fresh;
import static cn.wulian.liancai.it.ProjectFixtures.milestone;
import static cn.wulian.liancai.it.ProjectFixtures.project;
import static cn.wulian.liancai.it.ProjectFixtures.project;
import static cn.wulian.liancai.it.ProjectFixtures.read;
import static cn.wulian.liancai.it.ProjectFixtures.snapshot;
import static cn.wulian.liancai.it.ProjectFixtures.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Projects through the API: what is accepted and what is refused (every bad field named, nothing
 * stored), the stage pipeline, the commitment, progress, the flags computed from them, and money
 * kept exact.
 */
@ExtendWith(RunningApp.class)
class ProjectsApiIT {

    @Test
    void aProjectIsOpenedInTalksWithItsMoneyExactAndIsReadBack() {
        JsonObject created = ProjectFixtures.create(OFFICE, project(unique("石材尾料综合利用"), "fatong")
                .add("actualInvestment", "0.10").add("recommenderKind", "OUTSIDER").add("recommenderName", "青岛五莲商会 王会长")
                .add("recommenderReward", "430000").add("township", "371121001").add("location", "五莲经济开发区创新路8号").build());
        JsonObject p = read(id(created));
        assertEquals("NEGOTIATING", p.getString("stage"));
        assertEquals(0, new BigDecimal("250000000.50").compareTo(p.getJsonNumber("plannedInvestment").bigDecimalValue()), p::toString);
        assertEquals(0, new BigDecimal("0.10").compareTo(p.getJsonNumber("actualInvestment").bigDecimalValue()), p::toString);
        assertEquals("青岛五莲商会 王会长", p.getString("recommender"));
        assertEquals("洪凝街道", p.getString("townshipName"));
        assertEquals("fatong", p.getString("platform"));
        assertEquals(today().minusMonths(6).toString(), p.getString("stageSince"), "in talks since talks began");
        assertFalse(p.getJsonObject("flags").getBoolean("yellow"));
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsStored() {
        String title = unique("坏数据项目");
        String body = Json.createObjectBuilder().add("title", title).add("plannedInvestment", "-5").add("actualInvestment", "1.234")
                .add("openedOn", today().plusDays(1).toString()).add("recommenderKind", "NEIGHBOUR").add("township", "月球")
                .add("platform", "nowhere").build().toString();
        assertRejected(OFFICE.post("/api/projects", body), "leadTalentId", "plannedInvestment", "actualInvestment", "countyLeader",
                "openedOn", "recommenderKind", "township", "platform");
        assertEquals(0, count("q=" + Api.q(title)));
        // a manager naming another platform is refused, not quietly given a project on their own
        assertEquals(403, Api.as("mgr-fatong").post("/api/projects", project(title, "kunshan").build().toString()).status());
        assertEquals(0, count("q=" + Api.q(title)));

        assertRejected(OFFICE.post("/api/projects", Json.createObjectBuilder().build().toString()),
                "title", "leadTalentId", "plannedInvestment", "countyLeader", "openedOn");
        assertRejected(OFFICE.post("/api/projects", project(title, null).add("recommenderKind", "STAFF").build().toString()),
                "recommenderUsername");
        assertRejected(OFFICE.post("/api/projects", project(title, null).add("recommenderKind", "STAFF")
                .add("recommenderUsername", "reviewer1").build().toString()), "recommenderUsername");
        assertRejected(OFFICE.post("/api/projects", project(title, null).add("recommenderReward", "1000").build().toString()),
                "recommenderReward");
        assertRejected(OFFICE.post("/api/projects", project(title, null).add("plannedInvestment", "1e15").build().toString()),
                "plannedInvestment");
        assertRejected(OFFICE.post("/api/projects", project(title, null).add("teamId", 999_999).build().toString()), "teamId");
        assertRejected(OFFICE.post("/api/projects", "{\"title\": "), "body");
        assertRejected(OFFICE.post("/api/projects", project(title, null).add("plannedInvestment", "lots").build().toString()),
                "plannedInvestment");
        assertEquals(400, OFFICE.post("/api/projects", project(title, null).add("openedOn", "2026-02-30").build().toString()).status());
        assertEquals(0, count("q=" + Api.q(title)));
    }

    @Test
    void aTeamsProjectIsHousedWhereTheTeamIsAndLedByItsLeader() {
        JsonObject team = TeamFixtures.draft("cas");
        JsonObject p = ProjectFixtures.create(OFFICE, Json.createObjectBuilder().add("title", unique("团队项目"))
                .add("teamId", id(team)).add("plannedInvestment", 1000000).add("countyLeader", "副县长 测试")
                .add("openedOn", today().toString()).build());
        assertEquals("cas", p.getString("platform"));
        assertEquals(team.getJsonNumber("leaderId").longValue(), p.getJsonNumber("leadTalentId").longValue());
        assertRejected(OFFICE.post("/api/projects", project(unique("错平台"), "fatong").add("teamId", id(team)).build().toString()),
                "platform");
    }

    @Test
    void stagesMoveForwardOneDatedStepAtATimeAndEachIsRecorded() {
        JsonObject p = fresh("kunshan");
        long id = id(p);
        String before = snapshot(id);
        assertRejected(OFFICE.post("/api/projects/" + id + "/transitions", step(id, today().plusDays(1), null)), "on");
        assertRejected(OFFICE.post("/api/projects/" + id + "/transitions", step(id, today().minusYears(1), null)), "on");
        assertEquals(before, snapshot(id), "a refused step changed the project");

        LocalDate signed = today().minusMonths(3);
        JsonObject s = OFFICE.post("/api/projects/" + id + "/transitions", step(id, signed, "签约仪式")).json();
        assertEquals("SIGNED", s.getString("stage"));
        assertEquals(signed.toString(), s.getString("stageSince"));
        assertRejected(OFFICE.post("/api/projects/" + id + "/transitions", step(id, signed.minusDays(1), null)), "on");
        for (String stage : List.of("LANDED", "STARTED", "PRODUCING")) {
            Api.Reply r = OFFICE.post("/api/projects/" + id + "/transitions", step(id, today(), null));
            assertEquals(200, r.status(), r::body);
            assertEquals(stage, r.json().getString("stage"));
        }
        assertRejected(OFFICE.post("/api/projects/" + id + "/transitions", step(id, today(), null)), "stage");
        JsonArray steps = ProjectFixtures.list(id, "transitions");
        assertEquals(List.of("SIGNED", "LANDED", "STARTED", "PRODUCING"),
                steps.getValuesAs(JsonObject.class).stream().map(t -> t.getString("to")).toList());
        assertEquals("签约仪式", steps.getJsonObject(0).getString("note"));
        assertEquals("office", steps.getJsonObject(0).getString("by"));
        assertRejected(OFFICE.delete("/api/projects/" + id), "stage");
    }

    @Test
    void aStaleVersionIsRefusedWith409() {
        JsonObject p = fresh("fatong");
        long version = p.getJsonNumber("version").longValue();
        Api.Reply first = OFFICE.put("/api/projects/" + id(p), project("第一次修改", "fatong").add("version", version).build().toString());
        assertEquals(200, first.status(), first::body);
        Api.Reply stale = OFFICE.put("/api/projects/" + id(p), project("第二次修改", "fatong").add("version", version).build().toString());
        assertEquals(409, stale.status(), stale::body);
        assertEquals("第一次修改", read(id(p)).getString("title"));
        Api.Reply staleStep = OFFICE.post("/api/projects/" + id(p) + "/transitions",
                Json.createObjectBuilder().add("version", version).build().toString());
        assertEquals(409, staleStep.status(), staleStep::body);
        // the next stage is implied, so a step must say which state it meant: a repeated request cannot take two
        assertRejected(OFFICE.post("/api/projects/" + id(p) + "/transitions", "{}"), "version");
        assertEquals("NEGOTIATING", read(id(p)).getString("stage"));
    }

    @Test
    void theCommitmentAndProgressDecideTheFlags() {
        long id = id(fresh("shibei"));
        JsonObject overdue = milestone(id, "取得施工许可", today().minusDays(1));
        JsonObject flags = read(id).getJsonObject("flags");
        assertTrue(flags.getBoolean("yellow"), "a milestone due yesterday and unmet raises the yellow flag");
        assertFalse(flags.getBoolean("red"));

        // met, but late: the yellow flag goes, the red one cannot come
        Api.Reply met = OFFICE.post("/api/projects/" + id + "/milestones/" + id(overdue) + "/met",
                Json.createObjectBuilder().add("metOn", today().toString()).build().toString());
        assertEquals(200, met.status(), met::body);
        assertEquals("LATE", met.json().getString("state"));
        assertEquals(201, update(OFFICE, id, today(), 30, "手续补齐").status());
        flags = read(id).getJsonObject("flags");
        assertFalse(flags.getBoolean("yellow"));
        assertFalse(flags.getBoolean("red"));
        assertRejected(OFFICE.post("/api/projects/" + id + "/milestones/" + id(overdue) + "/met", "{}"), "metOn");

        long good = id(fresh("shibei"));
        JsonObject early = milestone(good, "签约", today().plusDays(10));
        OFFICE.post("/api/projects/" + good + "/milestones/" + id(early) + "/met", "{}");
        assertEquals(201, update(OFFICE, good, null, 40, "设备进场").status());
        JsonObject p = read(good);
        assertTrue(p.getJsonObject("flags").getBoolean("red"), p::toString);
        assertEquals(40, p.getInt("percent"));
        assertEquals(1, p.getInt("milestonesMet"));
        assertTrue(ProjectFixtures.list(good, "milestones").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> "MET".equals(m.getString("state"))));
        assertTrue(idsWith("flag=RED").contains(good));
        assertTrue(idsWith("flag=YELLOW").stream().noneMatch(x -> x == good));
        assertRejected(OFFICE.get("/api/projects?flag=PURPLE"), "flag"); // it found nothing, as if no project had one
    }

    @Test
    void badCommitmentsAndUpdatesAreRefusedAndChangeNothing() {
        long id = id(fresh("fatong"));
        String before = snapshot(id);
        assertRejected(OFFICE.post("/api/projects/" + id + "/milestones", "{}"), "title", "dueOn", "standard");
        assertRejected(OFFICE.post("/api/projects/" + id + "/milestones", Json.createObjectBuilder().add("title", "x")
                .add("dueOn", today().minusYears(2).toString()).add("standard", "y").build().toString()), "dueOn");
        assertRejected(update(OFFICE, id, today(), 101, "太快"), "percent");
        assertRejected(update(OFFICE, id, today().plusDays(1), 10, "明天"), "on");
        assertRejected(update(OFFICE, id, today(), 10, " "), "text");
        assertRejected(OFFICE.post("/api/projects/" + id + "/updates", "{\"percent\": 50.5, \"text\": \"半个百分点\"}"), "percent");
        assertRejected(OFFICE.post("/api/projects/" + id + "/updates", "{\"percent\": \"abc\", \"text\": \"x\"}"), "percent");
        assertRejected(OFFICE.post("/api/projects/" + id + "/updates", "{\"on\": \"yesterday\", \"percent\": 5, \"text\": \"x\"}"), "on");
        assertEquals(404, OFFICE.post("/api/projects/" + id + "/milestones/999999/met", "{}").status());
        assertEquals(before, snapshot(id));
    }

    @Test
    void theUpdatesAreATimelineNewestFirst() {
        long id = id(fresh("cas"));
        update(OFFICE, id, today().minusDays(20), 10, "土地摘牌");
        update(Api.as("office2"), id, today().minusDays(2), 25, "桩基施工");
        update(OFFICE, id, today().minusDays(9), 18, "规划审批");
        List<JsonObject> timeline = ProjectFixtures.list(id, "updates").getValuesAs(JsonObject.class);
        assertEquals(List.of("桩基施工", "规划审批", "土地摘牌"), timeline.stream().map(u -> u.getString("text")).toList());
        assertEquals("office2", timeline.get(0).getString("by"));
        assertEquals(25, read(id).getInt("percent"));
    }

    @Test
    void theListFiltersAndSorts() {
        String leader = unique("副县长");
        long a = id(ProjectFixtures.create(OFFICE, project(unique("排序甲"), "kunshan").add("countyLeader", leader)
                .add("plannedInvestment", "300").build()));
        long b = id(ProjectFixtures.create(OFFICE, project(unique("排序乙"), "kunshan").add("countyLeader", leader)
                .add("plannedInvestment", "200").build()));
        Api.Reply r = OFFICE.get("/api/projects?countyLeader=" + Api.q(leader) + "&sort=plannedInvestment&order=asc");
        assertEquals(List.of(b, a), r.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(Fixtures::id).toList());
        assertRejected(OFFICE.get("/api/projects?stage=NOPE"), "stage");
        assertEquals(400, OFFICE.get("/api/projects?limit=abc").status());
    }

    private static List<Long> idsWith(String query) {
        Api.Reply r = OFFICE.get("/api/projects?limit=200&" + query);
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(Fixtures::id).toList();
    }

    /** the next step, sent with the version just read */
    private static String step(long id, LocalDate on, String note) {
        var b = Json.createObjectBuilder().add("version", read(id).getJsonNumber("version").longValue());
        if (on != null) {
            b.add("on", on.toString());
        }
        if (note != null) {
            b.add("note", note);
        }
        return b.build().toString();
    }

    @Test
    void projectsWithoutAPlatformAreListedByPlatformNone() {
        long none = id(fresh(null));
        Api.Reply r = OFFICE.get("/api/projects?limit=200&platform=none");
        List<JsonObject> rows = r.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(r.json().getJsonNumber("total").longValue(), rows.size(), r::body);
        assertTrue(rows.stream().anyMatch(p -> id(p) == none), r::body);
        assertTrue(rows.stream().noneMatch(p -> p.containsKey("platform") && !p.isNull("platform")), r::body);
    }

    @Test
    void talksCannotBeMovedAfterTheProjectsRecords() {
        JsonObject p = fresh("kunshan");
        update(OFFICE, id(p), today().minusDays(20), 10, "首次走访");
        Api.Reply r = OFFICE.put("/api/projects/" + id(p), project(p.getString("title"), "kunshan")
                .add("openedOn", today().minusDays(10).toString()).add("version", read(id(p)).getJsonNumber("version").longValue())
                .build().toString());
        assertRejected(r, "openedOn");
    }

    @Test
    void aTalentOrTeamAProjectNamesIsNotDeletedUnderIt() {
        long talent = id(Fixtures.create(Fixtures.talent(unique("项目领衔"))));
        String title = unique("依赖人才");
        ProjectFixtures.create(OFFICE, project(title, null).add("leadTalentId", talent).build());
        assertInUse(OFFICE.delete("/api/talents/" + talent), title);
        assertEquals(200, OFFICE.get("/api/talents/" + talent).status());

        JsonObject team = TeamFixtures.draft("fatong");
        String dependent = unique("依赖团队");
        ProjectFixtures.create(OFFICE, Json.createObjectBuilder().add("title", dependent).add("teamId", id(team))
                .add("plannedInvestment", 1).add("countyLeader", "副县长 测试").add("openedOn", today().toString()).build());
        assertInUse(Api.as("mgr-fatong").delete("/api/teams/" + id(team)), dependent);
        assertEquals(200, OFFICE.get("/api/teams/" + id(team)).status());
    }

    @Test
    void aBadPercentAndAMissingTextAreNamedTogether() {
        long id = id(fresh("cas"));
        assertRejected(OFFICE.post("/api/projects/" + id + "/updates", "{\"percent\": 35.5}"), "percent", "text");
    }

    @Test
    void aClosedMonthAnswersAsFirstPublishedWhateverIsEditedSince() {
        String lastMonth = java.time.YearMonth.from(today()).minusMonths(1).toString();
        Api.Reply first = OFFICE.get("/api/rankings/" + lastMonth);
        assertEquals(200, first.status(), first::body);
        assertFalse(first.json().isNull("publishedAt"), first::body);

        // a project opened in that month with progress in it, and an existing project moved to another county leader
        JsonObject late = ProjectFixtures.create(OFFICE, project(unique("补录项目"), "cas")
                .add("openedOn", java.time.YearMonth.parse(lastMonth).atDay(2).toString()).build());
        update(OFFICE, id(late), java.time.YearMonth.parse(lastMonth).atDay(20), 60, "补录：上月已完成主体");
        JsonObject line = first.json().getJsonArray("projects").getJsonObject(0);
        JsonObject existing = read(line.getJsonNumber("projectId").longValue());
        String leader = existing.getString("countyLeader");
        assertEquals(200, OFFICE.put("/api/projects/" + id(existing), Json.createObjectBuilder(existing)
                .add("countyLeader", "副县长 新任").build().toString()).status());
        try {
            assertEquals(first.body(), OFFICE.get("/api/rankings/" + lastMonth).body());
        } finally {
            JsonObject now = read(id(existing));
            OFFICE.put("/api/projects/" + id(existing), Json.createObjectBuilder(now).add("countyLeader", leader).build().toString());
        }
    }
}
