package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's rights under PIPL over the running app: the office hands them everything held about
 * them (profile, contacts, relations, the records that name them, who changed and who saw their
 * data), and erases them on request — the identifying data gives way to a placeholder everywhere
 * (the record, its contacts, search, the audit trail's values), their relations go, the record
 * stays for what names it, and nothing about the erasure repeats the erased values.
 */
@ExtendWith(RunningApp.class)
class PersonalDataIT {

    @Test
    void theReportHoldsEverythingAndTheErasureRemovesItEverywhere() {
        String name = "隐私" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        JsonObject created = Fixtures.create(Fixtures.talent(name).add("phone", phone).add("employer", "五莲隐私测试公司").add("notes", "家住二中旁")
                .add("degree", "MASTER"));
        long id = Fixtures.id(created);
        // an application and a service request for them: each keeps the beneficiary's name as it was then
        String policy = ApplicationFixtures.policy(ApplicationFixtures.cashPolicy("1000", "1000000", 1, null, 1).add("beneficiaryKind", "TALENT")
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fact", "degree").add("op", "gte").add("value", "MASTER")))));
        Api.Reply applied = ApplicationFixtures.submit(OFFICE, policy, "TALENT", id, "1000");
        assertEquals(201, applied.status(), applied::body);
        long application = Fixtures.id(applied.json());
        Api.Reply served = ServiceRequestsApiIT.file(OFFICE, "housing", "TALENT", id, "集成测试：人才公寓");
        assertEquals(201, served.status(), served::body);
        assertEquals(1, OFFICE.get("/api/applications?limit=1&q=" + Api.q(name)).json().getJsonNumber("total").longValue(), "found by the name before");
        assertEquals(1, OFFICE.get("/api/service-requests?limit=1&q=" + Api.q(name)).json().getJsonNumber("total").longValue());
        long other = Fixtures.id(Fixtures.create(Fixtures.talent("隐私之友" + System.nanoTime() % 100000)));
        assertEquals(201, OFFICE.post("/api/talents/" + id + "/relations", Json.createObjectBuilder().add("otherId", other)
                .add("kind", "CLASSMATE").build().toString()).status());
        assertEquals(201, OFFICE.post("/api/talents/" + id + "/interactions", Json.createObjectBuilder().add("kind", "CALL")
                .add("occurredAt", Fixtures.daysAgoAt10(2).toString()).add("summary", "谈及" + name + "的回乡计划").build().toString()).status());
        assertEquals(1, Fixtures.hitIds(Fixtures.search(OFFICE, name)).stream().filter(h -> h == id).count(), "found by name before");

        // a spreadsheet that carried their phone is named in their report, as the list pages that showed it are
        byte[] sheet = OFFICE.download("/api/talents/export?format=csv&ids=" + other + "," + id);
        assertTrue(new String(sheet, java.nio.charset.StandardCharsets.UTF_8).contains(phone), "the export carried the phone");

        Api.Reply report = OFFICE.get("/api/talents/" + id + "/personal-data");
        assertEquals(200, report.status(), report.body());
        assertTrue(report.header("Content-Disposition").contains("attachment"), "a file to hand over");
        JsonObject r = report.json();
        assertEquals(phone, r.getJsonObject("profile").getString("phone"), "unmasked");
        assertEquals(1, r.getJsonArray("contacts").size());
        assertEquals(1, r.getJsonArray("relations").size());
        assertTrue(r.getJsonArray("audit").stream().anyMatch(e -> e.asJsonObject().getString("action").equals("CREATED")), report.body());
        assertTrue(r.getJsonArray("audit").stream().anyMatch(e -> e.asJsonObject().getString("action").equals("VIEWED")
                || e.asJsonObject().getString("action").equals("EXPORTED")), "who saw their data: " + report.body());
        assertTrue(r.getJsonArray("audit").stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("EXPORTED")
                && e.getString("record").equals("TALENT") && e.getString("detail", "").contains("TALENT:" + id)), "the export: " + report.body());
        byte[] xlsx = OFFICE.download("/api/talents/" + id + "/personal-data/export");
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "a workbook");

        // who may ask, and bad requests change nothing
        assertEquals(403, Api.as("mgr-fatong").get("/api/talents/" + id + "/personal-data").status());
        assertEquals(403, Api.as("mgr-fatong").post("/api/talents/" + id + "/erasure", "{\"version\":0}").status());
        long version = Fixtures.read(id).getJsonNumber("version").longValue();
        Api.Reply stale = OFFICE.post("/api/talents/" + id + "/erasure", "{\"version\":" + (version + 5) + "}");
        assertEquals(409, stale.status(), stale.body());
        assertEquals(name, Fixtures.read(id).getString("name"), "nothing erased by a refused request");

        Api.Reply erased = OFFICE.post("/api/talents/" + id + "/erasure",
                Json.createObjectBuilder().add("version", version).add("reason", "本人书面申请").build().toString());
        assertEquals(200, erased.status(), erased.body());
        JsonObject now = Fixtures.read(id);
        assertEquals("已注销 #" + id, now.getString("name"));
        assertFalse(now.containsKey("phone") && now.get("phone") != JsonValue.NULL, now.toString());
        assertFalse(now.toString().contains("五莲隐私测试公司") || now.toString().contains("家住二中旁"), now.toString());
        assertTrue(now.containsKey("erasedAt"));
        assertEquals(0, OFFICE.get("/api/talents/" + id + "/relations").jsonValue().asJsonArray().size(), "relations to others go");
        Api.Reply contacts = OFFICE.get("/api/talents/" + id + "/interactions");
        assertEquals(1, contacts.jsonValue().asJsonArray().size(), "that a contact took place stays");
        assertFalse(contacts.body().contains(name), contacts.body());
        assertTrue(Fixtures.hitIds(Fixtures.search(OFFICE, name)).stream().noneMatch(h -> h == id), "search forgets the name");
        assertTrue(Fixtures.hitIds(Fixtures.search(OFFICE, phone)).stream().noneMatch(h -> h == id), "and the phone");
        // nor do the records that kept a copy of the name: found by it in their lists and in search before
        assertFalse(OFFICE.get("/api/applications/" + application).body().contains(name), "the application forgets the name");
        assertEquals(0, OFFICE.get("/api/applications?limit=1&q=" + Api.q(name)).json().getJsonNumber("total").longValue());
        assertEquals(0, OFFICE.get("/api/service-requests?limit=1&q=" + Api.q(name)).json().getJsonNumber("total").longValue(), "the service request too");
        assertFalse(Fixtures.search(OFFICE, name).toString().contains(name), "search finds no record by it: " + Fixtures.search(OFFICE, name));

        Api.Reply trail = OFFICE.get("/api/audit?limit=200&record=TALENT:" + id);
        assertEquals(200, trail.status(), trail.body());
        assertFalse(trail.body().contains(phone) || trail.body().contains(name) || trail.body().contains("家住二中旁"),
                "no value of the person is readable in the trail any more: " + trail.body());
        JsonObject erasure = trail.json().getJsonArray("rows").getJsonObject(0);
        assertEquals("ERASED", erasure.getString("action"));
        assertEquals("本人书面申请", erasure.getString("detail"));
        assertTrue(trail.json().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("CREATED") && e.getString("record").equals("TALENT:" + id))
                .allMatch(e -> e.getBoolean("erased")), "the creation's values are sealed and gone");
        assertFalse(OFFICE.download("/api/audit/export?record=TALENT:" + id).length == 0);

        // once erased, the record is closed
        Api.Reply again = OFFICE.post("/api/talents/" + id + "/erasure", "{\"version\":" + now.getJsonNumber("version") + "}");
        assertEquals(400, again.status(), again.body());
        assertTrue(again.json().getJsonObject("fields").containsKey("name"), again.body());
        Api.Reply revise = OFFICE.put("/api/talents/" + id, Json.createObjectBuilder(now).add("name", name).build().toString());
        assertEquals(400, revise.status(), revise.body());
        assertEquals("已注销 #" + id, Fixtures.read(id).getString("name"));
    }
}
