package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A platform's page and its teams, as each caller sees them. */
@ExtendWith(RunningApp.class)
class PlatformPageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** another platform's page said "入驻团队 (0) 没有符合条件的团队" beneath figures counting its teams */
    @Test
    void aManagerOnAnotherPlatformsPageIsToldTheTeamsAreNotTheirsToSee() throws Exception {
        String other = page("mgr-fatong", "/platforms/view.xhtml?code=kunshan");
        assertTrue(other.contains("id=\"otherPlatformTeams\"") && other.contains("其他平台的团队名单"), other);
        assertFalse(other.contains("id=\"platformTeams\""), "no empty team list");

        String own = page("mgr-kunshan", "/platforms/view.xhtml?code=kunshan");
        assertTrue(own.contains("id=\"platformTeams\""));
        assertFalse(own.contains("id=\"otherPlatformTeams\""));
        assertTrue(page("office", "/platforms/view.xhtml?code=kunshan").contains("id=\"platformTeams\""), "the office sees every platform's");
    }

    private static String page(String user, String path) throws Exception {
        String session = PageForms.sessionCookie(PageForms.login(HTTP, RunningApp.BASE, user, Api.PASSWORD, null));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + path)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), user + " " + path);
        return r.body();
    }
}
