package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/network}: a talent's network two steps out over a corpus this test makes, edge by edge:
 *
 * <pre>
 *   A —classmate— B —colleague— C —relative— D          (D is three steps from A: not drawn)
 *   A referred by E (the record's field, kept as a REFERRED_BY relation)
 *   team T (fatong): led by A, member F        project P (shibei): led by G, recommended by A
 * </pre>
 * and what a manager of another platform, a reviewer and nobody may see of it.
 */
@ExtendWith(RunningApp.class)
class NetworkApiIT {

    static long a, b, c, d, e, f, g, team, project;

    @BeforeAll
    static void aSmallWorld() {
        e = id(create(talent(unique("网络引荐人"))));
        a = id(create(talent(unique("网络甲")).add("referrerId", e)));
        b = id(create(talent(unique("网络乙"))));
        c = id(create(talent(unique("网络丙"))));
        d = id(create(talent(unique("网络丁"))));
        f = id(create(talent(unique("网络团队成员"))));
        g = id(create(talent(unique("网络项目领衔"))));
        relate(a, b, "CLASSMATE");
        relate(b, c, "COLLEAGUE");
        relate(c, d, "RELATIVE");
        team = id(TeamFixtures.createTeam(OFFICE, Json.createObjectBuilder().add("name", unique("网络团队")).add("leaderId", a)
                .add("field", "新材料").add("headcount", 5).add("platform", "fatong")
                .add("members", Json.createArrayBuilder().add(Json.createObjectBuilder().add("talentId", f).add("role", "技术"))).build()));
        project = id(ProjectFixtures.create(OFFICE, ProjectFixtures.project(unique("网络项目"), "shibei").add("leadTalentId", g)
                .add("recommenderKind", "TALENT").add("recommenderTalentId", a).build()));
    }

    static void relate(long from, long to, String kind) {
        Api.Reply r = OFFICE.post("/api/talents/" + from + "/relations", "{\"otherId\":" + to + ",\"kind\":\"" + kind + "\"}");
        assertEquals(201, r.status(), r::body);
    }

    static Set<String> edges(JsonObject graph) {
        return graph.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getString("from") + ">" + x.getString("to") + ":" + x.getString("kind")).collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, Integer> steps(JsonObject graph) {
        return graph.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(n -> n.getString("id"), n -> n.getInt("step")));
    }

    @Test
    void twoStepsOutEdgeByEdge() {
        Api.Reply r = OFFICE.get("/api/network/talents/" + a);
        assertEquals(200, r.status(), r::body);
        JsonObject graph = r.json();
        assertEquals("T" + a, graph.getString("centre"));
        assertEquals(Map.of("T" + a, 0, "T" + b, 1, "T" + e, 1, "TM" + team, 1, "P" + project, 1, "T" + c, 2, "T" + f, 2, "T" + g, 2),
                steps(graph), "D is three steps away");
        assertEquals(new TreeSet<>(Set.of(
                "T" + a + ">T" + b + ":CLASSMATE", "T" + a + ">T" + e + ":REFERRED_BY", "T" + a + ">TM" + team + ":LEADS",
                "T" + a + ">P" + project + ":RECOMMENDED", "T" + b + ">T" + c + ":COLLEAGUE", "T" + f + ">TM" + team + ":MEMBER",
                "T" + g + ">P" + project + ":LEADS")), edges(graph));
        JsonObject teamNode = graph.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("id").equals("TM" + team)).findFirst().orElseThrow();
        assertEquals("/teams/view.xhtml?id=" + team, teamNode.getString("href"));
        assertFalse(r.body().contains("phone") || r.body().contains("email"), "names only");
    }

    @Test
    void theKindsAskedForAreTheOnlyLinksDrawn() {
        JsonObject only = OFFICE.get("/api/network/talents/" + a + "?kinds=CLASSMATE,COLLEAGUE").json();
        assertEquals(Map.of("T" + a, 0, "T" + b, 1, "T" + c, 2), steps(only));
        JsonObject teams = OFFICE.get("/api/network/talents/" + a + "?kinds=TEAM").json();
        assertEquals(Set.of("T" + a, "TM" + team, "T" + f), steps(teams).keySet());
        assertRejected(OFFICE.get("/api/network/talents/" + a + "?kinds=FRIEND"), "kinds");
        assertEquals(404, OFFICE.get("/api/network/talents/987654321").status());
    }

    @Test
    void aManagerSeesNoOtherPlatformsRecordsAndAReviewerNothing() {
        JsonObject shibei = Api.as("mgr-shibei").get("/api/network/talents/" + a).json();
        assertFalse(steps(shibei).containsKey("TM" + team), "another platform's team is not drawn for a manager");
        assertFalse(steps(shibei).containsKey("T" + f), "nor whoever only it linked");
        assertTrue(steps(shibei).containsKey("P" + project), "their own platform's project is");
        JsonObject fatong = Api.as("mgr-fatong").get("/api/network/talents/" + a).json();
        assertTrue(steps(fatong).containsKey("TM" + team));
        assertFalse(steps(fatong).containsKey("P" + project));
        // the registry's figures count the teams a manager could open, as their pictures draw them (9 people where 5 were drawn)
        long all = OFFICE.get("/api/network?kinds=TEAM").json().getJsonNumber("linked").longValue();
        long theirs = Api.as("mgr-shibei").get("/api/network?kinds=TEAM").json().getJsonNumber("linked").longValue();
        assertTrue(theirs < all && all >= 2, () -> "a Shibei manager counts " + theirs + " of " + all + " linked by teams");
        assertEquals(403, Api.as("reviewer1").get("/api/network/talents/" + a).status());
        assertEquals(403, Api.as("reviewer1").get("/api/network").status());
        assertEquals(401, Api.anonymous().get("/api/network/talents/" + a).status());
    }

    @Test
    void theRegistrysConnectorsAndGroups() {
        JsonObject registry = OFFICE.get("/api/network?kinds=CLASSMATE,COLLEAGUE,RELATIVE").json();
        assertTrue(registry.getJsonNumber("linked").longValue() >= 4);
        // A, B, C, D hang together: one group holds all four
        long ours = registry.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(gr -> gr.getJsonNumber("size").longValue() >= 4).count();
        assertTrue(ours >= 1, registry::toString);
        JsonObject demo = OFFICE.get("/api/network").json();
        assertEquals(20, demo.getJsonArray("connectors").size(), "the demo has more than twenty linked talents");
        long first = demo.getJsonArray("connectors").getJsonObject(0).getJsonNumber("links").longValue();
        long last = demo.getJsonArray("connectors").getJsonObject(19).getJsonNumber("links").longValue();
        assertTrue(first >= last, "most links first");
        assertRejected(OFFICE.get("/api/network?kinds=nonsense"), "kinds");
    }
}
