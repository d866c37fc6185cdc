package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Teams and projects from spreadsheets over the running app, the way talents come in: the kind's
 * template in both languages; a file whose good rows are saved and whose bad rows — an unknown
 * platform or team, a bad date or sum, a team or project already registered, a row repeated — are
 * each reported by row, column, value and message and not saved; all or nothing saves none of a
 * file with one bad row; and the import is the office's alone.
 */
@ExtendWith(RunningApp.class)
class TeamImportApiIT {

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 100_000_000L, 36);
    }

    private static JsonObject upload(String kind, String fileName, String csv) {
        Api.Reply r = OFFICE.upload("/api/imports?kind=" + kind + "&name=" + Api.q(fileName), csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static JsonObject run(JsonObject uploaded, String mode) {
        long id = uploaded.getJsonNumber("id").longValue();
        Api.Reply started = OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"" + mode + "\"}");
        assertEquals(200, started.status(), started.body());
        return ImportApiIT.finished(id);
    }

    private static List<String> mapping(JsonObject j) {
        return j.getJsonArray("mapping").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** the report as "row column" → message, and each problem's value checked against the file */
    private static Map<String, String> report(JsonObject done) {
        Map<String, String> byCell = new TreeMap<>();
        for (JsonObject p : done.getJsonArray("problems").getValuesAs(JsonObject.class)) {
            assertTrue(!p.getString("message").isBlank() && !p.getString("message").startsWith("import."), p.toString());
            byCell.put(p.getInt("row") + " " + p.getString("column") + " " + p.getString("value", ""), p.getString("message"));
        }
        return byCell;
    }

    /** a talent registered now, to be named in a file; its name */
    private static String registeredTalent(String prefix) {
        String name = Fixtures.unique(prefix);
        Fixtures.create(Fixtures.talent(name));
        return name;
    }

    private static JsonObject demo(String list, String query) {
        return Fixtures.rows(OFFICE.get("/api/" + list + "?limit=1&q=" + Api.q(query))).getJsonObject(0);
    }

    @Test
    void theTemplatesHaveTheKindsColumnsInBothLanguages() {
        String zh = new String(OFFICE.download("/api/imports/template?kind=TEAM&format=csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF团队名称*,所在平台*,负责人,领域,成立日期,人数,公司名称,统一社会信用代码,入孵日期,孵化截止日期,简介\r\n", zh);
        String en = new String(OFFICE.inEnglish().download("/api/imports/template?kind=team&format=csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFTeam name*,Platform*,Leader,Field,Founded on,Headcount,Company,Credit code,Incubation start,Incubation end,"
                + "Description\r\n", en);
        String project = new String(OFFICE.download("/api/imports/template?kind=PROJECT&format=csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF项目名称*,所属团队,领衔人才,所在平台,产业,落地乡镇,落地地点,计划投资（元）*,实际到位（元）,包联县领导*,洽谈日期*,项目简介\r\n",
                project);
        byte[] xlsx = OFFICE.download("/api/imports/template?kind=PROJECT&format=xlsx");
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "the project template as a workbook");
    }

    @Test
    void goodTeamRowsAreSavedAndEveryOtherRowIsReportedByCell() {
        String prefix = unique("导入团队");
        String leader = registeredTalent("导入负责人");
        JsonObject registered = demo("teams", "石材智能切割研发团队");
        String freshCode = TeamFixtures.creditCode();
        String csv = "团队名称,所在平台,负责人,领域,成立日期,人数,统一社会信用代码\n"
                + prefix + "甲,法桐小院," + leader + ",新材料,2020-05-01,8," + freshCode + "\n"
                + prefix + "乙,shibei,,现代农业,2021年3月,１２,\n"
                + prefix + "丙,不存在的平台,,,,,\n"
                + "石材智能切割研发团队,fatong,,,,,\n"
                + prefix + "丁,cas,,,2020-13-45,,\n"
                + prefix + "戊,kunshan,,,,," + registered.getString("creditCode") + "\n"
                + prefix + "甲,法桐小院,,,,,\n"
                + prefix + "己,昆山智谷,没有这个人" + prefix + ",,,0,\n";
        JsonObject uploaded = upload("TEAM", "团队名单.csv", csv);
        assertEquals(List.of("name", "platform", "leader", "field", "foundedOn", "headcount", "creditCode"), mapping(uploaded),
                "columns guessed from their headers");
        JsonObject preview = uploaded.getJsonArray("preview").getJsonObject(0);
        assertEquals(0, preview.getJsonArray("problems").size(), preview.toString());
        assertEquals("法桐小院", preview.getJsonObject("values").getString("platform"));
        assertEquals(0, TeamFixtures.count("q=" + Api.q(prefix)), "nothing saved before the start");

        JsonObject done = run(uploaded, "VALID_ROWS");
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(2, done.getInt("added"), done.toString());
        assertEquals(6, done.getInt("invalid"), done.toString());
        assertEquals(0, done.getInt("held"), "a team is never held for a merge");
        Map<String, String> report = report(done);
        assertEquals(List.of("4 所在平台 不存在的平台", "5 团队名称 石材智能切割研发团队", "6 成立日期 2020-13-45",
                "7 统一社会信用代码 " + registered.getString("creditCode"), "8 团队名称 " + prefix + "甲", "9 人数 0",
                "9 负责人 没有这个人" + prefix), List.copyOf(report.keySet()), report.toString());
        long registeredId = registered.getJsonNumber("id").longValue();
        assertTrue(report.get("5 团队名称 石材智能切割研发团队").contains("#" + registeredId), "names the registered team: " + report);
        assertTrue(report.get("7 统一社会信用代码 " + registered.getString("creditCode")).contains("#" + registeredId), report.toString());
        assertTrue(report.get("8 团队名称 " + prefix + "甲").contains("2"), "names the row it repeats: " + report);

        assertEquals(2, TeamFixtures.count("q=" + Api.q(prefix)), "exactly the good rows exist");
        JsonObject first = demo("teams", prefix + "甲");
        assertEquals("fatong", first.getString("platform"));
        assertEquals(leader, first.getString("leaderName"));
        assertEquals(freshCode, first.getString("creditCode"));
        assertEquals("2020-05-01", first.getString("foundedOn"));
        assertEquals("DRAFT", first.getString("status"));
        assertEquals(1, TeamFixtures.transitions(first.getJsonNumber("id").longValue()).size(), "registered, as on the form");
        JsonObject second = demo("teams", prefix + "乙");
        assertEquals("shibei", second.getString("platform"));
        assertEquals("2021-03-01", second.getString("foundedOn"));
        assertEquals(12, second.getInt("headcount"));
        assertTrue(Fixtures.search(OFFICE, prefix + "乙").toString().contains(prefix + "乙"), "imported teams are searchable at once");
    }

    @Test
    void goodProjectRowsAreSavedAndEveryOtherRowIsReportedByCell() {
        String prefix = unique("导入项目");
        String lead = registeredTalent("导入领衔");
        JsonObject team = demo("teams", "石材智能切割研发团队");
        JsonObject registered = demo("projects", "锂离子电池电解液及添加剂项目");
        String csv = "项目名称,所属团队,领衔人才,落地乡镇,计划投资（元）,实际到位（元）,包联县领导,洽谈日期\n"
                + prefix + "一,石材智能切割研发团队,,洪凝街道,300万,,县委副书记 刘建国,2024-03-01\n"
                + prefix + "二,,\"" + lead + "\",街头,1.2亿元,5000000,县长 周立诚,2024年5月6日\n"
                + prefix + "三,没有这个团队,,,1000000,,县长 周立诚,2024-03-01\n"
                + prefix + "四,石材智能切割研发团队,,,三百万,,县长 周立诚,2024-03-01\n"
                + registered.getString("title") + "," + registered.getString("teamName") + ",,,1000000,,县长 周立诚,2024-03-01\n"
                + prefix + "一,石材智能切割研发团队,,,1000000,,县长 周立诚,2024-03-01\n"
                + prefix + "五,,,,1000000,,县长 周立诚,2024-02-30\n";
        JsonObject uploaded = upload("PROJECT", "项目台账.csv", csv);
        assertEquals(List.of("title", "team", "leadTalent", "township", "plannedInvestment", "actualInvestment", "countyLeader", "openedOn"),
                mapping(uploaded));
        JsonObject done = run(uploaded, "VALID_ROWS");
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(2, done.getInt("added"), done.toString());
        assertEquals(5, done.getInt("invalid"), done.toString());
        Map<String, String> report = report(done);
        assertEquals(List.of("4 所属团队 没有这个团队", "5 计划投资（元） 三百万", "6 项目名称 " + registered.getString("title"),
                "7 项目名称 " + prefix + "一", "8 所属团队 ", "8 洽谈日期 2024-02-30"), List.copyOf(report.keySet()), report.toString());
        assertTrue(report.get("6 项目名称 " + registered.getString("title")).contains("#" + registered.getJsonNumber("id").longValue()),
                report.toString());

        assertEquals(2, Fixtures.rows(OFFICE.get("/api/projects?limit=10&q=" + Api.q(prefix))).size(), "exactly the good rows exist");
        JsonObject first = demo("projects", prefix + "一");
        assertEquals(team.getJsonNumber("id").longValue(), first.getJsonNumber("teamId").longValue());
        assertEquals("fatong", first.getString("platform"), "housed where its team is");
        assertEquals(0, first.getJsonNumber("plannedInvestment").bigDecimalValue().compareTo(new java.math.BigDecimal("3000000")));
        assertEquals("371121001", first.getString("township"));
        assertEquals("NEGOTIATING", first.getString("stage"));
        JsonObject second = demo("projects", prefix + "二");
        assertEquals(lead, second.getString("leadTalentName"));
        assertEquals(0, second.getJsonNumber("plannedInvestment").bigDecimalValue().compareTo(new java.math.BigDecimal("120000000")));
        assertEquals("2024-05-06", second.getString("openedOn"));
    }

    @Test
    void allOrNothingSavesNoTeamOfAFileWithOneBadRow() {
        String prefix = unique("整批团队");
        String csv = "团队名称,所在平台\n" + prefix + "一,fatong\n" + prefix + "二,没有的平台\n";
        JsonObject done = run(upload("TEAM", "整批.csv", csv), "ALL_OR_NOTHING");
        assertEquals("REJECTED", done.getString("status"), done.toString());
        assertEquals(0, TeamFixtures.count("q=" + Api.q(prefix)));
    }

    @Test
    void aCancelledAllOrNothingTeamImportTakesBackTheTeamsAndTheirHistory() {
        String prefix = unique("撤回团队");
        StringBuilder csv = new StringBuilder("团队名称,所在平台\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(prefix).append(i).append(",fatong\n");
        }
        long id = upload("TEAM", "大批团队.csv", csv.toString()).getJsonNumber("id").longValue();
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"ALL_OR_NOTHING\"}").status());
        JsonObject saving = ImportApiIT.waitFor(id, j -> "SAVING".equals(j.getString("phase", "")) && j.getInt("added") > 0
                || !"RUNNING".equals(j.getString("status")));
        assertEquals("RUNNING", saving.getString("status"), "still saving when cancelled: " + saving);
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/cancel", "{}").status());
        JsonObject done = ImportApiIT.finished(id);
        assertEquals("CANCELLED", done.getString("status"), done.toString());
        assertTrue(done.getInt("removed") > 0, done.toString());
        assertEquals(0, done.getInt("added"), done.toString());
        assertEquals(0, TeamFixtures.count("q=" + Api.q(prefix)), "nothing of a cancelled all-or-nothing import remains");
    }

    @Test
    void onlyTheOfficeImportsTeamsAndProjects() {
        byte[] csv = "团队名称,所在平台\n越权团队,fatong\n".getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("mgr-fatong", "reviewer1")) {
            for (String kind : List.of("TEAM", "PROJECT")) {
                Api.Reply r = Api.as(user).upload("/api/imports?kind=" + kind + "&name=a.csv", csv, "text/csv");
                assertEquals(403, r.status(), user + " " + kind + ": " + r.body());
                Api.Reply template = Api.as(user).get("/api/imports/template?kind=" + kind + "&format=csv");
                assertEquals(403, template.status(), user + " " + kind + ": " + template.body());
            }
        }
        assertEquals(0, TeamFixtures.count("q=" + Api.q("越权团队")));
    }
}
