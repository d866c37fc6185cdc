package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.ApplicationFixtures.amount;
import static cn.wulian.liancai.it.ApplicationFixtures.cashPolicy;
import static cn.wulian.liancai.it.ApplicationFixtures.disburse;
import static cn.wulian.liancai.it.ApplicationFixtures.policy;
import static cn.wulian.liancai.it.ApplicationFixtures.read;
import static cn.wulian.liancai.it.ApplicationFixtures.reportRow;
import static cn.wulian.liancai.it.ApplicationFixtures.step;
import static cn.wulian.liancai.it.ApplicationFixtures.stepOk;
import static cn.wulian.liancai.it.ApplicationFixtures.submit;
import static cn.wulian.liancai.it.ApplicationFixtures.submitted;
import static cn.wulian.liancai.it.ApplicationFixtures.team;
import static cn.wulian.liancai.it.ApplicationFixtures.version;
import static cn.wulian.liancai.it.ApplicationFixtures.voucher;
import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertInUse;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applications through the API: the whole workflow with who and when at every step, eligibility
 * refused with reasons at submission and again at approval, the caps, the budget, and the races —
 * two approvals for the last of a budget, two officers deciding the same application, two payments
 * for the last of an approval — where exactly one wins and the figures stay whole.
 */
@ExtendWith(RunningApp.class)
class ApplicationsApiIT {

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    void anApplicationGoesFromSubmissionToClosingAndEveryStepSaysWhoAndWhen() {
        String policy = policy(cashPolicy("100000", "1000000", null, null, 1));
        long team = team("fatong");
        Api manager = Api.as("mgr-fatong");
        JsonObject app = submitted(manager, policy, team, "80000");
        long id = id(app);
        assertEquals("SUBMITTED", app.getString("status"));
        assertEquals("mgr-fatong", app.getString("submittedBy"));
        assertEquals("fatong", app.getString("platform"));
        assertEquals(List.of("WITHDRAWN"), app.getJsonArray("steps").getValuesAs(jakarta.json.JsonString::getString));

        JsonObject approved = stepOk(id, "APPROVED", null, "一年内在五莲纳税");
        assertEquals(0, yuan("80000").compareTo(amount(approved, "approvedAmount")), "the amount asked is the default");
        assertEquals("一年内在五莲纳税", approved.getString("conditions"));
        assertEquals(today().getYear(), approved.getInt("budgetYear"));
        assertEquals("office", approved.getString("decidedBy"));
        assertEquals(0, yuan("920000").compareTo(amount(reportRow(policy), "left")));

        Api.Reply first = disburse(OFFICE, id, today().toString(), "30000", voucher());
        assertEquals(201, first.status(), first::body);
        assertEquals("GRANTED", first.json().getString("status"));
        assertTrue(first.header("Location").contains("/api/applications/" + id + "/disbursements/"));
        long beforeSecond = version(id);
        assertEquals(201, disburse(OFFICE, id, null, "20000", voucher()).status());
        // a payment names the version it was recorded on: without it 400, on one no longer the application's 409; nothing paid
        assertRejected(disburse(OFFICE, id, null, "1", voucher(), null), "version");
        Api.Reply stale = disburse(OFFICE, id, null, "1", voucher(), beforeSecond);
        assertEquals(409, stale.status(), stale::body);
        JsonObject paid = read(id);
        assertEquals(0, yuan("50000").compareTo(amount(paid, "disbursed")));
        assertEquals(0, yuan("30000").compareTo(amount(paid, "open")));

        JsonObject closed = stepOk(id, "CLOSED", null, "项目调整，余款不再拨付");
        assertEquals("office", closed.getString("closedBy"));
        JsonObject row = reportRow(policy);
        assertEquals(0, yuan("50000").compareTo(amount(row, "committed")), "closing gave back what was not paid");
        assertEquals(0, yuan("950000").compareTo(amount(row, "left")));
        assertEquals(0, yuan("50000").compareTo(amount(row, "disbursed")));
        assertEquals(1, row.getInt("applications"));
        assertEquals(1, row.getInt("approved"));

        JsonArray steps = (JsonArray) OFFICE.get("/api/applications/" + id + "/transitions").jsonValue();
        assertEquals(List.of("SUBMITTED", "APPROVED", "GRANTED", "CLOSED"),
                steps.stream().map(s -> ((JsonObject) s).getString("to")).toList());
        assertEquals(List.of("mgr-fatong", "office", "office", "office"),
                steps.stream().map(s -> ((JsonObject) s).getString("by")).toList());
        steps.forEach(s -> assertTrue(((JsonObject) s).containsKey("at")));
        JsonArray payments = (JsonArray) OFFICE.get("/api/applications/" + id + "/disbursements").jsonValue();
        assertEquals(2, payments.size());
        assertRejected(disburse(OFFICE, id, null, "1", voucher()), "status");
    }

