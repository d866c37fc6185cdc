package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertInUse;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.today;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-use check before every delete, one test per kind of reference: the delete answers 409
 * naming the referring record (its name and the part the record plays in it) in the reader's
 * language, nothing is deleted, and a record of the same kind that nothing names is deleted.
 */
@ExtendWith(RunningApp.class)
class ReferencesIT {

    private static final Api ADMIN = Api.as("admin");
    /** the award's years 2030–2099 belong to the award tests; this class nominates in 2100 */
    private static final int AWARD_YEAR = 2100;

    // ---- talents

    @Test
    void aTalentLeadingATeamIsNotDeleted() {
        long talent = talent(unique("带头人"));
        String team = unique("引用团队");
        TeamFixtures.createTeam(OFFICE, TeamFixtures.team(team, "fatong").add("leaderId", talent).build());

        assertReferredBy("/api/talents/" + talent, "TEAM", team, "负责人");
        assertDeleted("/api/talents/" + talent(unique("无人引用")));
    }

    @Test
    void aTeamMemberIsNotDeleted() {
        long talent = talent(unique("团队成员"));
        String team = unique("成员团队");
        TeamFixtures.createTeam(OFFICE, TeamFixtures.team(team, "cas")
                .add("members", Json.createArrayBuilder().add(Json.createObjectBuilder().add("talentId", talent).add("role", "技术"))).build());

        assertReferredBy("/api/talents/" + talent, "TEAM", team, "成员");
    }

    @Test
    void aProjectsLeadTalentIsNotDeleted() {
        long talent = talent(unique("领衔"));
        String project = unique("领衔项目");
        ProjectFixtures.create(OFFICE, ProjectFixtures.project(project, "shibei").add("leadTalentId", talent).build());

        assertReferredBy("/api/talents/" + talent, "PROJECT", project, "领衔人才");
    }

    @Test
    void aProjectsRecommenderIsNotDeleted() {
        long talent = talent(unique("引荐人"));
        String project = unique("引荐项目");
        ProjectFixtures.create(OFFICE, ProjectFixtures.project(project, "kunshan")
                .add("recommenderKind", "TALENT").add("recommenderTalentId", talent).build());

        assertReferredBy("/api/talents/" + talent, "PROJECT", project, "第一引荐人");
    }

    @Test
    void anApplicantIsNotDeleted() {
        String name = unique("申请人");
        long talent = id(Fixtures.create(Fixtures.talent(name).add("township", "洪凝街道")));
        Applied applied = applied("TALENT", talent, name, PoliciesApiIT.condition("hometownInWulian", "isTrue", null));

        assertReferredBy("/api/talents/" + talent, "APPLICATION", applied.label(), "申请对象");
    }

    @Test
    void aNomineeIsNotDeleted() {
        String name = unique("被提名");
        long talent = id(Fixtures.create(Fixtures.talent(name).add("township", "洪凝街道")));
        Api.Reply opened = OFFICE.post("/api/award-cycles", AwardsApiIT.cycle(AWARD_YEAR, 1, AwardsApiIT.hometownRule())
                .add("name", AWARD_YEAR + " 年度引用测试").build().toString());
        assertEquals(201, opened.status(), opened::body);
        Api.Reply nominated = AwardsApiIT.nominate(OFFICE, id(opened.json()), "innovation", talent);
        assertEquals(201, nominated.status(), nominated::body);

        assertReferredBy("/api/talents/" + talent, "NOMINATION", AWARD_YEAR + " 年度引用测试 · " + name, "被提名人");
    }

    @Test
    void aTalentLinkedToAnAccountIsNotDeleted() {
        long talent = id(Fixtures.byName("厉志远")); // the demo links reviewer1 to this talent
        assertReferredBy("/api/talents/" + talent, "ACCOUNT", "评委 厉志远", "账号本人");
    }

    @Test
    void theRefusalIsInTheReadersLanguage() {
        long talent = talent(unique("英文"));
        String team = unique("English team");
        TeamFixtures.createTeam(OFFICE, TeamFixtures.team(team, "fatong").add("leaderId", talent).build());

        Api.Reply r = OFFICE.inEnglish().delete("/api/talents/" + talent);
        JsonObject body = assertInUse(r, team);
        assertEquals("This talent cannot be deleted: it is still referred to by team \"" + team + "\" (leader)", body.getString("error"));
        assertEquals("leader", reference(body, team).getString("role"));
    }

    // ---- teams

    @Test
    void aTeamWithAProjectIsNotDeleted() {
        JsonObject team = TeamFixtures.draft("fatong");
        String project = unique("团队项目");
        ProjectFixtures.create(OFFICE, Json.createObjectBuilder().add("title", project).add("teamId", id(team))
                .add("plannedInvestment", 1).add("countyLeader", "副县长 测试").add("openedOn", today().toString()).build());

        assertReferredBy("/api/teams/" + id(team), "PROJECT", project, "所属团队");
        assertDeleted("/api/teams/" + id(TeamFixtures.draft("fatong")));
    }

    @Test
    void aTeamWithAnApplicationIsNotDeleted() {
        JsonObject team = TeamFixtures.draft("shibei");
        Applied applied = applied("TEAM", id(team), team.getString("name"), PoliciesApiIT.condition("headcount", "gte", 1));

        assertReferredBy("/api/teams/" + id(team), "APPLICATION", applied.label(), "申请对象");
    }

    // ---- projects

