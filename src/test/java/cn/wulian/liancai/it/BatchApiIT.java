package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.ApplicationFixtures.cashPolicy;
import static cn.wulian.liancai.it.ApplicationFixtures.read;
import static cn.wulian.liancai.it.ApplicationFixtures.stepOk;
import static cn.wulian.liancai.it.ApplicationFixtures.submitted;
import static cn.wulian.liancai.it.ApplicationFixtures.team;
import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/talents/batch} and {@code POST /api/applications/batch-decision} against the
 * running app: one outcome per id in the order asked, each record checked as when changed alone (a
 * talent saved since it was read, an application past the budget or already decided, an id that
 * does not exist), the others done; a request wrong as a whole is 400 naming the field and changes
 * nothing; only office staff and administrators may send either (a platform manager changes no
 * talent and decides no application: 403 for the whole request, whatever the ids).
 */
@ExtendWith(RunningApp.class)
class BatchApiIT {

    static final long NO_SUCH_ID = 987_654_321L;

    @Test
    void talentsChangeStageOneByOneAndOneSavedMeanwhileIsReported() {
        JsonObject a = create(talent(unique("批量甲")));
        JsonObject b = create(talent(unique("批量乙")));
        JsonObject c = create(talent(unique("批量丙")));
        // someone saves c after the list showed it
        Api.Reply revised = OFFICE.put("/api/talents/" + id(c), Json.createObjectBuilder().add("name", c.getString("name"))
                .add("city", "青岛").add("version", c.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, revised.status(), revised::body);

        Api.Reply r = OFFICE.post("/api/talents/batch", Json.createObjectBuilder()
                .add("ids", ids(id(a), id(b), id(c), NO_SUCH_ID)).add("stage", "ENGAGED")
                .add("versions", Json.createObjectBuilder().add(String.valueOf(id(a)), a.getJsonNumber("version").longValue())
                        .add(String.valueOf(id(c)), c.getJsonNumber("version").longValue()))
                .build().toString());

        assertEquals(200, r.status(), r::body);
        List<JsonObject> outcomes = r.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(id(a), id(b), id(c), NO_SUCH_ID), outcomes.stream().map(o -> o.getJsonNumber("id").longValue()).toList());
        assertEquals(List.of(true, true, false, false), outcomes.stream().map(o -> o.getBoolean("ok")).toList(), r::body);
        assertTrue(outcomes.get(2).getJsonObject("fields").containsKey("version"), r::body);
        assertFalse(outcomes.get(2).getString("error").isBlank());
        assertTrue(outcomes.get(3).getJsonObject("fields").containsKey("id"), r::body);
        assertEquals("ENGAGED", Fixtures.read(id(a)).getString("stage"));
        assertEquals("ENGAGED", Fixtures.read(id(b)).getString("stage"));
        assertEquals("IDENTIFIED", Fixtures.read(id(c)).getString("stage"), "the other's save stands, nothing overwritten");
        assertEquals("青岛", Fixtures.read(id(c)).getString("city"));
    }

    @Test
    void talentsChangeLiaisonAndTheSelectionExportsExactlyThoseRows() {
        JsonObject a = create(talent(unique("联络甲")));
        JsonObject b = create(talent(unique("联络乙")));
        JsonObject other = create(talent(unique("联络丙")));

        Api.Reply r = OFFICE.post("/api/talents/batch", Json.createObjectBuilder().add("ids", ids(id(a), id(b))).add("liaison", "office2")
                .build().toString());

        assertEquals(200, r.status(), r::body);
        assertTrue(r.jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream().allMatch(o -> o.getBoolean("ok")), r::body);
        assertEquals("office2", Fixtures.read(id(a)).getString("liaison"));
        assertEquals("IDENTIFIED", Fixtures.read(id(a)).getString("stage"), "the stage not asked for is left");

        Api.Reply csv = OFFICE.getAny("/api/talents/export?format=csv&sort=name&ids=" + id(a) + "," + id(b));
        assertEquals(200, csv.status(), csv::body);
        List<List<String>> rows = ExportIT.csv(csv.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(a.getString("name"), b.getString("name")).stream().sorted().toList(),
                rows.subList(1, rows.size()).stream().map(List::getFirst).sorted().toList(), () -> "exactly the two asked for: " + csv.body());
        assertFalse(csv.body().contains(other.getString("name")), csv::body);
    }

