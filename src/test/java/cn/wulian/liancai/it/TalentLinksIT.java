package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The talent's file over HTTP: {@code /api/talents/{id}/links} lists the teams, projects,
 * applications and nominations naming the talent with their status and page, each feature by its
 * own scope (a manager their platform's); {@code /neighbours} places the talent in the list as
 * filtered and sorted by the same query the list takes.
 */
@ExtendWith(RunningApp.class)
class TalentLinksIT {

    static final Api MANAGER = Api.as("mgr-fatong");

    @Test
    void everyFeatureListsItsRecordsNamingTheTalentInItsOwnScope() {
        String name = unique("一人一档");
        long talent = id(Fixtures.create(Fixtures.talent(name).add("township", "洪凝街道")));
        long fatongTeam = id(TeamFixtures.createTeam(OFFICE, TeamFixtures.team(unique("法桐档案团队"), "fatong").add("leaderId", talent).build()));
        long shibeiTeam = id(TeamFixtures.createTeam(OFFICE, TeamFixtures.team(unique("市北档案团队"), "shibei").add("leaderId", talent).build()));
        String title = unique("档案项目");
        long project = id(ProjectFixtures.create(OFFICE, ProjectFixtures.project(title, "fatong")
                .add("recommenderKind", "TALENT").add("recommenderTalentId", talent).build()));
        String policyName = unique("档案政策");
        String policy = ReferencesIT.policy(policyName, "TALENT", PoliciesApiIT.condition("hometownInWulian", "isTrue", null));
        Api.Reply applied = ApplicationFixtures.submit(OFFICE, policy, "TALENT", talent, null);
        assertEquals(201, applied.status(), applied::body);
        int year = freeYear();
        Api.Reply opened = OFFICE.post("/api/award-cycles", AwardsApiIT.cycle(year, 1, AwardsApiIT.hometownRule())
                .add("name", year + " 年度档案测试").build().toString());
        assertEquals(201, opened.status(), opened::body);
        long cycle = id(opened.json());
        Api.Reply nominated = AwardsApiIT.nominate(OFFICE, cycle, "innovation", talent);
        assertEquals(201, nominated.status(), nominated::body);

        assertEquals(List.of(
                        "TEAM " + shibeiTeam + " leader DRAFT /teams/view.xhtml?id=" + shibeiTeam,
                        "TEAM " + fatongTeam + " leader DRAFT /teams/view.xhtml?id=" + fatongTeam,
                        "PROJECT " + project + " recommender NEGOTIATING /projects/view.xhtml?id=" + project,
                        "APPLICATION " + id(applied.json()) + " applicant SUBMITTED /applications/view.xhtml?id=" + id(applied.json()),
                        "NOMINATION " + id(nominated.json()) + " nominee IN_REVIEW /awards/cycle.xhtml?id=" + cycle),
                lines(OFFICE, talent), "the office sees every record naming the talent, newest first within each kind");
        JsonObject application = links(OFFICE, talent).getValuesAs(JsonObject.class).get(3);
        assertEquals(policyName, application.getString("label"), "an application is named by its policy");

        // the office's own application and nomination belong to no platform: a manager sees their platform's team and project only
        assertEquals(List.of(
                        "TEAM " + fatongTeam + " leader DRAFT /teams/view.xhtml?id=" + fatongTeam,
                        "PROJECT " + project + " recommender NEGOTIATING /projects/view.xhtml?id=" + project),
                lines(MANAGER, talent));
        assertEquals(403, Api.as("reviewer1").get("/api/talents/" + talent + "/links").status());
        assertEquals(404, OFFICE.get("/api/talents/999999999/links").status());
    }

    @Test
    void neighboursFollowTheListsFiltersAndSortForOfficeAndManagerAlike() {
        String prefix = unique("邻居");
        List<Long> ids = IntStream.of(3, 1, 2).mapToObj(i -> id(Fixtures.create(Fixtures.talent(prefix + i)))).toList();
        long first = ids.get(1);
        long second = ids.get(2);
        long third = ids.get(0);
        String query = "?name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + "&sort=name&order=asc";
        for (Api api : List.of(OFFICE, MANAGER)) {
            JsonObject middle = api.get("/api/talents/" + second + "/neighbours" + query).json();
            assertEquals(Json.createObjectBuilder().add("position", 2).add("total", 3).add("previous", first).add("next", third).build(), middle);
            JsonObject last = api.get("/api/talents/" + third + "/neighbours" + query).json();
            assertEquals(3, last.getInt("position"));
            assertEquals(second, last.getJsonNumber("previous").longValue());
            assertTrue(!last.containsKey("next") || last.isNull("next"), last::toString);
        }
        JsonObject descending = OFFICE.get("/api/talents/" + first + "/neighbours" + query.replace("asc", "desc")).json();
        assertEquals(3, descending.getInt("position"), descending::toString);
        JsonObject elsewhere = OFFICE.get("/api/talents/" + first + "/neighbours?name=" + URLEncoder.encode(unique("无此人"), StandardCharsets.UTF_8)).json();
        assertEquals(0, elsewhere.getInt("position"), "a talent the filter does not match is not placed: " + elsewhere);
        assertEquals(403, Api.as("reviewer1").get("/api/talents/" + first + "/neighbours").status());
    }

    @Test
    void neighboursInASearchFollowTheResultsOrder() {
        String prefix = unique("搜索邻居");
        // 甲 after the unique tail, not a digit: the tail stays a word of its own that the search finds
        List<Long> created = java.util.stream.Stream.of("甲", "乙", "丙").map(s -> id(Fixtures.create(Fixtures.talent(prefix + s)))).toList();
        String search = "?search=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        for (Api api : List.of(OFFICE, MANAGER)) {
            List<Long> order = Fixtures.hitIds(api.get("/api/search?type=talent&q=" + Api.q(prefix)).json());
            assertEquals(java.util.Set.copyOf(created), java.util.Set.copyOf(order), "the search finds the three");
            JsonObject middle = api.get("/api/talents/" + order.get(1) + "/neighbours" + search).json();
            assertEquals(Json.createObjectBuilder().add("position", 2).add("total", 3).add("previous", order.get(0)).add("next", order.get(2)).build(),
                    middle, "the results' order, not the list's");
        }
        // the list's own filter q is not the search: an unknown name places nobody either way
        JsonObject elsewhere = OFFICE.get("/api/talents/" + created.getFirst() + "/neighbours?search=" + Api.q(unique("无此人"))).json();
        assertEquals(0, elsewhere.getInt("position"), elsewhere::toString);
        assertEquals(0, elsewhere.getInt("total"), elsewhere::toString);
        assertEquals(403, Api.as("reviewer1").get("/api/talents/" + created.getFirst() + "/neighbours" + search).status());
    }

    private static JsonArray links(Api api, long talent) {
        Api.Reply r = api.get("/api/talents/" + talent + "/links");
        assertEquals(200, r.status(), r::body);
        return (JsonArray) r.jsonValue();
    }

    private static List<String> lines(Api api, long talent) {
        return links(api, talent).getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("kind") + " " + l.getJsonNumber("id") + " " + l.getString("role") + " " + l.getString("status") + " "
                        + l.getString("href")).toList();
    }

    /** a year no cycle has yet, at the far end of the range other tests leave alone */
    static int freeYear() {
        List<Integer> taken = ((JsonArray) OFFICE.get("/api/award-cycles").jsonValue()).getValuesAs(JsonObject.class).stream()
                .map(c -> c.getInt("year")).toList();
        return IntStream.rangeClosed(2080, 2099).filter(y -> !taken.contains(y)).findFirst()
                .orElseThrow(() -> new AssertionError("no free year for a cycle: " + taken));
    }
}
