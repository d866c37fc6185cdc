package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/admin/search-index/verification}: administrators only; on the shared server,
 * whose index follows every write, every type is in step, each with as many documents as records.
 * (How a difference is reported and repaired: {@code SearchIndexTest}; after a kill: {@code CrashIT}.)
 */
@ExtendWith(RunningApp.class)
class SearchIndexVerificationIT {

    private static final Api ADMIN = Api.as("admin");

    @Test
    void anAdministratorFindsTheIndexEqualToTheDatabase() {
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("校验索引"))));
        Api.Reply r = ADMIN.post("/api/admin/search-index/verification", "");
        assertEquals(200, r.status(), r.body());
        JsonObject report = r.json();
        assertTrue(report.getBoolean("inStep"), r.body());
        assertTrue(report.getBoolean("foundInStep"), r.body());
        assertTrue(report.getBoolean("schemaCurrent"), r.body());
        assertEquals(List.of(), report.getJsonArray("rebuilt"));
        assertTrue(report.getString("checkedAt").matches("\\d{4}-\\d\\d-\\d\\dT.*"), r.body());
        Set<String> types = report.getJsonArray("kinds").stream().map(JsonValue::asJsonObject)
                .peek(k -> {
                    assertEquals(k.getInt("inDatabase"), k.getInt("inIndex"), k.toString());
                    assertEquals(0, k.getInt("missingCount") + k.getInt("extraCount") + k.getInt("staleCount"), k.toString());
                    assertTrue(k.getBoolean("inStep"), k.toString());
                })
                .map(k -> k.getString("type")).collect(Collectors.toSet());
        assertEquals(Set.of("talent", "team", "project", "platform", "policy", "application", "nomination"), types);
        int talents = report.getJsonArray("kinds").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("type").equals("talent")).findFirst().orElseThrow().getInt("inDatabase");
        assertEquals(Fixtures.total(), talents, "every talent counted");

        Api.Reply repaired = ADMIN.post("/api/admin/search-index/verification?repair=true", "");
        assertEquals(200, repaired.status(), repaired.body());
        assertEquals(List.of(), repaired.json().getJsonArray("rebuilt"), "nothing to repair in an index in step");
        assertTrue(Fixtures.read(talent).getString("name").startsWith("校验索引"));
    }

    @Test
    void nobodyElseMayVerifyOrRepair() {
        for (String user : new String[] {"office", "mgr-fatong", "reviewer1"}) {
            Api.Reply r = Api.as(user).post("/api/admin/search-index/verification?repair=true", "");
            assertEquals(403, r.status(), user + ": " + r.body());
            assertTrue(r.json().containsKey("error"), r.body());
        }
        assertEquals(401, Api.anonymous().post("/api/admin/search-index/verification", "").status());
        assertEquals(405, ADMIN.get("/api/admin/search-index/verification").status(), "a check is a POST");
    }
}
