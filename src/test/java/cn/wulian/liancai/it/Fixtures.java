package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared steps of the API tests: creating talents, reading them back, checking error bodies. */
final class Fixtures {

    static final Api OFFICE = Api.as("office");
    /** the county's time zone: "today" for follow-ups and contact dates is the office's today */
    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /**
     * A name no other talent has: prefix, a space and a run-unique ASCII word. Typed into the search
     * box as it is, it finds just that talent (both words must occur).
     */
    static String unique(String prefix) {
        return prefix + " u" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    static LocalDate today() {
        return LocalDate.now(COUNTY);
    }

    static LocalDateTime daysAgoAt10(int days) {
        return today().minusDays(days).atTime(10, 0);
    }

    /** the smallest valid talent */
    static JsonObjectBuilder talent(String name) {
        return Json.createObjectBuilder().add("name", name);
    }

    /** posts a talent as office and insists on 201 */
    static JsonObject create(JsonObjectBuilder body) {
        return create(OFFICE, body.build());
    }

    static JsonObject create(Api api, JsonObject body) {
        Api.Reply r = api.post("/api/talents", body.toString());
        assertEquals(201, r.status(), () -> "creating " + body + " answered " + r.body());
        return r.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static JsonObject read(long id) {
        Api.Reply r = OFFICE.get("/api/talents/" + id);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    /** how many talents the registry holds now */
    static long total() {
        return total(OFFICE, "/api/talents");
    }

    /** how many records a list of the API ({@code /api/talents}, {@code /api/teams} …) holds now, as {@code api} sees it */
    static long total(Api api, String list) {
        Api.Reply r = api.get(list + "?limit=1");
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonNumber("total").longValue();
    }

    /** the one talent of that exact name */
    static JsonObject byName(String name) {
        Api.Reply r = OFFICE.get("/api/talents?limit=200&name=" + Api.q(name));
        assertEquals(200, r.status(), r::body);
        List<JsonObject> exact = r.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(t -> name.equals(t.getString("name"))).toList();
        assertEquals(1, exact.size(), () -> "talents named " + name + ": " + exact);
        return exact.get(0);
    }

    /** a string member, or null when absent or JSON null (the API leaves out null members) */
    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(key);
    }

    /** an error body of status 400 naming exactly these fields, each with a non-blank message */
    static JsonObject assertRejected(Api.Reply r, String... fields) {
        assertEquals(400, r.status(), () -> "expected 400 naming " + Arrays.toString(fields) + ", got " + r.status() + " " + r.body());
        JsonObject body = assertErrorBody(r);
        JsonObject named = body.getJsonObject("fields");
        assertNotNull(named, r::body);
        for (String f : fields) {
            assertTrue(named.containsKey(f), () -> "field " + f + " not named in " + r.body());
            assertFalse(named.getString(f).isBlank(), () -> "blank message for " + f + " in " + r.body());
        }
        assertEquals(fields.length, named.size(), () -> "expected exactly " + Arrays.toString(fields) + " in " + r.body());
        return body;
    }

    /**
     * 409 refusing a delete because other records refer to the record: the error names them, and
     * {@code references} lists each of these labels
     */
    static JsonObject assertInUse(Api.Reply r, String... labels) {
        assertEquals(409, r.status(), () -> "expected 409 naming " + Arrays.toString(labels) + ", got " + r.status() + " " + r.body());
        JsonObject body = assertErrorBody(r);
        List<String> named = body.getJsonArray("references").getValuesAs(JsonObject.class).stream().map(o -> o.getString("label")).toList();
        for (String label : labels) {
            assertTrue(named.contains(label), () -> label + " not among the references in " + r.body());
            assertTrue(body.getString("error").contains(label), () -> label + " not named in the message of " + r.body());
        }
        return body;
    }

    /** a JSON body of the shape {"error": "…", "fields": {…}} */
    static JsonObject assertErrorBody(Api.Reply r) {
        String type = r.header("Content-Type");
        assertNotNull(type, () -> "no Content-Type on " + r.status() + " " + r.body());
        assertTrue(type.startsWith("application/json"), () -> "Content-Type " + type + " for " + r.body());
        JsonObject body = r.json();
        assertTrue(body.containsKey("error"), r::body);
        assertFalse(body.getString("error").isBlank(), r::body);
        assertTrue(body.containsKey("fields"), r::body);
        return body;
    }

    /** the ids of a search's hits */
    static List<Long> hitIds(JsonObject result) {
        List<Long> ids = new ArrayList<>();
        for (JsonObject h : result.getJsonArray("hits").getValuesAs(JsonObject.class)) {
            ids.add(h.getJsonNumber("id").longValue());
        }
        return ids;
    }

    static JsonObject search(Api api, String q) {
        Api.Reply r = api.get("/api/search?limit=100&q=" + Api.q(q));
        assertEquals(200, r.status(), () -> "search " + q + ": " + r.body());
        return r.json();
    }

    static JsonArray rows(Api.Reply r) {
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonArray("rows");
    }
}
