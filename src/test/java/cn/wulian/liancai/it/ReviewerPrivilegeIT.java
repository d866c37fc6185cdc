package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Least privilege for the award committee: a reviewer reaches the nominations assigned to them
 * (their queue, the review, the nomination with the nominee's achievements and evidence) and
 * nothing of the registry: no talent, team, project, platform, policy, application, dashboard,
 * ranking or search, no export, by id or by list, in the API (403) and in the pages (403, the error
 * page) alike; a nominee that is not theirs, or an id that does not exist, is refused the same way.
 * Office staff and managers keep what they had, so the refusals are the reviewer's own.
 */
@ExtendWith(RunningApp.class)
class ReviewerPrivilegeIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("reviewer-privilege");

    static final String REVIEWER = "reviewer2";
    static final long MISSING = 999_999_999L;

    /** an assignment of the reviewer's, its nomination and nominee, and a nomination of the same cycle not assigned to them */
    static long assignment;
    static long nomination;
    static long nominee;
    static long notTheirs;
    static long othersAssignment;
    static long cycle;
    static long team;
    static long project;

    @BeforeAll
    static void theReviewersWork() {
        // an open assignment in a cycle where some nomination is not the reviewer's (cycles other tests set up
        // may assign every nomination to them; the demo's 2026 cycle does not)
        List<JsonObject> nominations = null;
        for (JsonObject mine : ((JsonArray) Api.as(REVIEWER).get("/api/reviews").jsonValue()).getValuesAs(JsonObject.class)) {
            if (mine.getBoolean("declared")) {
                continue;
            }
            JsonObject n = OFFICE.get("/api/nominations/" + mine.getJsonNumber("nomination").longValue()).json();
            List<JsonObject> ofCycle = ((JsonArray) OFFICE.get("/api/award-cycles/" + n.getJsonNumber("cycleId").longValue() + "/nominations")
                    .jsonValue()).getValuesAs(JsonObject.class);
            var other = ofCycle.stream().filter(x -> x.getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                    .noneMatch(a -> a.getString("reviewer").equals(REVIEWER))).findFirst();
            if (other.isPresent()) {
                assignment = id(mine);
                nomination = mine.getJsonNumber("nomination").longValue();
                nominee = n.getJsonNumber("talentId").longValue();
                cycle = n.getJsonNumber("cycleId").longValue();
                notTheirs = id(other.get());
                nominations = ofCycle;
                break;
            }
        }
        if (nominations == null) {
            throw new AssertionError("no open assignment of " + REVIEWER + " in a cycle with a nomination not theirs");
        }
        othersAssignment = nominations.stream().flatMap(x -> x.getJsonArray("assignments").getValuesAs(JsonObject.class).stream())
                .filter(a -> !a.getString("reviewer").equals(REVIEWER))
                .map(Fixtures::id).findFirst().orElseThrow(() -> new AssertionError("no other reviewer has an assignment"));
        team = id(Fixtures.rows(OFFICE.get("/api/teams?limit=1")).getJsonObject(0));
        project = id(Fixtures.rows(OFFICE.get("/api/projects?limit=1")).getJsonObject(0));
    }

    // ---- the API

    /** every registry endpoint a reviewer used to reach or might try, reading by list, by id (their own nominee's too), by missing id, and exporting */
    static List<String> registryEndpoints() {
        return List.of("/api/talents?limit=5", "/api/talents/export", "/api/talents/" + nominee, "/api/talents/" + MISSING,
                "/api/talents/" + nominee + "/relations", "/api/talents/" + nominee + "/interactions",
                "/api/platforms", "/api/platforms/export", "/api/platforms/fatong", "/api/platforms/no-such-platform",
                "/api/platforms/fatong/teams", "/api/policies", "/api/policies/startup-fund", "/api/policies/startup-fund/versions",
                "/api/search?q=" + Api.q("山东大学"), "/api/search?q=" + Api.q("山东大学") + "&type=talent",
                "/api/teams?limit=5", "/api/teams/export", "/api/teams/" + team, "/api/projects?limit=5", "/api/projects/export",
                "/api/projects/" + project, "/api/applications", "/api/applications/export", "/api/applications/report",
                "/api/eligibility/talent/" + nominee, "/api/dashboard", "/api/follow-ups", "/api/rankings",
                "/api/award-cycles/" + cycle + "/nominations", "/api/award-cycles/" + cycle + "/ranking",
                "/api/award-cycles/" + cycle + "/ranking/export");
    }

    @ParameterizedTest
    @MethodSource("registryEndpoints")
    void aReviewerReachesNothingOfTheRegistry(String path) {
        Api.Reply r = Api.as(REVIEWER).getAny(path);
        assertEquals(403, r.status(), () -> path + ": " + r.body());
        assertFalse(r.body().contains("\"rows\""), path);
    }

    static Stream<String> readableByManagers() {
        return Stream.of("/api/talents?limit=5", "/api/talents/export", "/api/talents/" + nominee, "/api/talents/" + nominee + "/relations",
                "/api/platforms", "/api/platforms/export", "/api/platforms/fatong", "/api/policies", "/api/policies/startup-fund",
                "/api/search?q=" + Api.q("山东大学"), "/api/teams?limit=5", "/api/projects?limit=5");
    }

    @ParameterizedTest
    @MethodSource("readableByManagers")
    void officeStaffAndManagersStillReadTheRegistry(String path) {
        for (String user : List.of("office", "admin", "mgr-fatong")) {
            Api.Reply r = Api.as(user).getAny(path);
            assertEquals(200, r.status(), () -> user + " " + path + ": " + r.body());
        }
        // a missing talent is still "no such talent" for them: only the reviewer is refused before the look-up
        assertEquals(404, OFFICE.get("/api/talents/" + MISSING).status());
        assertEquals(404, Api.as("mgr-fatong").get("/api/talents/" + MISSING).status());
    }

    @Test
    void aReviewerReadsTheirOwnNomineeThroughTheAward() {
        Api reviewer = Api.as(REVIEWER);
        Api.Reply review = reviewer.get("/api/reviews/" + assignment);
        assertEquals(200, review.status(), review::body);
        JsonObject n = review.json().getJsonObject("nomination");
        assertEquals(nominee, n.getJsonNumber("talentId").longValue());
        assertTrue(n.containsKey("achievements"), n::toString);
        Api.Reply byId = reviewer.get("/api/nominations/" + nomination);
        assertEquals(200, byId.status(), byId::body);
        assertEquals(n.getString("nominee"), byId.json().getString("nominee"));
        assertEquals(200, reviewer.get("/api/nominations/" + nomination + "/attachments").status());
    }

    @Test
    void aNomineeNotAssignedToTheReviewerIsRefusedAsAMissingOne() {
        Api reviewer = Api.as(REVIEWER);
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String path : List.of("/api/nominations/" + notTheirs, "/api/nominations/" + MISSING,
                "/api/nominations/" + notTheirs + "/attachments", "/api/nominations/" + MISSING + "/attachments",
                "/api/reviews/" + othersAssignment, "/api/reviews/" + MISSING)) {
            expected.put(path, 403);
            actual.put(path, reviewer.get(path).status());
        }
        assertEquals(expected, actual);
        assertEquals(reviewer.get("/api/nominations/" + notTheirs).body(), reviewer.get("/api/nominations/" + MISSING).body(),
                "another's nomination and a missing one must be refused alike");
    }

    // ---- the pages

    /** the registry's pages, each by list, by id, by the reviewer's own nominee and by a missing id */
    static List<String> registryPages() {
        return List.of("/talents/list.xhtml", "/talents/profile.xhtml?id=" + nominee, "/talents/profile.xhtml?id=" + MISSING,
                "/talents/edit.xhtml", "/talents/edit.xhtml?id=" + nominee, "/teams/list.xhtml", "/teams/view.xhtml?id=" + team,
                "/projects/list.xhtml", "/projects/view.xhtml?id=" + project, "/platforms/list.xhtml", "/platforms/view.xhtml?code=fatong",
                "/policies/list.xhtml", "/applications/list.xhtml", "/applications/report.xhtml", "/dashboard.xhtml",
                "/search.xhtml", "/search.xhtml?q=" + Api.q("山东大学"), "/followups.xhtml", "/ranking.xhtml",
                "/awards/cycles.xhtml", "/awards/cycle.xhtml?id=" + cycle, "/awards/ranking.xhtml?id=" + cycle,
                "/awards/audit.xhtml?id=" + cycle, "/awards/nominate.xhtml?cycle=" + cycle);
    }

    @Test
    void aReviewersPagesAreTheirReviews() {
        Browser session = login(REVIEWER);
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String page : registryPages()) {
            expected.put(page, 403);
            actual.put(page, session.fetch(page).statusCode());
        }
        expected.put("/awards/reviews.xhtml", 200);
        expected.put("/awards/review.xhtml?id=" + assignment, 200);
        expected.put("/awards/review.xhtml?id=" + othersAssignment, 403);
        for (String page : List.of("/awards/reviews.xhtml", "/awards/review.xhtml?id=" + assignment, "/awards/review.xhtml?id=" + othersAssignment)) {
            actual.put(page, session.fetch(page).statusCode());
        }
        assertEquals(expected, actual);

        HttpResponse<String> refused = session.fetch("/talents/list.xhtml");
        assertTrue(refused.body().contains("您没有访问此页面的权限"), "the error page says why: " + refused.body());
    }

    @Test
    void aReviewerLandsOnTheirReviewsAndTheMenuShowsOnlyThem() {
        Browser session = login(REVIEWER);
        HttpResponse<String> landing = session.fetch("/");
        assertEquals(302, landing.statusCode(), landing::body);
        assertTrue(landing.headers().firstValue("Location").orElse("").contains("/awards/reviews.xhtml"), landing.headers()::toString);
        String reviews = session.fetch("/awards/reviews.xhtml").body();
        assertTrue(reviews.contains("id=\"navReviews\""), "the reviews link");
        for (String hidden : List.of("navTalents", "navPlatforms", "navTeams", "navProjects", "navPolicies", "navApplications",
                "navAwards", "navDashboard", "navRanking", "topSearch")) {
            assertFalse(reviews.contains("id=\"" + hidden + "\""), () -> hidden + " shown to a reviewer");
        }
    }

    @Test
    void officeStaffLandOnTheirWorkbenchWithTheWholeMenu() {
        Browser session = login("office");
        HttpResponse<String> landing = session.fetch("/");
        assertEquals(302, landing.statusCode(), landing::body);
        assertTrue(landing.headers().firstValue("Location").orElse("").contains("/workbench.xhtml"), landing.headers()::toString);
        List<String> notOk = new ArrayList<>();
        for (String page : List.of("/talents/list.xhtml", "/talents/profile.xhtml?id=" + nominee, "/search.xhtml?q=" + Api.q("山东大学"),
                "/platforms/list.xhtml", "/policies/list.xhtml", "/dashboard.xhtml")) {
            int status = session.fetch(page).statusCode();
            if (status != 200) {
                notOk.add(page + " " + status);
            }
        }
        assertEquals(List.of(), notOk);
        assertEquals(404, session.fetch("/talents/profile.xhtml?id=" + MISSING).statusCode());
        String list = session.fetch("/talents/list.xhtml").body();
        for (String shown : List.of("navTalents", "navPolicies", "topSearch")) {
            assertTrue(list.contains("id=\"" + shown + "\""), shown);
        }
    }

    /** a browser signed in as the user, for pages read by {@link Browser#fetch} */
    private static Browser login(String user) {
        Browser browser = SESSION.browser();
        browser.reset();
        return browser.login(user, Api.PASSWORD);
    }
}
