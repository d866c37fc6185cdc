package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST|GET /api/search-index/rebuild}: the office starts a full rebuild and follows it
 * until done while searching all the time — every search finds what it found before — and a
 * talent saved during the rebuild is found after it. Managers and reviewers are refused.
 * (The rebuild under concurrent searches in detail: {@code SearchIndexRebuildTest}.)
 */
@ExtendWith(RunningApp.class)
class SearchIndexRebuildIT {

    private static final Api OFFICE = Api.as("office");

    /** searches that find demo talents: each must find as many during the rebuild as before */
    private static final List<String> QUERIES = List.of("大学", "五莲", "法桐小院");

    private static long found(String q) {
        Api.Reply r = OFFICE.get("/api/search?limit=1&q=" + Api.q(q));
        assertEquals(200, r.status(), () -> "search " + q + ": " + r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    @Test
    void theOfficeRebuildsTheIndexWhileSearchesGoOnFindingEverything() throws Exception {
        List<Long> before = QUERIES.stream().map(SearchIndexRebuildIT::found).toList();
        assertTrue(before.stream().allMatch(n -> n > 0), "the demo data is found: " + before);

        Api.Reply started = OFFICE.post("/api/search-index/rebuild", "");
        assertEquals(202, started.status(), started.body());
        JsonObject status = started.json();
        assertTrue(List.of("BUILDING", "SWAPPING", "RECONCILING", "DONE").contains(status.getString("phase")), status::toString);
        assertEquals("office", status.getString("startedBy"));
        assertTrue(status.getJsonNumber("total").longValue() >= Fixtures.total(), status::toString);
        long saved = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("重建期间"))));

        int searches = 0;
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        List<String> wrong = new ArrayList<>();
        while (true) {
            for (int k = 0; k < QUERIES.size(); k++) {
                long n = found(QUERIES.get(k));
                searches++;
                if (n != before.get(k)) {
                    wrong.add(QUERIES.get(k) + ": " + n + " instead of " + before.get(k));
                }
            }
            Api.Reply r = OFFICE.get("/api/search-index/rebuild");
            assertEquals(200, r.status(), r.body());
            status = r.json();
            if (!status.getBoolean("running")) {
                break;
            }
            assertTrue(Instant.now().isBefore(until), "the rebuild did not end: " + status);
        }
        assertEquals(List.of(), wrong, "every search during the rebuild found everything");
        assertTrue(searches >= QUERIES.size());
        assertEquals("DONE", status.getString("phase"), status::toString);
        assertEquals(100, status.getInt("percent"));
        assertTrue(status.containsKey("finished") && !status.isNull("finished"), status::toString);
        assertEquals(before, QUERIES.stream().map(SearchIndexRebuildIT::found).toList(), "and after it");
        String name = Fixtures.read(saved).getString("name");
        assertTrue(Fixtures.hitIds(Fixtures.search(OFFICE, name)).contains(saved), "saved during the rebuild, found after it");

        Api.Reply check = Api.as("admin").post("/api/admin/search-index/verification", "");
        assertTrue(check.json().getBoolean("inStep"), check.body());
    }

    @Test
    void onlyTheOfficeAndAdministratorsRebuild() {
        for (String user : new String[] {"mgr-fatong", "reviewer1"}) {
            Api.Reply post = Api.as(user).post("/api/search-index/rebuild", "");
            assertEquals(403, post.status(), user + ": " + post.body());
            assertTrue(post.json().containsKey("error"), post.body());
            assertEquals(403, Api.as(user).get("/api/search-index/rebuild").status(), user);
        }
        assertEquals(401, Api.anonymous().post("/api/search-index/rebuild", "").status());
        Api.Reply admin = Api.as("admin").get("/api/search-index/rebuild");
        assertEquals(200, admin.status(), admin.body());
        assertFalse(admin.json().getString("phase").isBlank());
    }
}
