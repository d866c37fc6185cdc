package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.PoliciesApiIT.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.it.ReviewerDayFixtures.Nominee;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reviewer's day over the API: the queue with done / total and the deadline per cycle, the
 * {@code unscoredOnly} filter, the comparison of a category's nominees with the reviewer's own
 * scores — each reviewer only their own assignments (reviewer1 has three nominees of the cycle,
 * reviewer2 one) — and no contact data in any answer a reviewer is given.
 */
@ExtendWith(RunningApp.class)
class ReviewerDayApiIT {

    static final Api R1 = Api.as("reviewer1");
    static final Api R2 = Api.as("reviewer2");

    static ReviewerDayFixtures day;
    static long r1First;
    static long r1Second;
    static long r1Third;
    static long r2First;

    @BeforeAll
    static void aCycleWithThreeNominees() {
        day = ReviewerDayFixtures.open(List.of("reviewer1", "reviewer2"));
        r1First = ReviewerDayFixtures.assign("reviewer1", R1, day.first());
        r1Second = ReviewerDayFixtures.assign("reviewer1", R1, day.second());
        r1Third = ReviewerDayFixtures.assign("reviewer1", R1, day.third());
        r2First = ReviewerDayFixtures.assign("reviewer2", R2, day.first());
        assertStatus(200, AwardsApiIT.submit(R1, r1Second, 8, 4, null), "reviewer1 submits the second nominee: 40 × 0.8 + 60 × 0.75 = 77");
    }