    @Test
    void anIneligibleSubjectIsRefusedWithTheReasonsAndNothingIsSaved() {
        String policy = policy(cashPolicy("100000", "1000000", null, null, 50));
        long team = team("shibei");
        JsonObject body = assertRejected(submit(OFFICE, policy, "TEAM", team, null), "policy");
        String reason = body.getJsonObject("fields").getString("policy");
        assertTrue(reason.contains("团队人数") || reason.contains("人数"), reason);
        assertTrue(reason.contains("50"), reason);
        JsonObject english = assertRejected(submit(OFFICE.inEnglish(), policy, "TEAM", team, null), "policy");
        assertTrue(english.getJsonObject("fields").getString("policy").startsWith("Does not qualify"), english::toString);
        assertEquals(0, listTotal("subject=TEAM:" + team));
    }

    @Test
    void eligibilityIsCheckedAgainAtApprovalUnderThePolicyAsItNowStands() {
        JsonObject created = PoliciesApiIT.create(OFFICE, cashPolicy("100000", "1000000", null, null, 1));
        String policy = created.getString("code");
        long team = team("cas");
        long id = id(submitted(OFFICE, policy, team, null));

        // the office tightens the rule after the application came in: the team has five people, the policy now wants ten
        JsonObject stricter = cashPolicy("100000", "1000000", null, null, 10).add("version", 1).build();
        Api.Reply revised = OFFICE.put("/api/policies/" + policy, stricter.toString());
        assertEquals(200, revised.status(), revised::body);
        assertEquals(2, revised.json().getInt("version"));

        String before = read(id).toString();
        assertRejected(step(OFFICE, id, "APPROVED", null, null, version(id)), "to");
        assertEquals(before, read(id).toString(), "a refused approval changes nothing");
        assertEquals(0, BigDecimal.ZERO.compareTo(amount(reportRow(policy), "committed")));

        // loosened again: approval now passes and is taken under version 3
        JsonObject looser = cashPolicy("100000", "1000000", null, null, 2).add("version", 2).build();
        assertEquals(200, OFFICE.put("/api/policies/" + policy, looser.toString()).status());
        JsonObject approved = stepOk(id, "APPROVED", null, null);
        assertEquals(3, approved.getInt("policyVersion"));
        assertEquals(0, yuan("100000").compareTo(amount(approved, "approvedAmount")), "the policy's benefit is the default");
    }

    @Test
    void theCapsHoldPerBeneficiary() {
        String once = policy(cashPolicy("100000", "1000000", 1, null, 1));
        long team = team("kunshan");
        long first = id(submitted(OFFICE, once, team, null));
        assertRejected(submit(OFFICE, once, "TEAM", team, null), "policy"); // one open application per policy and subject
        stepOk(first, "APPROVED", "60000", null);
        assertRejected(submit(OFFICE, once, "TEAM", team, null), "policy"); // granted once, the limit

        String capped = policy(cashPolicy("100000", "1000000", 5, "150000", 1));
        long a = id(submitted(OFFICE, capped, team, null));
        stepOk(a, "APPROVED", "100000", null);
        long b = id(submitted(OFFICE, capped, team, null));
        JsonObject refused = assertRejected(step(OFFICE, b, "APPROVED", "60000", null, version(b)), "amount");
        assertTrue(refused.getJsonObject("fields").getString("amount").contains("上限 150,000.00 元"), refused::toString);
        assertRejected(step(OFFICE, b, "APPROVED", "100000.01", null, version(b)), "amount"); // above the benefit
        assertEquals("APPROVED", stepOk(b, "APPROVED", "50000", null).getString("status"));
    }

