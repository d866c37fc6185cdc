package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every answer of the app carries the headers that make it safe to expose; pages and API answers are
 * never cached. Pages run only scripts that carry the page's nonce; API answers allow nothing. Over
 * plain HTTP there is no HSTS, and {@code X-Forwarded-Proto} from a proxy nobody configured changes
 * nothing ({@code HttpsIT} covers HTTPS and a trusted proxy).
 */
@ExtendWith(RunningApp.class)
class SecurityHeadersIT {

    private static void assertSafe(Api.Reply r, String what) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertNotNull(r.header("Content-Security-Policy"), what);
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what);
        assertEquals("same-origin", r.header("Referrer-Policy"), what);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "anonymous, /login.xhtml, 200",
        "anonymous, /talents/list.xhtml, 302",
        "anonymous, /api/talents, 401",
        "office, /api/talents?limit=1, 200",
        "office, /api/talents/999999999, 404",
        "reviewer1, /api/teams, 403",
        "office, /api/search?q=AND, 400",
    })
    void pagesAndApiAnswersAreSafeAndNeverCached(String caller, String path, int status) {
        Api api = caller.equals("anonymous") ? Api.anonymous() : Api.as(caller);
        Api.Reply r = api.get(path);
        assertEquals(status, r.status(), () -> path + ": " + r.body());
        assertSafe(r, path);
        assertEquals("no-store", r.header("Cache-Control"), path);
        assertEquals(1, r.raw().headers().allValues("Content-Security-Policy").size(), () -> path + ": one policy, not two to combine");
        assertNull(r.header("Strict-Transport-Security"), () -> path + ": no HSTS over plain HTTP");
        if (path.startsWith("/api/")) {
            assertEquals("default-src 'none'; frame-ancestors 'none'", r.header("Content-Security-Policy"), path);
        } else {
            assertScriptsRestricted(r.header("Content-Security-Policy"), path);
        }
    }

    private static String scriptSources(String policy) {
        Matcher m = Pattern.compile("(?:^|;)\\s*script-src ([^;]*)").matcher(policy);
        assertTrue(m.find(), () -> "the policy restricts scripts: " + policy);
        return m.group(1);
    }

    private static void assertScriptsRestricted(String policy, String what) {
        String scripts = scriptSources(policy);
        assertTrue(scripts.startsWith("'self'"), () -> what + ": " + policy);
        assertFalse(scripts.contains("unsafe") || scripts.contains("*") || scripts.contains("data:"), () -> what + ": " + policy);
        assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'") && policy.contains("base-uri 'self'"),
                () -> what + ": " + policy);
    }

    @Test
    void everyInlineScriptOfAPageCarriesTheNonceOfItsPolicy() {
        Api.Reply page = Api.anonymous().get("/login.xhtml");
        assertEquals(200, page.status());
        String policy = page.header("Content-Security-Policy");
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'").matcher(scriptSources(policy));
        assertTrue(nonce.find(), () -> "a rendered page's policy names its nonce: " + policy);
        Matcher scripts = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (scripts.find()) {
            inline++;
            assertTrue(scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "inline script without the nonce: " + scripts.group());
        }
        assertTrue(inline > 0, "PrimeFaces writes its widgets' scripts inline");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(), "no inline event handler attribute is left");
        Api.Reply again = Api.anonymous().get("/login.xhtml");
        assertFalse(again.header("Content-Security-Policy").contains(nonce.group(1)), "a new nonce per page");
    }

    @Test
    void aForwardedProtoFromAnUntrustedAddressChangesNothing() {
        Api.Reply r = Api.anonymous().get("/login.xhtml", "X-Forwarded-Proto", "https");
        assertEquals(200, r.status(), "no proxy is trusted by default, and HTTPS is not required: served as it came");
        assertNull(r.header("Strict-Transport-Security"));
        String session = r.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertFalse(session.toLowerCase(java.util.Locale.ROOT).contains("secure"), session);
    }

    @Test
    void staticResourcesStaySafeAndCacheable() {
        String page = Api.anonymous().get("/login.xhtml").body();
        Matcher m = Pattern.compile("/jakarta\\.faces\\.resource/[^\"?]+\\.(?:js|css)[^\"]*").matcher(page);
        assertTrue(m.find(), "the login page links a script or style");
        String resource = m.group().replace("&amp;", "&");
        Api.Reply r = Api.anonymous().get(resource);
        assertEquals(200, r.status(), resource);
        assertSafe(r, resource);
        assertFalse(String.valueOf(r.header("Cache-Control")).contains("no-store"), resource);
    }

    /**
     * Scripts and styles go gzipped to a browser that asks; pages and API answers never (BREACH: secrets beside
     * typed input). Asked over HTTP/1.1, as a browser asks a plain-HTTP server (Payara Micro answers an h2c
     * upgrade uncompressed).
     */
    @Test
    void scriptsAndStylesAreCompressedPagesAndApiAnswersAreNot() throws Exception {
        String page = Api.anonymous().get("/login.xhtml").body();
        Matcher m = Pattern.compile("/jakarta\\.faces\\.resource/components\\.js[^\"]*").matcher(page);
        assertTrue(m.find(), "the login page links PrimeFaces' scripts");
        assertEquals("gzip", encoding(m.group().replace("&amp;", "&"), "gzip", null), "PrimeFaces' scripts, compressed");
        assertEquals("gzip", encoding("/jakarta.faces.resource/css/liancai.css.xhtml", "gzip", null), "the app's styles, compressed");
        assertNull(encoding(m.group().replace("&amp;", "&"), null, null), "a client that does not ask gets it as it is");
        assertNull(encoding("/login.xhtml", "gzip", null), "a page: never");
        assertNull(encoding("/api/talents?limit=50", "gzip", "office"), "the API: never");
    }

    private static String encoding(String path, String accept, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApp.BASE + path)).GET();
        if (accept != null) {
            request.header("Accept-Encoding", accept);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            return r.headers().firstValue("Content-Encoding").orElse(null);
        }
    }

}
