package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/audit} over the running app: a talent's creation, its change (before → after), a
 * contact logged for it and every unmasked view land in its history with who did it in which role;
 * a failed log-in is there too; the trail is the office's and the administrator's only; a bad
 * filter is refused naming the field.
 */
@ExtendWith(RunningApp.class)
class AuditApiIT {

    static final Api ADMIN = Api.as("admin");

    @Test
    void aTalentsHistoryHoldsItsCreationItsChangeBeforeAndAfterAndWhoSawIt() {
        String name = "审计" + System.nanoTime() % 100000;
        JsonObject created = Fixtures.create(Fixtures.talent(name).add("phone", "13912345678"));
        long id = Fixtures.id(created);
        JsonObject changed = Json.createObjectBuilder(created).add("phone", "13800001111").add("employer", "浪潮").build();
        Api.Reply put = OFFICE.put("/api/talents/" + id, changed.toString());
        assertEquals(200, put.status(), put.body());
        assertEquals(200, OFFICE.get("/api/talents/" + id).status());

        JsonArray rows = history("TALENT:" + id);
        List<String> actions = rows.stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("VIEWED", "UPDATED", "CREATED"), actions.subList(0, 3), "newest first: " + actions);
        JsonObject update = rows.getJsonObject(1);
        assertEquals("office", update.getString("actor"));
        assertEquals("OFFICE", update.getString("actorRole"));
        assertEquals("TALENT:" + id, update.getString("record"));
        JsonObject phone = change(update, "phone");
        assertEquals("13912345678", phone.getString("before"));
        assertEquals("13800001111", phone.getString("after"));
        assertEquals("浪潮", change(update, "employer").getString("after"));
        assertEquals(name, change(rows.getJsonObject(2), "name").getString("after"));
    }

    @Test
    void aContactShowsInItsTalentsHistoryAndOnlyThere() {
        long id = Fixtures.id(Fixtures.create(Fixtures.talent("审计联络" + System.nanoTime() % 100000)));
        Api.Reply logged = OFFICE.post("/api/talents/" + id + "/interactions", Json.createObjectBuilder().add("kind", "VISIT")
                .add("occurredAt", Fixtures.daysAgoAt10(1).toString()).add("summary", "回乡考察").build().toString());
        assertEquals(201, logged.status(), logged.body());

        JsonObject contact = history("TALENT:" + id).stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("record").startsWith("INTERACTION:")).findFirst().orElseThrow();
        assertEquals("CREATED", contact.getString("action"));
        assertEquals("TALENT:" + id, contact.getString("subject"));
        assertEquals("回乡考察", change(contact, "summary").getString("after"));
    }

    @Test
    void aFailedLogInIsRecordedUnderTheNameThatWasTried() {
        String tried = "nobody-" + System.nanoTime() % 100000;
        assertEquals(401, Api.as(tried, "wrong password").get("/api/me").status());
        Api.Reply r = ADMIN.get("/api/audit?action=LOGIN_FAILED&actor=" + tried);
        assertEquals(200, r.status(), r.body());
        assertEquals(1, r.json().getJsonNumber("total").intValue(), r.body());
    }

    @Test
    void onlyOfficeStaffAndAdministratorsReadTheTrailAndABadFilterIsRefusedByName() {
        assertEquals(403, Api.as("mgr-fatong").get("/api/audit").status());
        assertEquals(403, Api.as("reviewer1").get("/api/audit").status());
        assertEquals(401, Api.anonymous().get("/api/audit").status());
        assertEquals(200, ADMIN.get("/api/audit?record=ACCOUNT").status());

        Api.Reply bad = OFFICE.get("/api/audit?record=" + Api.q("talent 12; drop"));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().getJsonObject("fields").containsKey("record"), bad.body());
        Api.Reply badDate = OFFICE.get("/api/audit?from=yesterday");
        assertEquals(400, badDate.status(), badDate.body());
        assertTrue(badDate.json().getJsonObject("fields").containsKey("from"), badDate.body());
    }

    @Test
    void theTrailExportsToExcelAndTheExportIsItselfRecorded() {
        byte[] xlsx = OFFICE.download("/api/audit/export?record=TALENT");
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an xlsx (zip) file");
        Api.Reply r = OFFICE.get("/api/audit?record=AUDIT_ENTRY&action=EXPORTED&actor=office");
        assertTrue(r.json().getJsonNumber("total").intValue() >= 1, r.body());
    }

    private static JsonArray history(String record) {
        Api.Reply r = OFFICE.get("/api/audit?limit=50&record=" + record);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("rows");
    }

    private static JsonObject change(JsonObject entry, String field) {
        return entry.getJsonArray("changes").stream().map(v -> v.asJsonObject()).filter(c -> c.getString("field").equals(field))
                .findFirst().orElseThrow(() -> new AssertionError(field + " not in " + entry));
    }
}