    @Test
    void twoApprovalsRacingForTheLastOfTheBudgetLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 4; round++) {
            String policy = policy(cashPolicy("60", "100", null, null, 1));
            long x = id(submitted(OFFICE, policy, team("fatong"), null));
            long y = id(submitted(OFFICE, policy, team("shibei"), null));
            long vx = version(x);
            long vy = version(y);
            List<Api.Reply> replies = race(
                    () -> step(OFFICE, x, "APPROVED", "60", null, vx),
                    () -> step(Api.as("office2"), y, "APPROVED", "60", null, vy));
            List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
            assertEquals(List.of(200, 400), statuses, () -> replies.stream().map(Api.Reply::body).collect(Collectors.joining("\n")));
            Api.Reply loser = replies.stream().filter(r -> r.status() == 400).findFirst().orElseThrow();
            assertRejected(loser, "amount");
            JsonObject row = reportRow(policy);
            assertEquals(0, yuan("60").compareTo(amount(row, "committed")), row::toString);
            assertEquals(0, yuan("40").compareTo(amount(row, "left")), row::toString);
            assertEquals(1, row.getInt("approved"));
        }
    }

    @Test
    void twoOfficersDecidingTheSameApplicationAtOnceCannotBothSucceed() throws Exception {
        String policy = policy(cashPolicy("100", "1000", null, null, 1));
        long id = id(submitted(OFFICE, policy, team("cas"), null));
        long v = version(id);
        List<Api.Reply> replies = race(
                () -> step(OFFICE, id, "APPROVED", "100", null, v),
                () -> step(Api.as("office2"), id, "APPROVED", "100", null, v));
        List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
        assertEquals(200, statuses.get(0), () -> replies.toString());
        assertTrue(statuses.get(1) == 409 || statuses.get(1) == 400, () -> replies.toString());
        assertEquals(0, yuan("100").compareTo(amount(reportRow(policy), "committed")), "approved once, committed once");
    }

    @Test
    void twoPaymentsRacingForTheLastOfAnApprovalLeaveExactlyOneWinner() throws Exception {
        String policy = policy(cashPolicy("100", "1000", null, null, 1));
        long id = id(submitted(OFFICE, policy, team("kunshan"), null));
        stepOk(id, "APPROVED", "100", null);
        List<Api.Reply> replies = race(
                () -> disburse(OFFICE, id, null, "60", voucher()),
                () -> disburse(Api.as("office2"), id, null, "60", voucher()));
        // the one that came second finds the application changed (409) or, if it read it after the first, too little left (400)
        List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
        assertEquals(201, statuses.get(0), () -> replies.toString());
        assertTrue(statuses.get(1) == 409 || statuses.get(1) == 400, () -> replies.toString());
        assertEquals(0, yuan("60").compareTo(amount(read(id), "disbursed")));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        String policy = policy(cashPolicy("100000", "1000000", null, null, 1));
        long team = team("fatong");
        assertRejected(OFFICE.post("/api/applications", "{}"), "policy", "subjectKind", "subjectId");
        assertRejected(submit(OFFICE, "no-such-policy", "TEAM", team, null), "policy");
        assertRejected(submit(OFFICE, policy, "PLANET", team, null), "subjectKind");
        assertRejected(submit(OFFICE, policy, "TALENT", 1, null), "subjectKind");
        assertRejected(submit(OFFICE, policy, "TEAM", team, "100000.01"), "requestedAmount");
        assertRejected(submit(OFFICE, policy, "TEAM", team, "-5"), "requestedAmount");
        assertRejected(OFFICE.post("/api/applications", Json.createObjectBuilder().add("policy", policy).add("subjectKind", "TEAM")
                .add("subjectId", team).add("requestedAmount", "lots").build().toString()), "requestedAmount");
        assertEquals(404, submit(OFFICE, policy, "TEAM", 987_654_321L, null).status());
        assertEquals(0, listTotal("subject=TEAM:" + team));

        long id = id(submitted(OFFICE, policy, team, null));
        String before = read(id).toString();
        assertRejected(step(OFFICE, id, "APPROVED", null, null, null), "version");
        assertRejected(step(OFFICE, id, "PAID", null, null, version(id)), "to");
        assertRejected(step(OFFICE, id, "REJECTED", null, " ", version(id)), "reason");
        assertRejected(step(OFFICE, id, "CLOSED", null, null, version(id)), "to");
        assertEquals(409, step(OFFICE, id, "REJECTED", null, "材料不全", version(id) + 7).status());
        assertRejected(disburse(OFFICE, id, null, "10", voucher()), "status");
        assertEquals(before, read(id).toString());

        stepOk(id, "APPROVED", "1000", null);
        String approved = read(id).toString();
        assertRejected(disburse(OFFICE, id, today().plusDays(1).toString(), "0", " "), "paidOn", "amount", "voucherNo");
        assertRejected(disburse(OFFICE, id, "2026-02-30", "10", voucher()), "paidOn");
        assertRejected(disburse(OFFICE, id, today().minusYears(1).toString(), "10", voucher()), "paidOn");
        assertRejected(disburse(OFFICE, id, null, "1000.01", voucher()), "amount");
        String used = voucher();
        assertEquals(201, disburse(OFFICE, id, null, "10", used).status());
        String paidOnce = read(id).toString();
        assertRejected(disburse(OFFICE, id, null, "10", used), "voucherNo");
        assertEquals(paidOnce, read(id).toString());
        assertTrue(!approved.equals(paidOnce));
    }

    @Test
    void aTeamOrProjectWithApplicationsIsNotDeleted() {
        String policy = policy(cashPolicy("100", "1000", null, null, 1));
        long team = team("fatong");
        submitted(OFFICE, policy, team, null);
        assertInUse(OFFICE.delete("/api/teams/" + team));
        assertEquals(200, OFFICE.get("/api/teams/" + team).status());
    }

    @Test
    void theReportCoversTheYearAskedAndRefusesAYearOutOfRange() {
        assertRejected(OFFICE.get("/api/applications/report?year=1999"), "year");
        JsonObject report = OFFICE.get("/api/applications/report").json();
        assertEquals(today().getYear(), report.getInt("year"));
        assertTrue(report.getJsonArray("years").stream().anyMatch(y -> ((JsonObject) y).getInt("year") == today().getYear()));
        JsonObject past = OFFICE.get("/api/applications/report?year=2020").json();
        past.getJsonArray("policies").forEach(p -> assertEquals(0, ((JsonObject) p).getInt("applications")));
    }

    static long listTotal(String query) {
        Api.Reply r = OFFICE.get("/api/applications?limit=1&" + query);
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonNumber("total").longValue();
    }

    /** runs both calls at the same moment and answers their replies */
    @SafeVarargs
    static List<Api.Reply> race(Callable<Api.Reply>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