    @Test
    void aTalentBatchWrongAsAWholeIsRefusedNamingTheField() {
        JsonObject a = create(talent(unique("不变")));
        String ids = "[" + id(a) + "]";
        assertRejected(OFFICE.post("/api/talents/batch", "{\"ids\": [], \"stage\": \"ENGAGED\"}"), "ids");
        assertRejected(OFFICE.post("/api/talents/batch", "{\"stage\": \"ENGAGED\"}"), "ids");
        String tooMany = LongStream.rangeClosed(1, 501).mapToObj(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        assertRejected(OFFICE.post("/api/talents/batch", "{\"ids\": " + tooMany + ", \"stage\": \"ENGAGED\"}"), "ids");
        assertRejected(OFFICE.post("/api/talents/batch", "{\"ids\": " + ids + ", \"stage\": \"HIRED\"}"), "stage");
        assertRejected(OFFICE.post("/api/talents/batch", "{\"ids\": " + ids + "}"), "stage", "liaison");
        assertRejected(OFFICE.post("/api/talents/batch", "{\"ids\": " + ids + ", \"liaison\": \"reviewer1\"}"), "liaison");
        assertRejected(OFFICE.post("/api/talents/batch", "{\"ids\": " + ids + ", \"liaison\": \"nobody\"}"), "liaison");
        assertRejected(OFFICE.post("/api/talents/batch", ""), "body");
        assertEquals(a.getJsonNumber("version").longValue(), Fixtures.read(id(a)).getJsonNumber("version").longValue(), "nothing changed");
    }

    @Test
    void onlyOfficeStaffChangeTalentsInABatch() {
        JsonObject a = create(talent(unique("权限")));
        String body = "{\"ids\": [" + id(a) + "], \"stage\": \"ENGAGED\"}";
        for (String user : List.of("mgr-fatong", "reviewer1")) {
            Api.Reply r = Api.as(user).post("/api/talents/batch", body);
            assertEquals(403, r.status(), () -> user + ": " + r.body());
            assertErrorBody(r);
        }
        assertEquals(401, Api.anonymous().post("/api/talents/batch", body).status());
        assertEquals("IDENTIFIED", Fixtures.read(id(a)).getString("stage"));
        Api.Reply admin = Api.as("admin").post("/api/talents/batch", body);
        assertEquals(200, admin.status(), admin::body);
        assertEquals("ENGAGED", Fixtures.read(id(a)).getString("stage"));
    }

    @Test
    void applicationsAreDecidedOneByOneUnderTheBudgetAndTheirStatus() {
        // room in the budget for one approval of 60
        String policy = ApplicationFixtures.policy(cashPolicy("60", "100", null, null, 1));
        long first = id(submitted(OFFICE, policy, team("fatong"), null));
        long second = id(submitted(OFFICE, policy, team("shibei"), null));
        long decided = id(submitted(OFFICE, policy, team("fatong"), null));
        stepOk(decided, "REJECTED", null, "材料不全");

        Api.Reply r = OFFICE.post("/api/applications/batch-decision", Json.createObjectBuilder()
                .add("ids", ids(first, second, decided, NO_SUCH_ID)).add("decision", "APPROVE").add("note", "按期报送进度").build().toString());

        assertEquals(200, r.status(), r::body);
        List<JsonObject> outcomes = r.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(true, false, false, false), outcomes.stream().map(o -> o.getBoolean("ok")).toList(), r::body);
        assertTrue(outcomes.get(1).getJsonObject("fields").containsKey("amount"), () -> "past the budget: " + r.body());
        assertTrue(outcomes.get(2).getJsonObject("fields").containsKey("to"), () -> "already rejected: " + r.body());
        assertEquals("APPROVED", read(first).getString("status"));
        assertEquals("按期报送进度", read(first).getString("conditions"));
        assertEquals("SUBMITTED", read(second).getString("status"), "refused whole: no transition, no budget held");
        assertEquals(List.of("SUBMITTED"), read(second).getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("to")).toList());
        assertEquals("REJECTED", read(decided).getString("status"));

        Api.Reply back = OFFICE.inEnglish().post("/api/applications/batch-decision", Json.createObjectBuilder()
                .add("ids", ids(second)).add("decision", "return").add("note", "预算已用完，明年再报").build().toString());
        assertEquals(200, back.status(), back::body);
        assertTrue(back.jsonValue().asJsonArray().getJsonObject(0).getBoolean("ok"), back::body);
        assertEquals("REJECTED", read(second).getString("status"));
        assertEquals("预算已用完，明年再报", read(second).getString("reason"));
    }

    @Test
    void anApplicationDecidedSinceTheListWasReadIsReported() {
        String policy = ApplicationFixtures.policy(cashPolicy("10", "1000", null, null, 1));
        JsonObject a = submitted(OFFICE, policy, team("cas"), null);
        long seen = a.getJsonNumber("version").longValue();
        stepOk(id(a), "REJECTED", null, "另一位同事已退回");

        Api.Reply r = OFFICE.post("/api/applications/batch-decision", Json.createObjectBuilder().add("ids", ids(id(a)))
                .add("decision", "APPROVE").add("versions", Json.createObjectBuilder().add(String.valueOf(id(a)), seen)).build().toString());

        assertEquals(200, r.status(), r::body);
        JsonObject outcome = r.jsonValue().asJsonArray().getJsonObject(0);
        assertFalse(outcome.getBoolean("ok"));
        assertTrue(outcome.getJsonObject("fields").containsKey("version"), r::body);
        assertEquals("REJECTED", read(id(a)).getString("status"));
    }

    @Test
    void aDecisionBatchWrongAsAWholeIsRefusedAndOnlyTheOfficeDecides() {
        String policy = ApplicationFixtures.policy(cashPolicy("10", "1000", null, null, 1));
        long a = id(submitted(OFFICE, policy, team("fatong"), null));
        String ids = "[" + a + "]";
        assertRejected(OFFICE.post("/api/applications/batch-decision", "{\"ids\": [], \"decision\": \"APPROVE\"}"), "ids");
        assertRejected(OFFICE.post("/api/applications/batch-decision", "{\"ids\": " + ids + "}"), "decision");
        assertRejected(OFFICE.post("/api/applications/batch-decision", "{\"ids\": " + ids + ", \"decision\": \"PAY\"}"), "decision");
        assertRejected(OFFICE.post("/api/applications/batch-decision", "{\"ids\": " + ids + ", \"decision\": \"RETURN\"}"), "note");
        for (String user : List.of("mgr-fatong", "reviewer1")) {
            Api.Reply r = Api.as(user).post("/api/applications/batch-decision", "{\"ids\": " + ids + ", \"decision\": \"APPROVE\"}");
            assertEquals(403, r.status(), () -> user + " on their own platform's application: " + r.body());
        }
        assertEquals("SUBMITTED", read(a).getString("status"), "nothing decided");
    }

    private static JsonArrayBuilder ids(long... ids) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (long id : ids) {
            b.add(id);
        }
        return b;
    }
}
