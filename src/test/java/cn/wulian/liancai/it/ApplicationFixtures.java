package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * Policies, teams and applications of their own for the application tests, so that tests sharing
 * the application's database never meet: each policy has a fresh code and its own budget.
 */
final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /** a cash policy for any team of at least {@code minHeadcount} people */
    static JsonObjectBuilder cashPolicy(String benefit, String budget, Integer grants, String capTotal, int minHeadcount) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", PoliciesApiIT.code()).add("name", "测试资金")
                .add("beneficiaryKind", "TEAM").add("benefitKind", "CASH").add("benefitAmount", benefit)
                .add("annualBudget", budget).add("validFrom", "2026-01-01")
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder()
                        .add(PoliciesApiIT.condition("headcount", "gte", minHeadcount))));
        if (grants != null) {
            b.add("capGrantsPerBeneficiary", grants);
        }
        if (capTotal != null) {
            b.add("capPerBeneficiary", capTotal);
        }
        return b;
    }

    /** a policy created by office; its code */
    static String policy(JsonObjectBuilder body) {
        return PoliciesApiIT.create(OFFICE, body).getString("code");
    }

    /** a fresh team of five on that platform */
    static long team(String platform) {
        return Fixtures.id(TeamFixtures.draft(platform));
    }

    static Api.Reply submit(Api api, String policy, String kind, long subjectId, String amount) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("policy", policy).add("subjectKind", kind).add("subjectId", subjectId)
                .add("statement", "集成测试申请");
        if (amount != null) {
            b.add("requestedAmount", new BigDecimal(amount));
        }
        return api.post("/api/applications", b.build().toString());
    }

    /** a submitted application; its JSON */
    static JsonObject submitted(Api api, String policy, long teamId, String amount) {
        Api.Reply r = submit(api, policy, "TEAM", teamId, amount);
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    static Api.Reply step(Api api, long id, String to, String amount, String text, Long version) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("to", to);
        if (amount != null) {
            b.add("amount", new BigDecimal(amount));
        }
        if (text != null) {
            b.add("APPROVED".equals(to) ? "conditions" : "reason", text);
        }
        if (version != null) {
            b.add("version", version);
        }
        return api.post("/api/applications/" + id + "/transitions", b.build().toString());
    }

    /** takes the step with the version now stored and insists on 200 */
    static JsonObject stepOk(long id, String to, String amount, String text) {
        Api.Reply r = step(OFFICE, id, to, amount, text, version(id));
        assertEquals(200, r.status(), () -> to + " answered " + r.body());
        assertEquals(to, r.json().getString("status"), r::body);
        return r.json();
    }

    /** a payment recorded on the application's version as the office reads it now */
    static Api.Reply disburse(Api api, long id, String paidOn, String amount, String voucher) {
        Api.Reply read = OFFICE.get("/api/applications/" + id);
        return disburse(api, id, paidOn, amount, voucher, read.status() == 200 ? read.json().getJsonNumber("version").longValue() : null);
    }

    static Api.Reply disburse(Api api, long id, String paidOn, String amount, String voucher, Long version) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (version != null) {
            b.add("version", version);
        }
        if (paidOn != null) {
            b.add("paidOn", paidOn);
        }
        if (amount != null) {
            b.add("amount", new BigDecimal(amount));
        }
        if (voucher != null) {
            b.add("voucherNo", voucher);
        }
        return api.post("/api/applications/" + id + "/disbursements", b.build().toString());
    }

    static JsonObject read(long id) {
        Api.Reply r = OFFICE.get("/api/applications/" + id);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    static long version(long id) {
        return read(id).getJsonNumber("version").longValue();
    }

    /** the report's row for one policy this year */
    static JsonObject reportRow(String policy) {
        Api.Reply r = OFFICE.get("/api/applications/report");
        assertEquals(200, r.status(), r::body);
        JsonArray rows = r.json().getJsonArray("policies");
        return rows.stream().map(JsonObject.class::cast).filter(o -> o.getString("code").equals(policy)).findFirst().orElseThrow();
    }

    static BigDecimal amount(JsonObject o, String key) {
        return o.getJsonNumber(key).bigDecimalValue();
    }

    /** a voucher number no other test uses */
    static String voucher() {
        return Fixtures.unique("WL-IT-");
    }
}