    private static JsonObject cycleIn(JsonObject queue) {
        return queue.getJsonArray("cycles").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("cycle").longValue() == day.cycle()).findFirst()
                .orElseThrow(() -> new AssertionError("cycle " + day.cycle() + " not in " + queue));
    }

    private static List<Long> items(JsonObject cycle) {
        return cycle.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(Fixtures::id).toList();
    }

    @Test
    void theQueueSaysDoneOfTotalAndTheDeadlineAndOnlyUnscoredListsWhatIsLeft() {
        Api.Reply all = R1.get("/api/reviews/queue");
        assertEquals(200, all.status(), all::body);
        JsonObject mine = cycleIn(all.json());
        assertEquals(1, mine.getInt("done"));
        assertEquals(3, mine.getInt("total"));
        assertEquals(day.closes().toString(), mine.getString("reviewCloses"));
        assertTrue(mine.getBoolean("reviewOpen"));
        assertEquals(Set.of(r1First, r1Second, r1Third), Set.copyOf(items(mine)));
        JsonObject totals = all.json();
        assertEquals(totals.getInt("total") - totals.getInt("done"), totals.getInt("remaining"));
        assertFalse(totals.getString("deadline").compareTo(day.closes().toString()) > 0, "the soonest deadline with work left is no later than ours");

        JsonObject unscored = R1.get("/api/reviews/queue?unscoredOnly=true").json();
        JsonObject left = cycleIn(unscored);
        assertEquals(Set.of(r1First, r1Third), Set.copyOf(items(left)), "the submitted one is not listed");
        assertEquals(List.of(1, 3), List.of(left.getInt("done"), left.getInt("total")), "and still counted");
        assertTrue(unscored.getBoolean("unscoredOnly"));

        Set<Long> plain = ((JsonArray) R1.get("/api/reviews?unscoredOnly=true").jsonValue()).getValuesAs(JsonObject.class).stream()
                .map(Fixtures::id).collect(Collectors.toSet());
        assertTrue(plain.containsAll(Set.of(r1First, r1Third)) && !plain.contains(r1Second), plain::toString);
    }

    @Test
    void eachReviewerSeesOnlyTheirOwnNomineesInTheQueueAndTheComparison() {
        JsonObject r2 = cycleIn(R2.get("/api/reviews/queue").json());
        assertEquals(List.of(r2First), items(r2));
        assertEquals(List.of(0, 1), List.of(r2.getInt("done"), r2.getInt("total")));

        Api.Reply r1Compare = R1.get("/api/reviews/comparison?cycle=" + day.cycle() + "&category=innovation");
        assertEquals(200, r1Compare.status(), r1Compare::body);
        List<JsonObject> rows = r1Compare.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(List.of(day.first().name(), day.second().name()), rows.stream().map(r -> r.getString("nominee")).toList(),
                "both of reviewer1's 创新创业类 nominees, not the 服务家乡类 one");
        JsonObject second = rows.get(1);
        assertEquals("SUBMITTED", second.getString("state"));
        assertEquals(8, second.getJsonObject("scores").getInt("impact"));
        assertEquals(4, second.getJsonObject("scores").getInt("return"));
        assertEquals(77.0, second.getJsonNumber("total").doubleValue(), 0.001);
        assertEquals("TODO", rows.get(0).getString("state"));
        assertFalse(rows.get(0).containsKey("total"), "no total before every criterion is scored");
        assertEquals(ReviewerDayFixtures.HEADCOUNT, rows.get(0).getJsonObject("evidence").getInt("jobs"));

        Api.Reply r2Compare = R2.get("/api/reviews/comparison?cycle=" + day.cycle() + "&category=innovation");
        assertEquals(200, r2Compare.status(), r2Compare::body);
        JsonArray r2Rows = r2Compare.json().getJsonArray("rows");
        assertEquals(1, r2Rows.size(), "reviewer2 is assigned the first nominee only");
        assertEquals(day.first().name(), r2Rows.getJsonObject(0).getString("nominee"));
        assertFalse(r2Compare.body().contains(day.second().name()), "nor is told of reviewer1's other nominee");
        assertFalse(r2Rows.getJsonObject(0).getJsonObject("scores").containsKey("impact"), "reviewer2's own, empty sheet");

        assertStatus(403, R2.get("/api/reviews/comparison?cycle=" + day.cycle() + "&category=service"), "a category with none of theirs");
        assertStatus(403, R2.get("/api/reviews/comparison?cycle=999999999&category=innovation"), "a cycle that does not exist, alike");
        assertStatus(403, R2.get("/api/reviews/" + r1Second), "another reviewer's sheet");
        assertRejected(R1.get("/api/reviews/comparison?category=innovation"), "cycle");
        assertRejected(R1.get("/api/reviews/comparison?cycle=" + day.cycle()), "category");
        for (String path : List.of("/api/reviews/queue", "/api/reviews/comparison?cycle=" + day.cycle() + "&category=innovation")) {
            assertStatus(403, OFFICE.get(path), "the office has no reviewer's queue: " + path);
            assertStatus(403, Api.as("mgr-fatong").get(path), "nor a manager: " + path);
            assertStatus(401, Api.anonymous().get(path), "nor anyone signed out: " + path);
        }
    }

    @Test
    void aReviewerIsGivenTheEvidenceAndNoContactData() {
        Nominee first = day.first();
        Api.Reply review = R1.get("/api/reviews/" + r1First);
        assertEquals(200, review.status(), review::body);
        JsonObject nomination = review.json().getJsonObject("nomination");
        JsonObject evidence = review.json().getJsonObject("evidence");
        Api.Reply direct = R1.get("/api/nominations/" + first.nomination());
        Api.Reply compare = R1.get("/api/reviews/comparison?cycle=" + day.cycle() + "&category=innovation");
        Api.Reply queue = R1.get("/api/reviews/queue");
        for (Api.Reply r : List.of(review, direct, compare, queue)) {
            assertEquals(200, r.status(), r::body);
            for (String field : List.of("nomineePhone", "nomineeEmail", "phone", "email", "idNumber", "wechat")) {
                assertFalse(r.body().contains("\"" + field + "\""), () -> field + " in a reviewer's answer: " + r.body());
            }
            assertFalse(r.body().contains(first.phone().substring(7)) || r.body().contains(first.email().substring(0, 4) + "@")
                    || r.body().contains("nominee.example"), () -> "the contact data, whole or masked: " + r.body());
        }
        assertEquals(first.name(), nomination.getString("nominee"));

        assertEquals("法桐小院", evidence.getJsonArray("teams").getJsonObject(0).getString("platform"), "by its name, not its code");
        assertEquals("法桐小院", evidence.getString("platform"), "nominated by the office: the platform of the nominee's team (it was none)");
        assertEquals(day.team(), evidence.getJsonArray("teams").getJsonObject(0).getString("name"));
        assertTrue(evidence.getJsonArray("teams").getJsonObject(0).getBoolean("leader"));
        assertEquals(ReviewerDayFixtures.HEADCOUNT, evidence.getInt("jobs"));
        assertEquals(day.project(), evidence.getJsonArray("projects").getJsonObject(0).getString("title"));
        assertEquals(Double.parseDouble(ReviewerDayFixtures.PLANNED), evidence.getJsonNumber("plannedInvestment").doubleValue(), 0.001);
        assertEquals(1, evidence.getInt("achievements"));
        assertEquals(0, evidence.getInt("files"));
        assertNull(R1.get("/api/reviews/" + r1Third).json().getJsonObject("evidence").get("jobs"), "the third nominee has no team on record");

        JsonObject office = OFFICE.get("/api/nominations/" + first.nomination()).json();
        assertEquals(first.phone(), office.getString("nomineePhone"), "the office still reads the number");
    }
}
