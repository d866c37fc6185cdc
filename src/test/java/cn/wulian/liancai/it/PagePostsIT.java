package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts to pages that cannot be carried out as sent, over HTTP as a browser sends them: each is answered with a page
 * or a redirect the browser follows, never a 500, an empty body or a button left spinning, and nothing is saved.
 */
@ExtendWith(RunningApp.class)
class PagePostsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BASE = RunningApp.BASE;

    /** a form made up or sent from elsewhere, without the nonce its page was given: it was a 500 with an empty body */
    @Test
    void aPostWithoutItsPagesNonceIsAnsweredWithAPageAndChangesNothing() throws Exception {
        // the log-in page keeps no state: "stateless" restores it, and PrimeFaces' check refuses the post before it renders
        HttpResponse<String> anonymous = post("/login.xhtml", null, null, false,
                Map.of("loginForm", "loginForm", "jakarta.faces.ViewState", "stateless"));
        assertEquals(302, anonymous.statusCode(), anonymous::body);
        assertTrue(location(anonymous).endsWith("/login.xhtml"), location(anonymous));

        // a page that keeps state cannot be restored from "stateless": the error page, rendered as a page of its own
        String session = officeSession();
        String name = Fixtures.unique("伪造表单");
        HttpResponse<String> made = post("/talents/edit.xhtml", session, null, false, Map.of("talentForm", "talentForm",
                "talentForm:name", name, "talentForm:save", "talentForm:save", "jakarta.faces.ViewState", "stateless"));
        assertTrue(made.statusCode() >= 400, () -> made.statusCode() + " " + made.body());
        assertTrue(made.body().contains("</html>"), () -> "a page, not an empty body: " + made.statusCode() + " " + made.body());
        assertTrue(made.body().contains("出错了"), made::body);
        assertFalse(made.body().contains("at cn.wulian") || made.body().contains("Caused by"), made::body);
        assertEquals(0, Api.as("office").get("/api/talents?name=" + Api.q(name)).json().getInt("total"), "nothing saved");
    }

    /** the page's state is gone (a made-up view state, as after the session's kept views ran out): the page again, at its address */
    @Test
    void anExpiredPageIsOpenedAgainAtItsAddressAndSaysWhy() throws Exception {
        String session = officeSession();
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("过期页面"))));
        String page = "/talents/edit.xhtml?id=" + talent;
        Map<String, String> form = formOf(page, session);
        form.remove("primefaces.nonce");
        form.put("jakarta.faces.ViewState", "-4242424242:-4242424242");
        form.put("talentForm:name", "不该保存");
        form.put("talentForm:save", "talentForm:save");
        HttpResponse<String> expired = post("/talents/edit.xhtml", session, BASE + page, false, form);
        assertEquals(302, expired.statusCode(), expired::body);
        assertTrue(location(expired).endsWith(page + "&reopened=true"), "marked reopened, to offer what was typed: " + location(expired));
        // the sentence travels in the flash, whose cookie the browser sends back with the page
        String flash = expired.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .reduce(session, (all, c) -> all + "; " + c);
        HttpResponse<String> again = get(location(expired), flash);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("页面已过期"), "the page says why it was opened again");

        HttpResponse<String> ajax = post("/talents/edit.xhtml", session, BASE + page, true, form);
        assertEquals(200, ajax.statusCode(), ajax::body);
        assertTrue(ajax.body().contains("<redirect url=\"") && ajax.body().contains(page), ajax::body);
        assertFalse(Api.as("office").get("/api/talents/" + talent).body().contains("不该保存"), "nothing saved");
    }

    /** a form saved after the session ended: the log-in leads back to the record it showed, not to an empty form */
    @Test
    void aFormSavedAfterTheSessionEndedLogsInBackToItsRecord() throws Exception {
        HttpResponse<String> r = post("/talents/edit.xhtml", null, BASE + "/talents/edit.xhtml?id=5", false,
                Map.of("talentForm", "talentForm", "talentForm:name", "x"));
        assertEquals(302, r.statusCode());
        assertTrue(location(r).endsWith("/login.xhtml?next=" + URLEncoder.encode("/talents/edit.xhtml?id=5", StandardCharsets.UTF_8)), location(r));

        HttpResponse<String> elsewhere = post("/talents/edit.xhtml", null, "https://elsewhere.example/talents/edit.xhtml?id=5", false,
                Map.of("talentForm", "talentForm"));
        assertTrue(location(elsewhere).endsWith("/login.xhtml?next=" + URLEncoder.encode("/talents/edit.xhtml", StandardCharsets.UTF_8)),
                () -> "an address from another site is not taken: " + location(elsewhere));
    }

    /** saved in one tab after another deleted the record: a partial response with the reason (a 404 left the button spinning) */
    @Test
    void savingARecordDeletedMeanwhileSaysSoOnThePage() throws Exception {
        String session = officeSession();
        JsonObject created = Fixtures.create(Fixtures.talent(Fixtures.unique("已删除")));
        String page = "/talents/edit.xhtml?id=" + Fixtures.id(created);
        Map<String, String> form = formOf(page, session);
        assertEquals(204, Api.as("office").delete("/api/talents/" + Fixtures.id(created)).status());

        form.put("talentForm:city", "北京");
        form.put("talentForm:save", "talentForm:save");
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "talentForm:save");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", "talentForm");
        HttpResponse<String> r = post("/talents/edit.xhtml", session, BASE + page, true, form);
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("<partial-response") && r.body().contains("该人才已不存在"), r::body);
    }

    private static String officeSession() throws IOException, InterruptedException {
        return PageForms.sessionCookie(PageForms.login(HTTP, BASE, "office", Api.PASSWORD, null));
    }

    private static Map<String, String> formOf(String page, String session) throws IOException, InterruptedException {
        HttpResponse<String> r = get(page, session);
        assertEquals(200, r.statusCode(), page);
        return PageForms.fields(r.body());
    }

    private static HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path));
        if (session != null) {
            b.header("Cookie", session);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String session, String referer, boolean ajax, Map<String, String> form)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").POST(PageForms.encoded(form));
        if (session != null) {
            b.header("Cookie", session);
        }
        if (referer != null) {
            b.header("Referer", referer);
        }
        if (ajax) {
            b.header("Faces-Request", "partial/ajax");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("(no Location; status " + r.statusCode() + ")");
    }
}
