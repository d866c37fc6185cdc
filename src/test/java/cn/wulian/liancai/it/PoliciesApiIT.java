package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The support policies and eligibility through the API: the default package, creating a policy,
 * editing it into a new version while the old one stays as it was, a stale edit refused (409), a
 * bad rule refused naming {@code rule}, eligibility of demo talents, teams and projects with the
 * reason for every condition, and who may do what.
 */
@ExtendWith(RunningApp.class)
class PoliciesApiIT {

    static final List<String> FIVE_ONES = List.of("apartment", "financing", "space", "specialist", "startup-fund");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** a policy code no other test uses */
    static String code() {
        return "it-" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    }

    static JsonObject condition(String fact, String op, Object value) {
        JsonObjectBuilder c = Json.createObjectBuilder().add("fact", fact).add("op", op);
        if (value instanceof Number n) {
            c.add("value", new BigDecimal(n.toString()));
        } else if (value != null) {
            c.add("value", value.toString());
        }
        return c.build();
    }

    /** a valid cash policy for incubating teams */
    static JsonObjectBuilder policy(String code) {
        return Json.createObjectBuilder().add("code", code).add("name", "测试资金").add("description", "集成测试用")
                .add("beneficiaryKind", "TEAM").add("benefitKind", "CASH").add("benefitAmount", "100000")
                .add("capPerBeneficiary", "200000").add("capGrantsPerBeneficiary", 2).add("annualBudget", "1000000")
                .add("validFrom", "2026-01-01")
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder().add(condition("status", "eq", "INCUBATING"))));
    }

    static JsonObject create(Api api, JsonObjectBuilder body) {
        Api.Reply r = api.post("/api/policies", body.build().toString());
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    static JsonObject read(String path) {
        Api.Reply r = OFFICE.get(path);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    static JsonArray array(Api.Reply r) {
        assertEquals(200, r.status(), r::body);
        return (JsonArray) r.jsonValue();
    }

    static List<Integer> versions(String code) {
        return array(OFFICE.get("/api/policies/" + code + "/versions")).getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("version")).toList();
    }

    // ---- policies

    @Test
    void theDefaultPackageIsFivePoliciesWithTheirRulesInWords() {
        List<JsonObject> all = array(OFFICE.get("/api/policies")).getValuesAs(JsonObject.class);
        Map<String, JsonObject> byCode = all.stream().collect(Collectors.toMap(p -> p.getString("code"), Function.identity()));
        assertTrue(byCode.keySet().containsAll(FIVE_ONES), byCode::toString);
        assertTrue(all.stream().allMatch(p -> p.getBoolean("current")));
        assertEquals(all.stream().map(p -> p.getString("code")).sorted().toList(), all.stream().map(p -> p.getString("code")).toList());

        JsonObject fund = Api.as("office").inEnglish().get("/api/policies/startup-fund").json();
        assertEquals("TEAM", fund.getString("beneficiaryKind"));
        assertEquals("CASH", fund.getString("benefitKind"));
        assertEquals(0, new BigDecimal("500000").compareTo(fund.getJsonNumber("benefitAmount").bigDecimalValue()));
        assertEquals("500,000 yuan", fund.getString("benefitSummary"));
        assertEquals("{\"all\":[{\"fact\":\"status\",\"op\":\"eq\",\"value\":\"INCUBATING\"},{\"fact\":\"companyInWulian\",\"op\":\"isTrue\"},"
                + "{\"fact\":\"foundedOn\",\"op\":\"withinMonths\",\"value\":72},{\"any\":[{\"fact\":\"leaderDegree\",\"op\":\"gte\","
                + "\"value\":\"MASTER\"},{\"fact\":\"ipCount\",\"op\":\"gte\",\"value\":5}]}]}", fund.getJsonObject("rule").toString());
        assertEquals("team status: Incubating; company registered in Wulian: yes; founded on: within the last 72 months ("
                + today().minusMonths(72) + " or later); (any of: leader's highest degree: Master or above; IP items: at least 5 items)",
                fund.getString("ruleText"));
        assertEquals("200 平方米 × 36 个月", byCode.get("space").getString("benefitSummary"));

        List<JsonObject> talents = array(OFFICE.get("/api/policies?kind=talent")).getValuesAs(JsonObject.class);
        assertTrue(talents.stream().allMatch(p -> "TALENT".equals(p.getString("beneficiaryKind"))), talents::toString);
        assertTrue(talents.stream().anyMatch(p -> "apartment".equals(p.getString("code"))));
        assertRejected(OFFICE.get("/api/policies?kind=planet"), "kind");
        assertEquals(404, OFFICE.get("/api/policies/no-such-policy").status());
        assertEquals(404, OFFICE.get("/api/policies/space?version=999").status());
    }

    @Test
    void aPolicyIsCreatedThenEditedIntoNewVersionsAndTheOldOneStaysAsItWas() {
        String code = code();
        Api.Reply created = OFFICE.post("/api/policies", policy(code.toUpperCase()).build().toString());
        assertEquals(201, created.status(), created::body);
        assertTrue(created.header("Location").endsWith("/api/policies/" + code), created.header("Location"));
        JsonObject v1 = read("/api/policies/" + code);
        assertEquals(1, v1.getInt("version"));
        assertEquals("office", v1.getString("createdBy"));
        assertTrue(v1.getBoolean("inForce"));

        JsonObject raised = policy(code).add("benefitAmount", "150000").add("version", 1)
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                        .add(condition("status", "eq", "INCUBATING")).add(condition("headcount", "gte", 5)))).build();
        Api.Reply edited = Api.as("admin").put("/api/policies/" + code, raised.toString());
        assertEquals(200, edited.status(), edited::body);
        assertEquals(2, edited.json().getInt("version"));
        assertEquals("admin", edited.json().getString("createdBy"));
        assertEquals("团队状态：孵化中；团队人数：不少于 5 人", edited.json().getString("ruleText"));

        JsonObject old = read("/api/policies/" + code + "?version=1");
        assertFalse(old.getBoolean("current"));
        assertEquals("admin", old.getString("supersededBy"));
        assertEquals(0, new BigDecimal("100000").compareTo(old.getJsonNumber("benefitAmount").bigDecimalValue()), "the old amount stays");
        assertEquals(v1.getJsonObject("rule"), old.getJsonObject("rule"), "the old rule stays");
        assertEquals(v1.getString("createdAt"), old.getString("createdAt"));
        assertEquals(List.of(2, 1), versions(code));
        assertEquals(2, read("/api/policies/" + code).getInt("version"));

        // the same terms again make no version
        Api.Reply same = OFFICE.put("/api/policies/" + code, Json.createObjectBuilder(raised).add("version", 2).build().toString());
        assertEquals(200, same.status(), same::body);
        assertEquals(2, same.json().getInt("version"));
        assertEquals(List.of(2, 1), versions(code));
    }

    @Test
    void anEditOfAVersionThatIsNoLongerCurrentIsRefusedAndChangesNothing() {
        String code = code();
        create(OFFICE, policy(code));
        JsonObject first = policy(code).add("benefitAmount", "120000").add("version", 1).build();
        assertEquals(200, OFFICE.put("/api/policies/" + code, first.toString()).status());

        Api.Reply stale = Api.as("office2").put("/api/policies/" + code,
                Json.createObjectBuilder(first).add("benefitAmount", "130000").build().toString());
        assertEquals(409, stale.status(), stale::body);
        assertTrue(assertErrorBody(stale).getJsonObject("fields").containsKey("version"), stale::body);
        assertEquals(List.of(2, 1), versions(code));
        assertEquals(0, new BigDecimal("120000").compareTo(read("/api/policies/" + code).getJsonNumber("benefitAmount").bigDecimalValue()));

        assertRejected(OFFICE.put("/api/policies/" + code, policy(code).build().toString()), "version");
        assertEquals(404, OFFICE.put("/api/policies/" + code() + "x", first.toString()).status());
    }

    @Test
    void aBadRuleIsRefusedNamingTheRuleAndWhereItIsWrong() {
        String code = code();
        JsonObject unknownFact = policy(code).add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                .add(condition("status", "eq", "INCUBATING")).add(condition("degre", "gte", "MASTER")))).build();
        JsonObject body = assertRejected(OFFICE.post("/api/policies", unknownFact.toString()), "rule");
        assertTrue(body.getJsonObject("fields").getString("rule").startsWith("all[1]：没有条件项“degre”；可用：status, platform"), body::toString);

        JsonObject wrongType = policy(code).add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                .add(condition("financingTotal", "gte", "一百万")))).build();
        assertEquals("all[0]: the value of financingTotal must be a number",
                assertRejected(Api.as("office").inEnglish().post("/api/policies", wrongType.toString()), "rule")
                        .getJsonObject("fields").getString("rule"));

        JsonObject talentFactOnATeam = policy(code).add("rule", "{\"all\":[{\"fact\":\"degree\",\"op\":\"gte\",\"value\":\"MASTER\"}]}").build();
        assertRejected(OFFICE.post("/api/policies", talentFactOnATeam.toString()), "rule");
        assertRejected(OFFICE.post("/api/policies", policy(code).add("rule", "{\"all\":[").build().toString()), "rule");
        assertRejected(OFFICE.post("/api/policies", policy(code).add("rule", Json.createObjectBuilder()
                .add("any", Json.createArrayBuilder().add(condition("platform", "in", "cas")))).build().toString()), "rule");
        assertEquals(404, OFFICE.get("/api/policies/" + code).status(), "a bad rule is never stored");

        // a rule error is reported together with the other fields' errors
        JsonObject many = policy("经费").add("name", " ").add("benefitAmount", "-1").add("validTo", "2025-01-01").build();
        assertRejected(OFFICE.post("/api/policies", Json.createObjectBuilder(many).add("rule", "{\"any\":[]}").build().toString()),
                "code", "name", "benefitAmount", "validTo", "rule");

        create(OFFICE, policy(code));
        JsonObject badEdit = policy(code).add("version", 1).add("rule", Json.createObjectBuilder()
                .add("all", Json.createArrayBuilder().add(condition("foundedOn", "withinMonths", "六个月")))).build();
        assertRejected(OFFICE.put("/api/policies/" + code, badEdit.toString()), "rule");
        assertEquals(List.of(1), versions(code), "a bad rule makes no version");
    }

    @Test
    void termsThatCannotChangeOrCannotBeTwice() {
        String code = code();
        create(OFFICE, policy(code));
        assertRejected(OFFICE.post("/api/policies", policy(code).build().toString()), "code");
        JsonObject forTalents = policy(code).add("version", 1).add("beneficiaryKind", "TALENT")
                .add("rule", "{\"all\":[{\"fact\":\"degree\",\"op\":\"gte\",\"value\":\"MASTER\"}]}").build();
        assertRejected(OFFICE.put("/api/policies/" + code, forTalents.toString()), "beneficiaryKind");
        JsonObject service = policy(code()).add("benefitKind", "SERVICE").build();
        assertRejected(OFFICE.post("/api/policies", service.toString()), "benefitAmount", "benefitText", "capPerBeneficiary");
        assertEquals(List.of(1), versions(code));
    }

    // ---- eligibility

    static long teamNamed(String name) {
        List<JsonObject> rows = Fixtures.rows(OFFICE.get("/api/teams?limit=200&q=" + Api.q(name))).getValuesAs(JsonObject.class);
        return rows.stream().filter(t -> name.equals(t.getString("name"))).mapToLong(Fixtures::id).findFirst().orElseThrow();
    }

    static long projectTitled(String title) {
        List<JsonObject> rows = Fixtures.rows(OFFICE.get("/api/projects?limit=200&q=" + Api.q(title))).getValuesAs(JsonObject.class);
        return rows.stream().filter(p -> title.equals(p.getString("title"))).mapToLong(Fixtures::id).findFirst().orElseThrow();
    }

    static JsonObject policyIn(JsonObject eligibility, String code) {
        return eligibility.getJsonArray("policies").getValuesAs(JsonObject.class).stream()
                .filter(p -> code.equals(p.getString("code"))).findFirst().orElseThrow(() -> new AssertionError(code + " in " + eligibility));
    }

    /** "status text" of every condition of the verdict, depth first */
    static List<String> reasons(JsonObject verdict) {
        if (verdict.containsKey("parts")) {
            return verdict.getJsonArray("parts").getValuesAs(JsonObject.class).stream().flatMap(p -> reasons(p).stream()).toList();
        }
        return List.of(verdict.getString("status") + " " + verdict.getString("text"));
    }

    @Test
    void aDemoTeamQualifiesForSomePoliciesAndNotOthersWithEveryReason() {
        long tm08 = teamNamed("石雕文创设计团队");
        JsonObject e = read("/api/eligibility/team/" + tm08);
        assertEquals("TEAM", e.getString("kind"));
        assertEquals("石雕文创设计团队", e.getString("name"));
        assertEquals(today().toString(), e.getString("on"));
        assertTrue(e.getJsonArray("policies").getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList()
                .containsAll(List.of("financing", "space", "startup-fund")));
        assertTrue(e.getJsonArray("policies").getValuesAs(JsonObject.class).stream()
                .noneMatch(p -> List.of("apartment", "specialist").contains(p.getString("code"))), "only team policies");
        JsonObject fund = policyIn(e, "startup-fund");
        assertTrue(fund.getBoolean("eligible"), fund::toString);
        assertTrue(fund.getBoolean("inForce"));
        assertEquals(List.of("PASSED 团队状态：孵化中；要求：孵化中", "PASSED 企业注册在五莲：是；要求：是",
                "PASSED 成立日期：2022-11-01；要求：近 72 个月内（" + today().minusMonths(72) + " 或之后）",
                "PASSED 带头人最高学历：硕士；要求：硕士及以上", "FAILED 知识产权数：4 项；要求：不少于 5 项"), reasons(fund.getJsonObject("verdict")));
        // it had its one grant of the fund this year (demo A01): eligible by the rule, yet an application would be refused, and the answer says so
        assertEquals("该对象已获此政策扶持 1 次，已达上限 1 次", fund.getString("capReached"), fund::toString);
        assertTrue(policyIn(e, "space").getBoolean("eligible"));
        assertFalse(policyIn(e, "space").containsKey("capReached"), "another grant is possible");

        long tm12 = teamNamed("边缘计算芯片设计团队");
        JsonObject shibei = Api.as("office").inEnglish().get("/api/eligibility/team/" + tm12).json();
        JsonObject notFunded = policyIn(shibei, "startup-fund");
        assertFalse(notFunded.getBoolean("eligible"));
        assertFalse(notFunded.getBoolean("ruleMet"));
        assertEquals(List.of("PASSED team status: Incubating; required: Incubating", "FAILED company registered in Wulian: no; required: yes",
                "PASSED founded on: 2022-01-10; required: within the last 72 months (" + today().minusMonths(72) + " or later)",
                "FAILED leader's highest degree: High school or below; required: Master or above",
                "FAILED IP items: 4 items; required: at least 5 items"), reasons(notFunded.getJsonObject("verdict")));
        JsonObject any = notFunded.getJsonObject("verdict").getJsonArray("parts").getJsonObject(3);
        assertEquals("any", any.getString("join"));
        assertFalse(any.getBoolean("passed"));
        assertEquals(List.of("FAILED platform: Shibei Innovation & Entrepreneurship Incubation Centre; required: one of Fatong Courtyard, CAS Intellectual Property Town"),
                reasons(policyIn(shibei, "space").getJsonObject("verdict")).stream().filter(s -> s.contains("platform")).toList());
    }

    @Test
    void aDemoTalentAndAnUnknownOneWithMissingData() {
        long talent = id(Fixtures.byName("厉志远"));
        JsonObject apartment = policyIn(read("/api/eligibility/talent/" + talent), "apartment");
        int age = today().getYear() - 1982;
        assertEquals(age <= 45, apartment.getBoolean("eligible"), apartment::toString);
        assertEquals(List.of("PASSED 联络阶段：已返乡/投资；要求：深度对接、已返乡/投资之一",
                (age <= 45 ? "PASSED" : "FAILED") + " 年龄：" + age + " 岁；要求：不超过 45 岁",
                "PASSED 最高学历：博士；要求：硕士及以上", "FAILED 最高学历：博士；要求：本科", "FAILED 毕业年份：2010；要求：2021 或之后"),
                reasons(apartment.getJsonObject("verdict")));

        long newcomer = id(Fixtures.create(Fixtures.talent(Fixtures.unique("只有姓名"))));
        JsonObject unknown = policyIn(Api.as("office").inEnglish().get("/api/eligibility/talent/" + newcomer).json(), "apartment");
        assertFalse(unknown.getBoolean("eligible"));
        List<String> reasons = reasons(unknown.getJsonObject("verdict"));
        assertEquals("MISSING age: not recorded; required: at most 45 years", reasons.get(1));
        assertEquals("MISSING highest degree: not recorded; required: Master or above", reasons.get(2));
    }

    @Test
    void demoProjectsAboveAndBelowTheSpecialistsThreshold() {
        JsonObject big = policyIn(read("/api/eligibility/project/" + projectTitled("新能源专用车及核心零部件产业园项目")), "specialist");
        assertTrue(big.getBoolean("eligible"));
        assertEquals(List.of("PASSED 计划投资：3,000,000,000 元；要求：不少于 100,000,000 元", "PASSED 项目阶段：投产；要求：签约及以上"),
                reasons(big.getJsonObject("verdict")));
        JsonObject small = policyIn(read("/api/eligibility/project/" + projectTitled("抗肿瘤创新药中试基地项目")), "specialist");
        assertFalse(small.getBoolean("eligible"));
        assertEquals("FAILED 计划投资：95,000,000 元；要求：不少于 100,000,000 元", reasons(small.getJsonObject("verdict")).getFirst());
        assertEquals("一名服务专员全程代办审批、协调要素保障，直至项目投产", small.getString("benefitSummary"));
    }

    @Test
    void aNewVersionDecidesFromNowOn() {
        long team = id(TeamFixtures.draft("cas"));
        String code = code();
        create(OFFICE, policy(code));
        assertFalse(policyIn(read("/api/eligibility/team/" + team), code).getBoolean("eligible"), "a draft is not incubating");
        JsonObject drafts = policy(code).add("version", 1).add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fact", "status").add("op", "in")
                        .add("values", Json.createArrayBuilder().add("DRAFT").add("INCUBATING"))))).build();
        assertEquals(200, OFFICE.put("/api/policies/" + code, drafts.toString()).status());
        JsonObject now = policyIn(read("/api/eligibility/team/" + team), code);
        assertTrue(now.getBoolean("eligible"), now::toString);
        assertEquals(2, now.getInt("version"));
        assertEquals(404, OFFICE.get("/api/eligibility/planet/" + team).status());
    }

    // ---- who may do what

    static void assertStatus(int expected, Api.Reply r, String what) {
        assertEquals(expected, r.status(), () -> what + ": " + r.body());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void officeAndManagersReadPolicies(Caller role) {
        // a reviewer has no use for them: least privilege (ReviewerPrivilegeIT)
        int expected = role.refusal() != 0 ? role.refusal() : 200;
        for (String path : List.of("/api/policies", "/api/policies?kind=TEAM", "/api/policies/space", "/api/policies/space?version=1",
                "/api/policies/space/versions")) {
            assertStatus(expected, role.api().get(path), "GET " + path + " as " + role);
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOfficeCreatesAndEditsPolicies(Caller role) {
        String code = code();
        Api.Reply created = role.api().post("/api/policies", policy(code).build().toString());
        String existing = code();
        create(OFFICE, policy(existing));
        Api.Reply edited = role.api().put("/api/policies/" + existing, policy(existing).add("version", 1).add("benefitAmount", "1").build().toString());
        if (role.staff()) {
            assertStatus(201, created, "POST as " + role);
            assertStatus(200, edited, "PUT as " + role);
            assertEquals(List.of(2, 1), versions(existing));
            return;
        }
        int refusal = role == Caller.ANONYMOUS ? 401 : 403;
        assertStatus(refusal, created, "POST as " + role);
        assertStatus(refusal, edited, "PUT as " + role);
        assertErrorBody(created);
        assertEquals(404, OFFICE.get("/api/policies/" + code).status(), "a refused create stored a policy");
        assertEquals(List.of(1), versions(existing), "a refused edit made a version");
    }

    /** one subject kind on each side of a manager's scope, and an id that does not exist */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void eligibilityIsScopedLikeTheSubjects(Caller role) {
        long ownTeam = id(TeamFixtures.draft(role.ownPlatform()));
        long otherTeam = id(TeamFixtures.draft(role.otherPlatform()));
        long ownProject = id(ProjectFixtures.fresh(role.ownPlatform()));
        long otherProject = id(ProjectFixtures.fresh(role.otherPlatform()));
        long unhoused = id(ProjectFixtures.fresh(null));
        long talent = TeamFixtures.leaderId();
        Api api = role.api();
        Api.Reply[] replies = {
                api.get("/api/eligibility/team/" + ownTeam), api.get("/api/eligibility/team/" + otherTeam),
                api.get("/api/eligibility/team/" + TeamFixtures.NO_SUCH_TEAM),
                api.get("/api/eligibility/project/" + ownProject), api.get("/api/eligibility/project/" + otherProject),
                api.get("/api/eligibility/project/" + unhoused), api.get("/api/eligibility/project/" + ProjectFixtures.NO_SUCH_PROJECT),
                api.get("/api/eligibility/talent/" + talent), api.get("/api/eligibility/talent/999999")};
        List<Integer> statuses = Stream.of(replies).map(Api.Reply::status).toList();
        List<Integer> expected = switch (role) {
            case OFFICE, ADMIN -> List.of(200, 200, 404, 200, 200, 200, 404, 200, 404);
            case MGR_FATONG, MGR_SHIBEI -> List.of(200, 403, 403, 200, 403, 403, 403, 200, 404);
            case REVIEWER -> List.of(403, 403, 403, 403, 403, 403, 403, 403, 403);
            case ANONYMOUS -> List.of(401, 401, 401, 401, 401, 401, 401, 401, 401);
        };
        assertEquals(expected, statuses, () -> "team own/other/none, project own/other/unhoused/none, talent/none as " + role + ": "
                + Stream.of(replies).map(Api.Reply::body).toList());
        if (role.manager()) {
            assertEquals(replies[1].body(), replies[2].body(), "another platform's team and a missing id must be refused alike");
            assertEquals(replies[4].body(), replies[6].body(), "another platform's project and a missing id must be refused alike");
        }
        if (statuses.getFirst() == 200) {
            assertEquals(ownTeam, replies[0].json().getJsonNumber("id").longValue());
        }
    }
}
