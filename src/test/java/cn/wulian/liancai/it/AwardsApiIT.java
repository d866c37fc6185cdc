package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.today;
import static cn.wulian.liancai.it.PoliciesApiIT.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The award through the API: a whole cycle from set-up to the final list; blind scoring (nobody
 * sees another reviewer's scores before submitting their own); a conflicted reviewer — found in the
 * data or declared — never assigned and refused the nomination by every route, their scores not
 * counted; nominations refused for eligibility, duplicates and the window; and who may do what.
 * Each test's cycle has a year of its own (2030–2039, the fairness tests 2010–2019; the browser tests use later ones).
 */
@ExtendWith(RunningApp.class)
class AwardsApiIT {

    private static final AtomicInteger YEAR = new AtomicInteger(2030);
    /** the fairness tests' years, apart from the others' */
    private static final AtomicInteger FAIR_YEAR = new AtomicInteger(2010);

    static final Api R1 = Api.as("reviewer1");
    static final Api R2 = Api.as("reviewer2");
    static final Api R3 = Api.as("reviewer3");

    /** a cycle open for nominations and reviews today, with a two-criterion rubric */
    static JsonObjectBuilder cycle(int year, int reviewersPerNomination, JsonObject rule) {
        JsonArrayBuilder committee = Json.createArrayBuilder();
        List.of("reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5").forEach(committee::add);
        return Json.createObjectBuilder().add("year", year).add("name", year + " 年度测试评选")
                .add("nominationOpens", today().minusDays(10).toString()).add("nominationCloses", today().plusDays(10).toString())
                .add("reviewOpens", today().minusDays(5).toString()).add("reviewCloses", today().plusDays(20).toString())
                .add("categories", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "innovation").add("quota", 1))
                        .add(Json.createObjectBuilder().add("code", "service").add("quota", 1)))
                .add("criteria", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("code", "impact").add("name", "成效").add("weight", 40).add("min", 0).add("max", 10))
                        .add(Json.createObjectBuilder().add("code", "return").add("name", "返乡贡献").add("weight", 60).add("min", 1).add("max", 5)))
                .add("committee", committee).add("rule", rule).add("reviewersPerNomination", reviewersPerNomination);
    }

    static JsonObject hometownRule() {
        return Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fact", "hometownInWulian").add("op", "isTrue"))).build();
    }

    static long open(JsonObjectBuilder body) {
        Api.Reply r = OFFICE.post("/api/award-cycles", body.build().toString());
        assertEquals(201, r.status(), r::body);
        return id(r.json());
    }

    static Api.Reply nominate(Api api, long cycle, String category, long talent) {
        return api.post("/api/nominations", Json.createObjectBuilder().add("cycleId", cycle).add("category", category).add("talentId", talent)
                .add("statement", "返乡创业，成绩突出").add("achievements", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("year", 2025).add("title", "建成生产线"))).build().toString());
    }

    static long nominated(long cycle, String category, String talentName) {
        Api.Reply r = nominate(OFFICE, cycle, category, id(Fixtures.byName(talentName)));
        assertEquals(201, r.status(), r::body);
        return id(r.json());
    }

    /** the reviewer's assignment id for a nomination */
    static long assignment(Api reviewer, long nomination) {
        JsonArray queue = (JsonArray) reviewer.get("/api/reviews").jsonValue();
        return queue.getValuesAs(JsonObject.class).stream().filter(q -> q.getJsonNumber("nomination").longValue() == nomination)
                .map(Fixtures::id).findFirst().orElseThrow(() -> new AssertionError("not assigned: " + nomination + " in " + queue));
    }

    /** submits on the version of the review the reviewer reads now */
    static Api.Reply submit(Api reviewer, long assignment, int impact, int back, String reason) {
        return submit(reviewer, assignment, impact, back, reason, reviewVersion(reviewer, assignment));
    }

    static Api.Reply submit(Api reviewer, long assignment, int impact, int back, String reason, Long version) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("impact", impact).add("return", back))
                .add("comment", "评语");
        if (reason != null) {
            b.add("reason", reason);
        }
        return reviewer.post("/api/reviews/" + assignment + "/submission", versioned(b, version));
    }

    /** the review's version as its reviewer reads it; null when they may not read it */
    static Long reviewVersion(Api reviewer, long assignment) {
        Api.Reply r = reviewer.get("/api/reviews/" + assignment);
        return r.status() == 200 ? r.json().getJsonNumber("version").longValue() : null;
    }

    /** a draft saved on the version of the review the reviewer reads now */
    static Api.Reply draft(Api reviewer, long assignment, JsonObjectBuilder sheet) {
        return reviewer.put("/api/reviews/" + assignment, versioned(sheet, reviewVersion(reviewer, assignment)));
    }

    static String versioned(JsonObjectBuilder body, Long version) {
        if (version != null) {
            body.add("version", version);
        }
        return body.build().toString();
    }

    static long cycleVersion(long cycle) {
        return OFFICE.get("/api/award-cycles/" + cycle).json().getJsonNumber("version").longValue();
    }

    /** a step of the decision on the cycle's version as the office reads it now */
    static Api.Reply step(long cycle, String step, JsonObjectBuilder body) {
        return OFFICE.post("/api/award-cycles/" + cycle + "/" + step, versioned(body, cycleVersion(cycle)));
    }

    static void manual(long nomination, String reviewer) {
        Api.Reply r = OFFICE.post("/api/nominations/" + nomination + "/assignments", "{\"reviewer\":\"" + reviewer + "\"}");
        assertEquals(201, r.status(), r::body);
    }

    static List<String> actions(long cycle) {
        return ((JsonArray) OFFICE.get("/api/award-cycles/" + cycle + "/audit").jsonValue()).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action")).toList();
    }

    @Test
    void aWholeCycleFromSetUpToTheFinalList() {
        long cycle = open(cycle(YEAR.getAndIncrement(), 3, hometownRule()));
        long a = nominated(cycle, "innovation", "馮海");
        long b = nominated(cycle, "innovation", "张昊林");
        long c = nominated(cycle, "service", "张文婷");

        JsonObject assigned = OFFICE.post("/api/award-cycles/" + cycle + "/assignments", "").json();
        assertEquals(9, assigned.getJsonArray("added").size(), assigned::toString);
        Map<String, Long> load = assigned.getJsonArray("added").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(p -> p.getString("reviewer"), Collectors.counting()));
        assertTrue(load.values().stream().allMatch(n -> n <= 2), () -> "balanced: " + load);
        assertEquals(0, OFFICE.post("/api/award-cycles/" + cycle + "/assignments", "").json().getJsonArray("added").size(),
                "assigning again adds nobody");

        // every reviewer assigned to a scores it; the totals differ by reviewer
        JsonObject nomination = OFFICE.get("/api/nominations/" + a).json();
        List<String> reviewers = nomination.getJsonArray("assignments").getValuesAs(JsonObject.class).stream().map(x -> x.getString("reviewer")).toList();
        // the office does not decide ahead of the committee: not before a score, nor while a review is awaited
        String unscored = assertRejected(step(cycle, "decision", decision(Map.of(a, "未经评审"))), "winners").toString();
        assertTrue(unscored.contains("还没有评委的评分"), unscored);
        int impact = 9;
        for (String r : reviewers) {
            assertStatus(200, submit(Api.as(r), assignment(Api.as(r), a), impact--, 4, null), "scoring as " + r);
            if (impact == 8) {
                String awaited = assertRejected(step(cycle, "decision", decision(Map.of(a, "只评了一份"))), "winners").toString();
                assertTrue(awaited.contains("还有 " + (reviewers.size() - 1) + " 份评审未提交"), awaited);
            }
        }
        for (long n : List.of(b, c)) {
            for (JsonObject x : OFFICE.get("/api/nominations/" + n).json().getJsonArray("assignments").getValuesAs(JsonObject.class)) {
                Api reviewer = Api.as(x.getString("reviewer"));
                assertStatus(200, submit(reviewer, assignment(reviewer, n), 5, 3, null), "scoring");
            }
        }

        JsonObject ranking = OFFICE.get("/api/award-cycles/" + cycle + "/ranking").json();
        assertEquals("NORMALISED", ranking.getString("basis"));
        assertFalse(ranking.getString("tieRule").isBlank());
        JsonObject first = ranking.getJsonArray("standings").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("nomination").longValue() == a).findFirst().orElseThrow();
        assertEquals(1, first.getInt("rank"));
        assertEquals(3, first.getInt("reviews"));
        assertTrue(first.containsKey("mean") && first.containsKey("normalised") && first.containsKey("rawRank")
                && first.containsKey("normalisedRank") && first.containsKey("spread") && first.containsKey("deviation"), first::toString);

        assertRejected(step(cycle, "decision", decision(Map.of(a, "成效突出", b, "并列"))), "winners");
        assertRejected(step(cycle, "decision", decision(Map.of(a, " "))), "winners");
        assertStatus(403, R1.get("/api/award-cycles/" + cycle + "/winners"), "the list before it is published");
        long read = cycleVersion(cycle);
        assertRejected(OFFICE.post("/api/award-cycles/" + cycle + "/decision", decision(Map.of(a, "成效突出", c, "服务家乡")).build().toString()),
                "version");
        assertStatus(200, step(cycle, "decision", decision(Map.of(a, "成效突出", c, "服务家乡"))), "decide");
        assertStatus(409, OFFICE.post("/api/award-cycles/" + cycle + "/publication", versioned(Json.createObjectBuilder().add("noticeDays", 0),
                read)), "publishing on the version read before the decision");
        assertRejected(step(cycle, "final", Json.createObjectBuilder()), "status");
        assertRejected(OFFICE.post("/api/award-cycles/" + cycle + "/publication", "{\"noticeDays\":0}"), "version");
        assertEquals("PUBLISHED", step(cycle, "publication", Json.createObjectBuilder().add("noticeDays", 0)).json().getString("status"));
        assertRejected(step(cycle, "decision", decision(Map.of(b, "改判"))), "status");
        assertRejected(OFFICE.post("/api/award-cycles/" + cycle + "/final", "{}"), "version");
        assertEquals("FINAL", step(cycle, "final", Json.createObjectBuilder()).json().getString("status"));
        List<Long> winners = ((JsonArray) R1.get("/api/award-cycles/" + cycle + "/winners").jsonValue()).getValuesAs(JsonObject.class).stream()
                .map(Fixtures::id).toList();
        assertEquals(List.of(a, c), winners);

        List<String> trail = actions(cycle);
        for (String action : List.of("CYCLE_OPENED", "NOMINATED", "ASSIGNED", "REVIEW_SUBMITTED", "DECIDED", "PUBLISHED", "FINALIZED")) {
            assertTrue(trail.contains(action), () -> action + " missing from " + trail);
        }
        // the details in the caller's language beside the stored data: Chinese by default, English when asked
        JsonObject decided = entry(OFFICE.get("/api/award-cycles/" + cycle + "/audit"), "DECIDED");
        assertTrue(decided.getString("words").contains("获奖"), decided::toString);
        JsonObject decidedEn = entry(OFFICE.inEnglish().get("/api/award-cycles/" + cycle + "/audit"), "DECIDED");
        assertTrue(decidedEn.getString("words").contains("winner"), decidedEn::toString);
    }

    private static JsonObject entry(Api.Reply audit, String action) {
        return ((JsonArray) audit.jsonValue()).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("action").equals(action)).findFirst().orElseThrow();
    }

    @Test
    void nobodySeesAnotherReviewersScoresBeforeSubmittingAndEveryChangeIsKeptWithItsReason() {
        Scored pair = twoReviewers(YEAR.getAndIncrement());
        long cycle = pair.cycle();
        long n = pair.nomination();
        Api r4 = Api.as("reviewer4");
        long mine = pair.mine();
        long theirs = pair.theirs();

        assertStatus(200, submit(r4, theirs, 9, 5, null), "reviewer4 submits");
        JsonObject before = R2.get("/api/reviews/" + mine).json();
        assertTrue(before.getBoolean("othersHidden"));
        assertEquals(0, before.getJsonArray("others").size(), before::toString);
        assertFalse(before.toString().contains("reviewer4"), "no other reviewer's name anywhere");
        assertStatus(403, R2.get("/api/reviews/" + theirs), "another reviewer's review by id");

        // a draft may be partial and is not counted; submission needs every criterion
        assertRejected(R2.put("/api/reviews/" + mine, "{\"scores\":{\"impact\":3}}"), "version");
        long read = reviewVersion(R2, mine);
        assertStatus(200, draft(R2, mine, Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("impact", 3))), "draft");
        assertStatus(409, R2.put("/api/reviews/" + mine, versioned(Json.createObjectBuilder().add("comment", "旧页面"), read)),
                "a draft saved on the version read before the last save");
        assertRejected(R2.post("/api/reviews/" + mine + "/submission", versioned(Json.createObjectBuilder()
                .add("scores", Json.createObjectBuilder().add("impact", 3)), reviewVersion(R2, mine))), "scores");
        assertRejected(submit(R2, mine, 3, 2, null, null), "version");
        assertRejected(submit(R2, mine, 11, 3, null), "scores");
        // a score the binder once narrowed (4294967301 was saved as 5, and counted), and one with a fraction: refused, nothing kept
        long unsubmitted = reviewVersion(R2, mine);
        assertEquals("输入有误，请检查标出的字段", assertRejected(R2.post("/api/reviews/" + mine + "/submission",
                "{\"scores\":{\"impact\":4294967301,\"return\":3},\"version\":" + unsubmitted + "}"), "scores").getString("error"),
                "JSON with a value its field cannot take, not invalid JSON");
        assertEquals("请求内容不是有效的 JSON", R2.put("/api/reviews/" + mine, "{\"scores\":").json().getString("error"));
        assertRejected(R2.put("/api/reviews/" + mine, "{\"scores\":{\"impact\":7.5},\"version\":" + unsubmitted + "}"), "scores");
        assertEquals(unsubmitted, reviewVersion(R2, mine), "nothing saved");
        JsonObject after = submit(R2, mine, 3, 2, null).json();
        // the same sheet sent again on the version it was first sent on (a double click, a retry): answered as it stands
        Api.Reply again = submit(R2, mine, 3, 2, null, unsubmitted);
        assertStatus(200, again, "the same submission again");
        assertEquals(1, again.json().getJsonArray("revisions").size(), "nothing more stored");
        assertFalse(after.getBoolean("othersHidden"));
        JsonObject other = after.getJsonArray("others").getJsonObject(0);
        assertEquals("A", other.getString("reviewer"));
        assertEquals(96.0, other.getJsonNumber("total").doubleValue(), 1e-9, "40 × 9/10 + 60 × (5 − 1)/(5 − 1)");

        assertRejected(submit(R2, mine, 4, 2, null), "reason");
        JsonObject changed = submit(R2, mine, 4, 2, "重新核对了材料").json();
        JsonArray revisions = changed.getJsonArray("revisions");
        assertEquals(2, revisions.size());
        assertEquals("重新核对了材料", revisions.getJsonObject(1).getString("reason"));
        assertEquals(3, revisions.getJsonObject(0).getJsonObject("scores").getInt("impact"), "the first version is kept as it was");
        assertTrue(actions(cycle).contains("REVIEW_CHANGE_FLAGGED"), "changed after seeing reviewer A's sheet");
    }

    @Test
    void aConflictedReviewerIsNeverAssignedCannotOpenTheNominationAndDoesNotCount() {
        long cycle = open(cycle(YEAR.getAndIncrement(), 4, hometownRule()));
        // 刘帅晨 leads a team at 昆山智谷, which reviewer3 runs
        long kunshan = nominated(cycle, "innovation", "刘帅晨");
        String conflicts = OFFICE.get("/api/award-cycles/" + cycle + "/conflicts").body();
        assertTrue(conflicts.contains("\"reviewer\":\"reviewer3\"") && conflicts.contains("MANAGES_PLATFORM"), conflicts);
        JsonObject added = OFFICE.post("/api/award-cycles/" + cycle + "/assignments", "").json();
        assertTrue(added.getJsonArray("added").getValuesAs(JsonObject.class).stream().noneMatch(p -> "reviewer3".equals(p.getString("reviewer"))),
                added::toString);
        JsonObject refused = assertRejected(OFFICE.post("/api/nominations/" + kunshan + "/assignments", "{\"reviewer\":\"reviewer3\"}"), "reviewer");
        assertTrue(refused.getJsonObject("fields").getString("reviewer").contains("昆山智谷"), refused::toString); // the platform by name
        Api.Reply byId = R3.get("/api/nominations/" + kunshan);
        assertStatus(403, byId, "a conflicted reviewer opening the nomination by id");
        assertEquals(R3.get("/api/nominations/987654321").body(), byId.body(), "refused alike for a missing id");
        assertTrue(((JsonArray) R3.get("/api/reviews").jsonValue()).getValuesAs(JsonObject.class).stream()
                .noneMatch(q -> q.getJsonNumber("nomination").longValue() == kunshan));

        // a declared conflict, after scoring: the scores drop out of the ranking, and the nomination is closed to the reviewer
        String declarer = OFFICE.get("/api/nominations/" + kunshan).json().getJsonArray("assignments").getJsonObject(0).getString("reviewer");
        Api reviewer = Api.as(declarer);
        long assignment = assignment(reviewer, kunshan);
        assertStatus(200, submit(reviewer, assignment, 0, 1, null), "score first");
        int before = standing(cycle, kunshan).getInt("reviews");
        assertRejected(reviewer.post("/api/reviews/" + assignment + "/conflict", "{\"reason\":\" \"}"), "reason");
        assertStatus(204, reviewer.post("/api/reviews/" + assignment + "/conflict", "{\"reason\":\"与被提名人是大学同学\"}"), "declare");
        assertEquals(before - 1, standing(cycle, kunshan).getInt("reviews"));
        assertStatus(403, reviewer.get("/api/nominations/" + kunshan), "after declaring, by nomination id");
        assertStatus(403, reviewer.get("/api/reviews/" + assignment), "after declaring, by review id");
        assertStatus(403, submit(reviewer, assignment, 9, 5, null), "after declaring, scoring again");
        assertTrue(OFFICE.get("/api/award-cycles/" + cycle + "/conflicts").body().contains("与被提名人是大学同学"));
        assertRejected(OFFICE.delete("/api/nominations/" + kunshan + "/assignments/" + declarer), "reviewer"); // the declaration stays on record
        assertTrue(actions(cycle).contains("CONFLICT_DECLARED"));
    }

    // ---- fairness: what is changed or declared after seeing the others waits for the office

    /** a nomination with reviewer2's assignment ({@code mine}) and reviewer4's ({@code theirs}) */
    record Scored(long cycle, long nomination, long mine, long theirs) {
    }

    /** a cycle of that year with one nomination, assigned to reviewer2 (mine) and reviewer4 (theirs) */
    static Scored twoReviewers(int year) {
        long cycle = open(cycle(year, 2, hometownRule()));
        long n = nominated(cycle, "innovation", "馮海");
        manual(n, "reviewer2");
        manual(n, "reviewer4");
        return new Scored(cycle, n, assignment(R2, n), assignment(Api.as("reviewer4"), n));
    }

    /** the nomination scored by reviewer4 (9, 5: 96) and then by reviewer2 (3, 2: 27), who is shown reviewer4's sheet on submitting */
    static Scored scoredAndSeen() {
        Scored s = twoReviewers(FAIR_YEAR.getAndIncrement());
        assertStatus(200, submit(Api.as("reviewer4"), s.theirs(), 9, 5, null), "reviewer4 submits");
        JsonObject submitted = submit(R2, s.mine(), 3, 2, null).json();
        assertEquals(1, submitted.getJsonArray("others").size(), "reviewer2 is shown reviewer4's sheet");
        assertFalse(submitted.containsKey("flagged"), "the first submission counts at once: nothing flagged");
        return s;
    }

    /** reviewer2's total as the ranking counts it, or null when it does not count */
    static Double counted(Scored s) {
        JsonObject totals = standing(s.cycle(), s.nomination()).getJsonObject("totals");
        return totals.containsKey("reviewer2") ? totals.getJsonNumber("reviewer2").doubleValue() : null;
    }

    static List<JsonObject> flags(long cycle) {
        Api.Reply r = OFFICE.get("/api/award-cycles/" + cycle + "/flags");
        assertStatus(200, r, "the flagged changes");
        return ((JsonArray) r.jsonValue()).getValuesAs(JsonObject.class);
    }

    static Api.Reply settle(Api api, Scored s, String how, Long version) {
        return api.post("/api/award-cycles/" + s.cycle() + "/flags/" + s.mine() + "/" + how, versioned(Json.createObjectBuilder(), version));
    }

    @Test
    void aChangeAfterSeeingTheOthersCountsOnlyOnceTheOfficeConfirmsIt() {
        Scored s = scoredAndSeen();
        assertEquals(27.0, counted(s), 1e-9);

        JsonObject changed = submit(R2, s.mine(), 10, 5, "看过其他评分后调整").json();
        assertEquals("CHANGE", changed.getString("flagged"));
        assertEquals(27.0, counted(s), 1e-9, "the ranking still counts the first revision");
        JsonObject flag = standing(s.cycle(), s.nomination()).getJsonArray("flagged").getJsonObject(0);
        assertEquals("reviewer2", flag.getString("reviewer"));
        assertEquals("CHANGE", flag.getString("kind"));
        assertEquals(2, flag.getInt("revision"));
        assertEquals(1, flag.getInt("countedRevision"));
        assertEquals(100.0, flag.getJsonNumber("total").doubleValue(), 1e-9);
        assertTrue(flag.containsKey("othersSeenAt"), flag::toString);
        assertEquals(List.of(s.mine()), flags(s.cycle()).stream().map(f -> f.getJsonNumber("assignment").longValue()).toList());
        assertTrue(actions(s.cycle()).contains("REVIEW_CHANGE_FLAGGED"));

        long version = flag.getJsonNumber("version").longValue();
        assertRejected(settle(OFFICE, s, "confirmation", null), "version");
        assertStatus(409, settle(OFFICE, s, "confirmation", version - 1), "confirming on a version no longer the review's");
        assertEquals(27.0, counted(s), 1e-9, "refusals changed nothing");
        assertStatus(200, settle(OFFICE, s, "confirmation", version), "the office confirms");
        assertEquals(100.0, counted(s), 1e-9, "the change counts");
        assertTrue(flags(s.cycle()).isEmpty());
        assertTrue(standing(s.cycle(), s.nomination()).getJsonArray("flagged").isEmpty());
        assertRejected(settle(OFFICE, s, "confirmation", reviewVersion(R2, s.mine())), "flag"); // nothing waits any more

        // changed again and rejected: the revision that counted keeps counting
        assertEquals("CHANGE", submit(R2, s.mine(), 4, 2, "再次调整").json().getString("flagged"));
        assertEquals(100.0, counted(s), 1e-9);
        assertStatus(200, settle(OFFICE, s, "rejection", flags(s.cycle()).getFirst().getJsonNumber("version").longValue()), "reject");
        assertEquals(100.0, counted(s), 1e-9, "the rejected change never counts");
        assertTrue(flags(s.cycle()).isEmpty());
        List<String> trail = actions(s.cycle());
        assertTrue(trail.contains("FLAG_CONFIRMED") && trail.contains("FLAG_REJECTED"), trail::toString);
    }

    @Test
    void aConflictDeclaredAfterSeeingTheOthersAppliesOnlyOnceTheOfficeConfirmsIt() {
        Scored s = scoredAndSeen();
        assertStatus(204, R2.post("/api/reviews/" + s.mine() + "/conflict", "{\"reason\":\"看过评分后想起与被提名人是同学\"}"), "declare");
        assertStatus(403, R2.get("/api/reviews/" + s.mine()), "the reviewer has stepped aside from opening it");
        assertEquals(27.0, counted(s), 1e-9, "their scores count until the office confirms");
        assertEquals(2, standing(s.cycle(), s.nomination()).getInt("reviews"));
        JsonObject flag = flags(s.cycle()).getFirst();
        assertEquals("CONFLICT", flag.getString("kind"));
        assertEquals("看过评分后想起与被提名人是同学", flag.getString("reason"));
        assertTrue(actions(s.cycle()).contains("CONFLICT_FLAGGED"));

        assertStatus(200, settle(OFFICE, s, "rejection", flag.getJsonNumber("version").longValue()), "the office rejects it");
        assertEquals(27.0, counted(s), 1e-9);
        assertStatus(200, R2.get("/api/reviews/" + s.mine()), "not applied: the reviewer may open it again");

        assertStatus(204, R2.post("/api/reviews/" + s.mine() + "/conflict", "{\"reason\":\"确实是同学\"}"), "declare again");
        assertStatus(200, settle(OFFICE, s, "confirmation", flags(s.cycle()).getFirst().getJsonNumber("version").longValue()), "confirm");
        assertNull(counted(s), "confirmed: nothing of theirs counts");
        assertEquals(1, standing(s.cycle(), s.nomination()).getInt("reviews"));
    }

    @Test
    void onlyTheOfficeSettlesAFlaggedChange() {
        Scored s = scoredAndSeen();
        submit(R2, s.mine(), 10, 5, "调整");
        long version = flags(s.cycle()).getFirst().getJsonNumber("version").longValue();
        for (Api api : List.of(R2, Api.as("reviewer4"), Api.as("mgr-fatong"))) {
            assertStatus(403, api.get("/api/award-cycles/" + s.cycle() + "/flags"), "the list");
            assertStatus(403, settle(api, s, "confirmation", version), "confirming");
            assertStatus(403, settle(api, s, "rejection", version), "rejecting");
        }
        assertStatus(401, settle(Api.anonymous(), s, "confirmation", version), "signed out");
        String body = versioned(Json.createObjectBuilder(), version);
        assertStatus(404, OFFICE.post("/api/award-cycles/" + s.cycle() + "/flags/987654321/confirmation", body), "no such assignment");
        assertStatus(404, OFFICE.post("/api/award-cycles/987654321/flags/" + s.mine() + "/confirmation", body), "no such cycle");
        long other = open(cycle(FAIR_YEAR.getAndIncrement(), 2, hometownRule()));
        assertStatus(404, OFFICE.post("/api/award-cycles/" + other + "/flags/" + s.mine() + "/rejection", body), "another cycle's assignment");
        assertEquals(27.0, counted(s), 1e-9, "nothing settled");
        assertEquals(1, flags(s.cycle()).size());
    }

    static JsonObject standing(long cycle, long nomination) {
        return OFFICE.get("/api/award-cycles/" + cycle + "/ranking").json().getJsonArray("standings").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("nomination").longValue() == nomination).findFirst().orElseThrow();
    }

    @Test
    void nominationsAreRefusedWithTheReasonAndNothingIsSaved() {
        JsonObject returned = Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fact", "stage").add("op", "eq").add("value", "RETURNED"))).build();
        long cycle = open(cycle(YEAR.getAndIncrement(), 2, returned));
        long engaged = id(Fixtures.byName("张娜红")); // ENGAGED, not yet returned
        JsonObject body = assertRejected(nominate(OFFICE, cycle, "innovation", engaged), "talentId");
        assertTrue(body.getJsonObject("fields").getString("talentId").contains("要求"), body::toString);
        long ok = id(Fixtures.byName("馮海"));
        assertStatus(201, nominate(OFFICE, cycle, "innovation", ok), "nominate");
        assertRejected(nominate(Api.as("mgr-fatong"), cycle, "innovation", ok), "talentId");
        assertStatus(201, nominate(OFFICE, cycle, "service", ok), "the same talent in another category");
        assertRejected(nominate(OFFICE, cycle, "investment", ok), "category");
        assertRejected(OFFICE.post("/api/nominations", "{}"), "cycleId", "category", "talentId");
        assertRejected(OFFICE.post("/api/nominations", Json.createObjectBuilder().add("cycleId", cycle).add("category", "innovation")
                .add("talentId", id(Fixtures.byName("张昊林"))).add("statement", " ").build().toString()), "statement");
        assertEquals(2, OFFICE.get("/api/award-cycles/" + cycle).json().getInt("nominations"));

        long closed = open(cycle(YEAR.getAndIncrement(), 2, returned).add("nominationOpens", today().minusDays(30).toString())
                .add("nominationCloses", today().minusDays(1).toString()).add("reviewOpens", today().minusDays(20).toString()));
        assertRejected(nominate(OFFICE, closed, "innovation", ok), "cycle");
    }

    @Test
    void aCycleWithBadSetUpIsRefusedNamingEachField() {
        JsonObject body = Json.createObjectBuilder().add("year", 1999).add("reviewersPerNomination", 9)
                .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "a").add("name", "A").add("weight", 50)
                        .add("min", 0).add("max", 10)))
                .add("committee", Json.createArrayBuilder().add("office"))
                .add("categories", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "nope").add("quota", 1)))
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("fact", "shoeSize").add("op", "gt").add("value", 1)))).build();
        JsonObject refused = assertRejected(OFFICE.post("/api/award-cycles", body.toString()), "year", "name", "nominationOpens",
                "nominationCloses", "reviewOpens", "reviewCloses", "categories", "criteria", "committee", "rule", "reviewersPerNomination");
        assertTrue(refused.getJsonObject("fields").getString("rule").contains("shoeSize"));
        int year = YEAR.getAndIncrement();
        open(cycle(year, 2, hometownRule()));
        assertRejected(OFFICE.post("/api/award-cycles", cycle(year, 2, hometownRule()).build().toString()), "year");
    }

    enum Caller { OFFICE, MANAGER, REVIEWER, ANONYMOUS }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void whoMayDoWhat(Caller caller) {
        Api api = switch (caller) {
            case OFFICE -> Fixtures.OFFICE;
            case MANAGER -> Api.as("mgr-fatong");
            case REVIEWER -> R2;
            case ANONYMOUS -> Api.anonymous();
        };
        long cycle = ((JsonArray) OFFICE.get("/api/award-cycles").jsonValue()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("year") == 2026).map(Fixtures::id).findFirst().orElseThrow();
        Map<String, Integer> expected = new HashMap<>();
        boolean anonymous = caller == Caller.ANONYMOUS;
        int office = anonymous ? 401 : caller == Caller.OFFICE ? 200 : 403;
        expected.put("GET /api/award-cycles", anonymous ? 401 : 200);
        expected.put("GET /api/award-cycles/{id}/ranking", office);
        expected.put("GET /api/award-cycles/{id}/conflicts", office);
        expected.put("GET /api/award-cycles/{id}/audit", office);
        expected.put("GET /api/award-cycles/{id}/nominations", anonymous ? 401 : caller == Caller.REVIEWER ? 403 : 200);
        expected.put("GET /api/reviews", anonymous ? 401 : caller == Caller.REVIEWER ? 200 : 403);
        Map<String, Integer> actual = new HashMap<>();
        actual.put("GET /api/award-cycles", api.get("/api/award-cycles").status());
        for (String path : List.of("ranking", "conflicts", "audit", "nominations")) {
            actual.put("GET /api/award-cycles/{id}/" + path, api.get("/api/award-cycles/" + cycle + "/" + path).status());
        }
        actual.put("GET /api/reviews", api.get("/api/reviews").status());
        assertEquals(expected, actual);

        int nominations = OFFICE.get("/api/award-cycles/" + cycle).json().getInt("nominations");
        Api.Reply create = api.post("/api/award-cycles", cycle(YEAR.getAndIncrement(), 2, hometownRule()).build().toString());
        assertEquals(anonymous ? 401 : caller == Caller.OFFICE ? 201 : 403, create.status(), create::body);
        if (create.status() == 201) {
            assertNotEquals(cycle, id(create.json()));
        }
        Api.Reply auto = api.post("/api/award-cycles/" + cycle + "/assignments", "");
        assertEquals(anonymous ? 401 : caller == Caller.OFFICE ? 200 : 403, auto.status(), auto::body);
        assertEquals(nominations, OFFICE.get("/api/award-cycles/" + cycle).json().getInt("nominations"));
    }

    /** PIPL: the office reads nominees' phones unmasked in the API's list, and the nominee's data report says who did */
    @Test
    void theOfficeReadingANomineesContactsIsInTheirReport() {
        String phone = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);
        long talent = id(Fixtures.create(Fixtures.talent(Fixtures.unique("被推荐人")).add("township", "371121001").add("phone", phone)));
        long cycle = open(cycle(YEAR.getAndIncrement(), 1, hometownRule()));
        assertStatus(201, nominate(OFFICE, cycle, "innovation", talent), "nominated");
        Api.Reply list = OFFICE.get("/api/award-cycles/" + cycle + "/nominations");
        assertTrue(list.body().contains(phone), "the office reads the number: " + list.body());
        JsonObject report = OFFICE.get("/api/talents/" + talent + "/personal-data").json();
        assertTrue(report.getJsonArray("audit").stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("VIEWED")
                && e.getString("record").equals("TALENT") && e.getString("detail", "").contains("TALENT:" + talent)), report::toString);
    }

    @Test
    void theDemoCycleShowsConflictsFoundInTheData() {
        long cycle = ((JsonArray) OFFICE.get("/api/award-cycles").jsonValue()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("year") == 2026).map(Fixtures::id).findFirst().orElseThrow();
        Set<String> kinds = ((JsonArray) OFFICE.get("/api/award-cycles/" + cycle + "/conflicts").jsonValue()).getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("reviewer") + ":" + c.getString("kind")).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("reviewer1:SELF", "reviewer1:SHARED_TEAM", "reviewer3:MANAGES_PLATFORM", "reviewer5:DECLARED")),
                kinds::toString);
        List<JsonValue> winners2025 = ((JsonArray) R1.get("/api/award-cycles/" + ((JsonArray) OFFICE.get("/api/award-cycles").jsonValue())
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getInt("year") == 2025).map(Fixtures::id).findFirst().orElseThrow()
                + "/winners").jsonValue());
        assertEquals(3, winners2025.size());
        assertTrue(winners2025.stream().map(JsonValue::asJsonObject).noneMatch(w -> w.containsKey("nomineePhone") || w.containsKey("nomineeEmail")),
                "a reviewer is given no contact data, not even masked: " + winners2025);
    }

    @Test
    void categoriesAreTheOfficesToRenameAndAdd() {
        String code = "it-cat-" + YEAR.get();
        Api.Reply added = OFFICE.put("/api/award-categories/" + code, "{\"name\":\"科技特派员类\",\"nameEn\":\"Science envoys\"}");
        assertStatus(200, added, "add");
        assertStatus(200, OFFICE.put("/api/award-categories/" + code, "{\"name\":\"科技特派员服务类\"}"), "rename");
        assertTrue(R2.get("/api/award-categories").body().contains("科技特派员服务类"), "everyone signed in reads them");
        assertRejected(OFFICE.put("/api/award-categories/" + code, "{\"name\":\" \"}"), "name");
        assertRejected(OFFICE.put("/api/award-categories/Not%20A%20Code", "{\"name\":\"x\"}"), "code");
        assertStatus(403, Api.as("mgr-fatong").put("/api/award-categories/" + code, "{\"name\":\"改名\"}"), "a manager");
        assertStatus(403, R2.put("/api/award-categories/" + code, "{\"name\":\"改名\"}"), "a reviewer");
        assertTrue(OFFICE.get("/api/award-categories").body().contains("科技特派员服务类"), "refusals changed nothing");
    }

    @Test
    void oversizedOrMalformedInputIsRefusedNamingTheFieldNeverAServerError() {
        int year = YEAR.getAndIncrement();
        long cycle = open(cycle(year, 2, hometownRule()));
        long n = nominated(cycle, "innovation", "馮海");
        manual(n, "reviewer2");
        long mine = assignment(R2, n);
        String longText = "很".repeat(1000);
        JsonObjectBuilder comments = Json.createObjectBuilder().add("impact", longText).add("return", longText);
        assertRejected(draft(R2, mine, Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("impact", 3))
                .add("comments", Json.createObjectBuilder().add("looks", "好看"))), "comments");
        assertRejected(draft(R2, mine, Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("charm", 3))), "scores");
        assertStatus(200, draft(R2, mine, Json.createObjectBuilder().add("comments", comments)), "two full comments fit");
        // a value of another JSON type is refused, not read as something else: [1,2] was taken for no scores and wiped the draft
        assertStatus(200, draft(R2, mine, Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("impact", 8))), "a draft");
        assertRejected(draft(R2, mine, Json.createObjectBuilder().add("scores", Json.createArrayBuilder().add(1).add(2))), "scores");
        assertRejected(draft(R2, mine, Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("impact", "8"))), "scores");
        assertRejected(draft(R2, mine, Json.createObjectBuilder().add("comment", 123)), "comment");
        assertEquals(8, R2.get("/api/reviews/" + mine).json().getJsonObject("scores").getInt("impact"), "the draft as it was");
        assertRejected(R2.post("/api/reviews/" + mine + "/conflict", "{\"reason\":123}"), "reason");
        assertStatus(200, R2.get("/api/reviews/" + mine), "no conflict was declared");

        assertRejected(OFFICE.post("/api/award-cycles", cycle(YEAR.getAndIncrement(), 2, hometownRule())
                .add("criteria", Json.createArrayBuilder().addNull()).build().toString()), "criteria");
        assertRejected(OFFICE.post("/api/award-cycles", cycle(YEAR.getAndIncrement(), 2, hometownRule())
                .add("categories", Json.createArrayBuilder().addNull()).build().toString()), "categories");

        // the committee cannot lose a reviewer who has assignments
        JsonObject read = OFFICE.get("/api/award-cycles/" + cycle).json();
        Api.Reply shrunk = OFFICE.put("/api/award-cycles/" + cycle, cycle(year, 2, hometownRule())
                .add("committee", Json.createArrayBuilder().add("reviewer1").add("reviewer3").add("reviewer4"))
                .add("version", read.getJsonNumber("version").longValue()).build().toString());
        assertRejected(shrunk, "committee");

        assertRejected(step(cycle, "decision", decision(Map.of(n, "好".repeat(1001)))), "winners");
        assertRejected(OFFICE.put("/api/award-categories/BAD!", "{\"name\":\"x\"}"), "code");

        // an evidence link is a web address and nothing else: it is clicked by the reviewers
        long talent = id(Fixtures.byName("馮海"));
        int nominations = OFFICE.get("/api/award-cycles/" + cycle).json().getInt("nominations");
        for (String link : List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "file:///C:/证书.pdf",
                "/awards/cycle.xhtml", "www.wulian.gov.cn", "https://gov.cn@evil.example/")) {
            assertRejected(OFFICE.post("/api/nominations", linked(cycle, talent, link)), "achievements");
        }
        String nextYear = linked(cycle, talent, "https://www.wulian.gov.cn/").replace("\"year\":2025", "\"year\":" + (Fixtures.today().getYear() + 1));
        assertRejected(OFFICE.post("/api/nominations", nextYear), "achievements");
        assertEquals(nominations, OFFICE.get("/api/award-cycles/" + cycle).json().getInt("nominations"), "none was saved");
        Api.Reply linked = OFFICE.post("/api/nominations", linked(cycle, talent, "https://www.wulian.gov.cn/art/2025/证书.html"));
        assertStatus(201, linked, "an https link");
        assertEquals("https://www.wulian.gov.cn/art/2025/证书.html",
                linked.json().getJsonArray("achievements").getJsonObject(0).getString("link"));
    }

    @Test
    void evidenceIsAttachedByTheNominatorsAndOpenedOnlyByThoseWhoMayOpenTheNomination() throws java.io.IOException {
        long cycle = open(cycle(YEAR.getAndIncrement(), 2, hometownRule()));
        Api manager = Api.as("mgr-fatong");
        Api.Reply made = nominate(manager, cycle, "innovation", id(Fixtures.byName("馮海")));
        assertStatus(201, made, "a manager nominates");
        long n = id(made.json());
        manual(n, "reviewer2");
        byte[] pdf = "%PDF-1.4 证书扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply attached = manager.upload("/api/nominations/" + n + "/attachments?name=" + Api.q("获奖证书.pdf"), pdf, "application/pdf");
        assertStatus(201, attached, "the nominating manager attaches");
        long file = id(attached.json());
        assertRejected(OFFICE.upload("/api/nominations/" + n + "/attachments?name=virus.exe", pdf, "application/octet-stream"), "file");
        assertRejected(OFFICE.upload("/api/nominations/" + n + "/attachments?name=empty.pdf", new byte[0], "application/pdf"), "file");
        // what a file is, is told by its content: a page, a drawing or a macro under a harmless name is refused
        String upload = "/api/nominations/" + n + "/attachments?name=";
        assertRejected(OFFICE.upload(upload + "evil.pdf", "<html><script>alert(document.cookie)</script></html>".getBytes(UTF_8), "application/pdf"),
                "file");
        assertRejected(OFFICE.upload(upload + Api.q("徽标.png"), ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(UTF_8), "image/png"), "file");
        JsonObject macros = assertRejected(OFFICE.upload(upload + Api.q("申报书.docx"), docm(), "application/octet-stream"), "file");
        assertTrue(macros.getJsonObject("fields").getString("file").contains("宏"), macros::toString);
        // one byte over 10 MB is refused from its length, before it is read (413, as any body over its limit)
        RequestBoundsIT.assertTooLarge(RawHttp.promising("POST", upload + "big.pdf", "office", "application/pdf", 10 * 1024 * 1024 + 1,
                "%PDF-1.4".getBytes(UTF_8)), "file", "10.0 MB");
        // the type stored and served is the one found, not the one the client claimed
        Api.Reply claimedHtml = manager.upload(upload + Api.q("扫描件.pdf"), pdf, "text/html");
        assertStatus(201, claimedHtml, "a PDF sent as text/html");
        assertEquals("application/pdf", claimedHtml.json().getString("contentType"));
        assertStatus(204, OFFICE.delete("/api/nominations/" + n + "/attachments/" + id(claimedHtml.json())), "removed again");
        assertStatus(403, Api.as("mgr-shibei").upload("/api/nominations/" + n + "/attachments?name=a.pdf", pdf, "application/pdf"),
                "another platform's manager");
        assertStatus(403, R2.upload("/api/nominations/" + n + "/attachments?name=a.pdf", pdf, "application/pdf"), "a reviewer");

        JsonArray files = (JsonArray) R2.get("/api/nominations/" + n + "/attachments").jsonValue();
        assertEquals(1, files.size(), "only the valid file was kept");
        assertEquals("获奖证书.pdf", files.getJsonObject(0).getString("fileName"));
        assertTrue(java.util.Arrays.equals(pdf, R2.download("/api/nominations/" + n + "/attachments/" + file)), "the assigned reviewer reads it");
        // served as a download of the type found, never shown as a page
        Api.Reply served = R2.get("/api/nominations/" + n + "/attachments/" + file);
        assertEquals("application/pdf", served.header("Content-Type"));
        assertEquals("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E8%8E%B7%E5%A5%96%E8%AF%81%E4%B9%A6.pdf", served.header("Content-Disposition"));
        assertEquals("nosniff", served.header("X-Content-Type-Options"));
        assertStatus(403, R1.get("/api/nominations/" + n + "/attachments"), "an unassigned reviewer");
        assertStatus(403, R1.get("/api/nominations/" + n + "/attachments/" + file), "an unassigned reviewer, by id");
        assertStatus(404, OFFICE.get("/api/nominations/" + n + "/attachments/987654321"), "no such file");
        assertTrue(actions(cycle).contains("ATTACHED"));
        assertStatus(204, OFFICE.delete("/api/nominations/" + n + "/attachments/" + file), "office removes it while open");
        assertEquals(0, ((JsonArray) OFFICE.get("/api/nominations/" + n + "/attachments").jsonValue()).size());
    }

    /** a nomination in the service category with one achievement linking there */
    static String linked(long cycle, long talent, String link) {
        return Json.createObjectBuilder().add("cycleId", cycle).add("category", "service").add("talentId", talent)
                .add("statement", "服务乡村振兴").add("achievements", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("year", 2025).add("title", "获评优秀科技特派员").add("link", link))).build().toString();
    }

    /** a Word document with a macro project: a zip whose content types declare it macro-enabled */
    static byte[] docm() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>"
                    + "</Types>").getBytes(UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[64]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JsonObjectBuilder decision(Map<Long, String> winners) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        winners.forEach((n, j) -> list.add(Json.createObjectBuilder().add("nomination", n).add("justification", j)));
        return Json.createObjectBuilder().add("winners", list);
    }
}
