package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions: an anonymous visitor of the login page gets none (a flood of visits cannot fill the
 * server's memory), a session begins only at a successful log-in, and under a new id whatever id the
 * browser brought (no session fixation).
 */
@ExtendWith(RunningApp.class)
class SessionIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageAndAProtectedPageOpenNoSession() throws Exception {
        for (String path : List.of("/login.xhtml", "/login.xhtml?lang=en", "/talents/list.xhtml", "/")) {
            HttpResponse<String> r = get(path, null);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 302, path + " " + r.statusCode());
            assertEquals(List.of(), r.headers().allValues("Set-Cookie"), "no session for an anonymous visit of " + path);
        }
        assertTrue(get("/login.xhtml?lang=en", null).body().contains("Log in"), "the language comes from the address");
    }

    @Test
    void aFailedLogInOpensNoSessionASuccessfulOneANewOne() throws Exception {
        HttpResponse<String> failed = login("office", "wrong password here", "JSESSIONID=chosen-by-an-attacker");
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("用户名或密码不正确"), "the page says why");
        assertEquals(List.of(), failed.headers().allValues("Set-Cookie"));

        HttpResponse<String> ok = login("office", Api.PASSWORD, "JSESSIONID=chosen-by-an-attacker");
        assertEquals(302, ok.statusCode(), ok.body());
        String cookie = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertNotEquals("chosen-by-an-attacker", cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')));
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), () -> "not Secure over plain HTTP (a browser would not send it back): " + cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, get("/talents/list.xhtml", session).statusCode(), "the new session is logged in");
        assertEquals(302, get("/talents/list.xhtml", "JSESSIONID=chosen-by-an-attacker").statusCode(), "the chosen one is not");
    }

    /**
     * A link with Chinese words followed while logged out (the login page's {@code next}) is the new
     * session's first page: its words must arrive as sent. They came as Latin-1 mojibake ("è²æ"), for
     * Faces takes the request's encoding from what the session's earlier pages rendered in, and a new
     * session has rendered nothing yet.
     */
    @Test
    void theFirstPageOfANewSessionReadsChineseWordsInItsAddress() throws Exception {
        String words = "莲才搜索";
        String session = PageForms.sessionCookie(login("office", Api.PASSWORD, null));
        HttpResponse<String> search = get("/search.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), session);
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("value=\"" + words + "\""), "the search box holds the words as typed: "
                + search.body().replaceAll("(?s).*(<input[^>]*name=\"q\"[^>]*>).*", "$1"));
    }

    /** the log-in leads on to the page it was asked for, inside the app, never to the API (401 and a password prompt) */
    @Test
    void theLogInLeadsOnToAPageNeverToTheApiOrAnotherSite() throws Exception {
        assertEquals("/talents/list.xhtml?stage=ENGAGED", loggedInTo("/talents/list.xhtml?stage=ENGAGED"));
        for (String next : List.of("/api/teams", "/api", "//evil.example/", "https://evil.example/", "/login.xhtml")) {
            assertEquals("/", loggedInTo(next), next);
        }
    }

    /** where a log-in from {@code /login.xhtml?next=…} sends the browser, within the app */
    private static String loggedInTo(String next) throws IOException, InterruptedException {
        String page = get("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), null).body();
        java.util.Map<String, String> form = PageForms.fields(page);
        form.put("loginForm:username", "office");
        form.put("loginForm:password", Api.PASSWORD);
        form.put("loginForm:submit", "");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(PageForms.encoded(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode(), r::body);
        URI to = URI.create(r.headers().firstValue("Location").orElseThrow());
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    /** a form sent after its session ended was not saved: the login page it leads to says so; a plain visit does not */
    @Test
    void aFormSentAfterTheSessionEndedLeadsToALoginPageSayingNothingWasSaved() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(RunningApp.BASE + "/talents/edit.xhtml?id=1"))
                .header("Cookie", "JSESSIONID=ended-long-ago").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("talentForm%3Aname=x")).build();
        HttpResponse<String> sent = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(302, sent.statusCode());
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?next=") && location.endsWith("&expired=true"), location);
        String page = get(location.substring(location.indexOf("/login.xhtml")), null).body();
        assertTrue(page.contains("会话已结束，刚才提交的内容没有保存"), page);

        // a poll or the log-out sent nothing typed: no notice
        HttpRequest poll = HttpRequest.newBuilder(URI.create(RunningApp.BASE + "/admin/backups.xhtml"))
                .header("Cookie", "JSESSIONID=ended-long-ago").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("backups%3Apoll=backups%3Apoll&nothingTyped=true")).build();
        String polled = HTTP.send(poll, HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow();
        assertFalse(polled.contains("expired"), polled);

        String visit = get("/talents/edit.xhtml?id=1", "JSESSIONID=ended-long-ago").headers().firstValue("Location").orElseThrow();
        assertFalse(visit.contains("expired"), visit);
        assertFalse(get("/login.xhtml", null).body().contains("会话已结束"));
    }

    private static HttpResponse<String> login(String user, String password, String cookie) throws IOException, InterruptedException {
        return PageForms.login(HTTP, RunningApp.BASE, user, password, cookie);
    }

    private static HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(RunningApp.BASE + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
