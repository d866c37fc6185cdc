package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search page with nothing to search for, or words it cannot read: it says what to type, never a blank page. */
@ExtendWith(RunningApp.class)
class SearchPageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static String session;

    @BeforeAll
    static void logIn() throws Exception {
        session = PageForms.sessionCookie(PageForms.login(HTTP, RunningApp.BASE, "office", Api.PASSWORD, null));
    }

    @Test
    void anEmptySearchSaysWhatMayBeSearched() throws Exception {
        for (String q : new String[] {"", "%20", URLEncoder.encode("　", StandardCharsets.UTF_8)}) {
            String page = page(q);
            assertTrue(page.contains("id=\"searchHint\"") && page.contains("人才的姓名"), () -> "q=" + q + ": a blank page before");
        }
    }

    /** operators alone are no search, and said so; other text that is no query is searched as its words */
    @Test
    void wordsTheSearchCannotReadAreExplainedAndKeptInTheBox() throws Exception {
        for (String q : new String[] {"AND", "OR NOT"}) {
            String page = page(URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertTrue(page.contains("AND、OR、NOT 前后都要有词"), () -> q + ": " + page.replaceAll("(?s).*(<div[^>]*messages.*?</div>).*", "$1"));
            assertFalse(page.contains("id=\"searchHint\""), q);
        }
    }

    private static String page(String q) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + "/search.xhtml?q=" + q))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), q);
        return r.body();
    }
}
