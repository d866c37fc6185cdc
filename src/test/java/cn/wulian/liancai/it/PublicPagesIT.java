package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public pages and their API answer anyone, show what the county publishes and nothing else,
 * open no session and may be cached; every other page and API still asks for a log-in.
 */
@ExtendWith(RunningApp.class)
class PublicPagesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** a mobile number, an e-mail address, an ID number: what must never reach a public answer */
    private static final Pattern PERSONAL = Pattern.compile("1[3-9]\\d{9}|[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\d{17}[\\dXx]");

    private static HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPublicAnswer(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("public, max-age=300", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor: " + r.headers().allValues("Set-Cookie"));
        assertFalse(PERSONAL.matcher(r.body()).find(), "no contact data: " + PERSONAL.matcher(r.body()).results().map(m -> m.group()).toList());
    }

    @Test
    void theFinalNoticeNamesTheWinnersAndNothingElse() throws Exception {
        HttpResponse<String> r = anonymous("/api/public/notices");
        assertPublicAnswer(r);
        JsonArray notices = new Api.Reply(r.statusCode(), r.body(), r).jsonValue().asJsonArray();
        // only published cycles (other tests publish cycles of their own); the demo's 2026 cycle is still open for
        // nominations, so not among them, and its 2025 one is final
        for (JsonValue v : notices) {
            assertTrue(Set.of("PUBLISHED", "FINAL").contains(v.asJsonObject().getString("status")), v.toString());
        }
        assertFalse(notices.stream().anyMatch(v -> v.asJsonObject().getInt("year") == 2026), "the open cycle is not public");
        JsonObject notice = demoNotice(notices);
        assertEquals("FINAL", notice.getString("status"));
        assertFalse(notice.getBoolean("noticeRunning"));
        assertEquals(Set.of("id", "year", "name", "status", "noticeRunning", "publishedAt", "noticeEndsOn", "finalizedAt", "winners"),
                notice.keySet());
        JsonArray winners = notice.getJsonArray("winners");
        assertFalse(winners.isEmpty());
        for (JsonValue w : winners) {
            JsonObject winner = w.asJsonObject();
            assertTrue(Set.of("name", "category", "categoryName", "employer", "citation").containsAll(winner.keySet()),
                    "only what a notice shows: " + winner.keySet());
            assertFalse(winner.getString("name").isBlank());
            assertFalse(winner.getString("citation").isBlank());
            assertFalse(winner.getString("categoryName").isBlank());
        }

        HttpResponse<String> one = anonymous("/api/public/notices/" + notice.getInt("id"));
        assertPublicAnswer(one);
        assertTrue(one.body().contains(winners.getJsonObject(0).getString("name")));
    }

    /** the demo data's final 2025 cycle */
    private static JsonObject demoNotice(JsonArray notices) {
        return notices.stream().map(JsonValue::asJsonObject).filter(n -> n.getInt("year") == 2025).findFirst()
                .orElseThrow(() -> new AssertionError("the demo's 2025 notice is not public: " + notices));
    }

    @Test
    void aCycleNotPublishedIsUnknown() throws Exception {
        long open = Api.as("office").get("/api/award-cycles").jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getInt("year") == 2026).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> r = anonymous("/api/public/notices/" + open);
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("{"), "a JSON error: " + r.body());
        assertFalse(r.body().contains("2026"), "not even its name: " + r.body());
        assertEquals(404, anonymous("/api/public/notices/999999").statusCode());
    }

    @Test
    void thePoliciesInForceSayWhoQualifiesAndWhatTheyGet() throws Exception {
        HttpResponse<String> r = anonymous("/api/public/policies");
        assertPublicAnswer(r);
        JsonArray policies = new Api.Reply(r.statusCode(), r.body(), r).jsonValue().asJsonArray();
        assertFalse(policies.isEmpty());
        for (JsonValue v : policies) {
            JsonObject p = v.asJsonObject();
            assertTrue(Set.of("code", "name", "description", "beneficiaryKind", "whoQualifies", "benefit", "validFrom", "validTo")
                    .containsAll(p.keySet()), "no budget, no caps, no history, no author: " + p.keySet());
            assertFalse(p.getString("whoQualifies").isBlank());
            assertFalse(p.getString("benefit").isBlank());
        }
    }

    @Test
    void thePagesAnswerAVisitorInEitherLanguage() throws Exception {
        String winner = demoNotice(new Api.Reply(200, anonymous("/api/public/notices").body(), null).jsonValue().asJsonArray())
                .getJsonArray("winners").getJsonObject(0).getString("name");
        HttpResponse<String> notices = anonymous("/public/notices.xhtml");
        assertPublicAnswer(notices);
        assertTrue(notices.body().contains("获奖名单公示"), "Chinese by default");
        assertTrue(notices.body().contains(winner));
        assertFalse(notices.body().contains("jakarta.faces.ViewState"), "no form, no view state");

        HttpResponse<String> english = anonymous("/public/notices.xhtml?lang=en");
        assertPublicAnswer(english);
        assertTrue(english.body().contains("published winners"), "English on request");

        HttpResponse<String> policies = anonymous("/public/policies.xhtml");
        assertPublicAnswer(policies);
        assertTrue(policies.body().contains("申请条件"));
    }

    @Test
    void everythingElseStillNeedsALogIn() throws Exception {
        for (String api : List.of("/api/talents", "/api/award-cycles", "/api/policies", "/api/search?q=a", "/api/me", "/api/public/../talents")) {
            assertEquals(401, anonymous(api).statusCode(), api);
        }
        for (String page : List.of("/talents/list.xhtml", "/awards/cycles.xhtml", "/policies/list.xhtml", "/index.xhtml",
                "/public/../talents/list.xhtml")) {
            HttpResponse<String> r = anonymous(page);
            assertEquals(302, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"), page);
        }
        // wrong credentials sent to the public API are refused like anywhere, not ignored
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + "/api/public/policies"))
                .header("Authorization", "Basic bm9ib2R5Om5vdGhpbmc=").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
    }
}