    @Test
    void aProjectWithAnApplicationIsNotDeleted() {
        JsonObject project = ProjectFixtures.fresh("cas");
        Applied applied = applied("PROJECT", id(project), project.getString("title"), PoliciesApiIT.condition("plannedInvestment", "gte", 1));

        assertReferredBy("/api/projects/" + id(project), "APPLICATION", applied.label(), "申请对象");
        assertDeleted("/api/projects/" + id(ProjectFixtures.fresh("cas")));
    }

    // ---- platforms

    @Test
    void aPlatformWithTeamsAndAManagerIsNotDeleted() {
        String team = unique("平台团队");
        TeamFixtures.createTeam(OFFICE, TeamFixtures.team(team, "shibei").build());

        JsonObject body = assertReferredBy("/api/platforms/shibei", "TEAM", team, "所属平台");
        assertEquals("平台管理员", reference(body, "市北双创孵化中心 管丽娜").getString("role"));
        assertEquals(403, Api.as("mgr-shibei").delete("/api/platforms/shibei").status(), "a manager does not delete platforms");
        assertEquals(404, OFFICE.delete("/api/platforms/no-such-platform").status());
    }

    // ---- policies

    @Test
    void aPolicyWithApplicationsIsNotDeleted() {
        JsonObject team = TeamFixtures.draft("kunshan");
        Applied applied = applied("TEAM", id(team), team.getString("name"), PoliciesApiIT.condition("headcount", "gte", 1));

        assertReferredBy("/api/policies/" + applied.policy(), "APPLICATION", applied.label(), "申请的政策");
        assertEquals(403, Api.as("mgr-kunshan").delete("/api/policies/" + applied.policy()).status(), "a manager does not delete policies");

        String unused = policy(unique("无人申请"), "TEAM", PoliciesApiIT.condition("headcount", "gte", 1));
        assertDeleted("/api/policies/" + unused);
        assertEquals(404, OFFICE.get("/api/policies/" + unused + "/versions").status(), "every version is gone");
    }

    // ---- accounts

    @Test
    void anAccountThatLooksAfterATalentIsNotDeleted() {
        String name = unique("有联络人");
        Fixtures.create(Fixtures.talent(name).add("liaison", "office2"));

        assertReferredBy(ADMIN.delete("/api/accounts/office2"), "TALENT", name, "联络人");
        assertEquals(403, OFFICE.delete("/api/accounts/office2").status(), "accounts are the administrator's");
        assertEquals(404, ADMIN.delete("/api/accounts/no-such-user").status());
    }

    @Test
    void anAccountThatLoggedAContactIsNotDeleted() {
        String name = unique("被联络");
        long talent = talent(name);
        Api.Reply logged = Api.as("office2").post("/api/talents/" + talent + "/interactions",
                "{\"kind\":\"CALL\",\"occurredAt\":\"" + Fixtures.daysAgoAt10(1) + "\",\"summary\":\"电话联系\"}");
        assertEquals(201, logged.status(), logged::body);

        assertReferredBy(ADMIN.delete("/api/accounts/office2"), "TALENT", name, "记录人");
        assertEquals(200, Api.as("office2").get("/api/talents/" + talent).status(), "the account still signs in");
    }

    @Test
    void anAdministratorDoesNotDeleteTheirOwnAccount() {
        assertRejected(ADMIN.delete("/api/accounts/admin"), "username");
    }

    // ---- helpers

    private static long talent(String name) {
        return id(Fixtures.create(Fixtures.talent(name)));
    }

    /** a cash policy for this kind of beneficiary under one condition; its code */
    static String policy(String name, String kind, JsonObject condition) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", PoliciesApiIT.code()).add("name", name)
                .add("beneficiaryKind", kind).add("benefitKind", "CASH").add("benefitAmount", "100")
                .add("annualBudget", "1000").add("validFrom", "2026-01-01")
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder().add(condition)));
        return PoliciesApiIT.create(OFFICE, b).getString("code");
    }

    /** what the refusal calls an application, and the code of its policy */
    private record Applied(String policy, String label) {
    }

    /** an application of the subject under a fresh cash policy of its kind with one condition */
    private static Applied applied(String kind, long subject, String subjectName, JsonObject condition) {
        String name = unique("引用政策");
        String policy = policy(name, kind, condition);
        Api.Reply r = ApplicationFixtures.submit(OFFICE, policy, kind, subject, null);
        assertEquals(201, r.status(), r::body);
        return new Applied(policy, name + " · " + subjectName);
    }

    /** office's delete of the record refused, naming the referrer with its kind and role, and the record still there */
    private static JsonObject assertReferredBy(String path, String kind, String label, String role) {
        JsonObject body = assertReferredBy(OFFICE.delete(path), kind, label, role);
        assertEquals(200, OFFICE.get(path).status(), () -> path + " is gone after a refused delete");
        return body;
    }

    /** 409 naming the referring record with its kind and role */
    private static JsonObject assertReferredBy(Api.Reply r, String kind, String label, String role) {
        JsonObject body = assertInUse(r, label);
        JsonObject referrer = reference(body, label);
        assertEquals(kind, referrer.getString("kind"), r::body);
        assertEquals(role, referrer.getString("role"), r::body);
        assertTrue(body.getString("error").contains("（" + role + "）"), r::body);
        return body;
    }

    private static JsonObject reference(JsonObject body, String label) {
        List<JsonObject> found = body.getJsonArray("references").getValuesAs(JsonObject.class).stream()
                .filter(o -> label.equals(o.getString("label"))).toList();
        assertEquals(1, found.size(), () -> label + " in " + body);
        return found.getFirst();
    }

    private static void assertDeleted(String path) {
        Api.Reply r = OFFICE.delete(path);
        assertEquals(204, r.status(), r::body);
        assertEquals(404, OFFICE.get(path).status(), () -> path + " still answers after its delete");
    }
}
