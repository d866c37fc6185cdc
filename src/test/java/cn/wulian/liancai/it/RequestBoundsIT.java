package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that would cost the server more than they are worth are refused with a 4xx naming what
 * was too much, never a 500, and change nothing: a JSON body over the configured 1 MB (413, decided
 * from its {@code Content-Length} before the body arrives, or while reading one sent in chunks),
 * and search terms that expand too far in the search and in every list's quick filter.
 */
@ExtendWith(RunningApp.class)
class RequestBoundsIT {

    static final int LIMIT = 1024 * 1024;
    static final String JSON = "application/json";

    /** a talent whose notes make the body {@code size} bytes long */
    static byte[] talentOfSize(String name, int size) {
        String head = "{\"name\":\"" + name + "\",\"notes\":\"";
        String tail = "\"}";
        int fill = size - head.getBytes(StandardCharsets.UTF_8).length - tail.length();
        return (head + "x".repeat(fill) + tail).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyPromisingMoreThanTheLimitIsRefusedBeforeItIsSent() throws IOException {
        String name = unique("超大请求");
        long before = Fixtures.total();
        byte[] body = talentOfSize(name, LIMIT + 1);
        // only the first bytes are sent: a server that waited for the rest would time the test out
        RawHttp.Answer r = RawHttp.promising("POST", "/api/talents", "office", JSON, body.length, java.util.Arrays.copyOf(body, 100));
        assertTooLarge(r, "body", "1.0 MB");
        assertNothingCreated(name, before);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws IOException {
        String name = unique("分块请求");
        long before = Fixtures.total();
        RawHttp.Answer r = RawHttp.chunked("POST", "/api/talents", "office", JSON, talentOfSize(name, LIMIT + 16 * 1024));
        assertTooLarge(r, "body", "1.0 MB");
        assertNothingCreated(name, before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() throws IOException {
        // just under the limit: read to its end, then refused for what it says (the notes are too long), not for its size
        String name = unique("分块请求");
        RawHttp.Answer large = RawHttp.chunked("POST", "/api/talents", "office", JSON, talentOfSize(name, LIMIT - 10));
        assertEquals(400, large.status(), large::body);
        assertTrue(large.json().getJsonObject("fields").containsKey("notes"), large::body);

        RawHttp.Answer small = RawHttp.chunked("POST", "/api/talents", "office", JSON,
                Json.createObjectBuilder().add("name", name).build().toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, small.status(), small::body);
        assertEquals(name, Fixtures.byName(name).getString("name"));
    }

    @Test
    void theLimitAppliesToEveryBodyNotOnlyToCreation() throws IOException {
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(unique("改名请求"))));
        JsonObject read = Fixtures.read(talent);
        RawHttp.Answer r = RawHttp.promising("PUT", "/api/talents/" + talent, "office", JSON, 50L * LIMIT, new byte[0]);
        assertTooLarge(r, "body", "1.0 MB");
        assertEquals(read.getJsonNumber("version"), Fixtures.read(talent).getJsonNumber("version"), "the talent is unchanged");
    }

    @Test
    void theSizeIsCheckedOnlyForCallersWhoMayCallTheEndpoint() throws IOException {
        RawHttp.Answer r = RawHttp.promising("POST", "/api/award-cycles", "reviewer1", JSON, 2L * LIMIT, new byte[0]);
        assertEquals(403, r.status(), r::body);
    }

    static final String FUZZY_LETTERS = IntStream.rangeClosed('a', 'z').mapToObj(c -> (char) c + "~").collect(Collectors.joining(" "));
    static final String MANY_CLAUSES = IntStream.range(0, 60).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
    static final String WILDCARDS = IntStream.rangeClosed('a', 'z').mapToObj(c -> (char) c + "*").collect(Collectors.joining(" OR "));

    /** a search that expands too far is a 400 naming {@code q} with a message, never a 500 */
    @ParameterizedTest
    @ValueSource(strings = {"talents", "teams", "projects", "applications"})
    void quickFiltersTakeAnyTextWithoutAServerError(String list) {
        for (String q : List.of(FUZZY_LETTERS, MANY_CLAUSES, WILDCARDS, "莲".repeat(300), "%_\\'\"", "a~ ".repeat(80))) {
            Api.Reply r = OFFICE.get("/api/" + list + "?limit=5&q=" + Api.q(q));
            assertTrue(r.status() == 200 || r.status() == 400, () -> list + " [" + q + "] answered " + r.status() + " " + r.body());
            if (r.status() == 400) {
                assertTrue(Fixtures.assertErrorBody(r).getJsonObject("fields").containsKey("q"), r::body);
            }
        }
    }

    @Test
    void searchesThatExpandTooFarAreRefusedNamingTheQuery() {
        for (String q : List.of(FUZZY_LETTERS, WILDCARDS, MANY_CLAUSES, "a~ ".repeat(80), "莲".repeat(300))) {
            Api.Reply r = OFFICE.get("/api/search?q=" + Api.q(q));
            assertTrue(r.status() == 200 || r.status() == 400, () -> "[" + q + "] answered " + r.status() + " " + r.body());
            if (r.status() == 400) {
                JsonObject fields = Fixtures.assertErrorBody(r).getJsonObject("fields");
                assertFalse(fields.getString("q").isBlank(), r::body);
            }
        }
        assertEquals(400, OFFICE.get("/api/search?q=" + Api.q(FUZZY_LETTERS)).status());
    }

    static void assertTooLarge(RawHttp.Answer r, String field, String limit) {
        assertEquals(413, r.status(), () -> r.status() + " " + r.headers() + " " + r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.headers()::toString);
        JsonObject body = r.json();
        assertFalse(body.getString("error").isBlank(), r::body);
        assertEquals(List.of(field), List.copyOf(body.getJsonObject("fields").keySet()), r::body);
        assertTrue(body.getJsonObject("fields").getString(field).contains(limit), r::body);
    }

    static void assertNothingCreated(String name, long before) {
        assertEquals(before, Fixtures.total(), "no talent was created");
        assertEquals(0, OFFICE.get("/api/talents?name=" + Api.q(name)).json().getJsonNumber("total").longValue());
    }
}
