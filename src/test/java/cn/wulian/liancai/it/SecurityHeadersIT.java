package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every answer of the app carries the headers that make it safe to expose; pages and API answers are never cached. */
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
        "office, /api/search?q=%22abc, 400",
    })
    void pagesAndApiAnswersAreSafeAndNeverCached(String caller, String path, int status) {
        Api api = caller.equals("anonymous") ? Api.anonymous() : Api.as(caller);
        Api.Reply r = api.get(path);
        assertEquals(status, r.status(), () -> path + ": " + r.body());
        assertSafe(r, path);
        assertEquals("no-store", r.header("Cache-Control"), path);
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

}
