package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Duplicates and merge over HTTP against the running app: the pair is found with its reasons, the
 * merge takes the picked field and moves what named the merged record, the old id answers 308 to
 * the survivor, undo restores both; bad input is 400 naming the field, a stale version 409, a
 * reviewer or manager 403. The award's conflicts and a policy's cap per person see the merged
 * records as one person.
 */
@ExtendWith(RunningApp.class)
class TalentMergeIT {

    private static final AtomicLong PHONES = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 10);

    /** a phone no other test has used: "139" and eight digits */
    static String phone() {
        return String.format("139%08d", PHONES.incrementAndGet() % 100_000_000L);
    }

    static JsonObject talent(JsonObjectBuilder body) {
        return Fixtures.create(body);
    }

    static long version(long talent) {
        return OFFICE.get("/api/talents/" + talent).json().getJsonNumber("version").longValue();
    }

    static String mergeBody(long survivor, long merged, Long survivorVersion, Long mergedVersion, Map<String, String> fields) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("survivorId", survivor).add("mergedId", merged);
        if (survivorVersion != null) {
            b.add("survivorVersion", survivorVersion);
        }
        if (mergedVersion != null) {
            b.add("mergedVersion", mergedVersion);
        }
        JsonObjectBuilder f = Json.createObjectBuilder();
        fields.forEach(f::add);
        return b.add("fields", f).build().toString();
    }

    /** merges as office and insists on 201 */
    static JsonObject merge(long survivor, long merged, Map<String, String> fields) {
        Api.Reply r = OFFICE.post("/api/talents/merges", mergeBody(survivor, merged, version(survivor), version(merged), fields));
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    /** the pair among the candidates, read page by page; null when it is not offered */
    static JsonObject pair(long a, long b) {
        for (int offset = 0; offset < 5000; offset += 200) {
            JsonObject page = OFFICE.get("/api/talents/duplicates?limit=200&offset=" + offset).json();
            for (JsonObject p : page.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                if (p.getJsonNumber("firstId").longValue() == Math.min(a, b) && p.getJsonNumber("secondId").longValue() == Math.max(a, b)) {
                    return p;
                }
            }
            if (offset + 200 >= page.getInt("total")) {
                return null;
            }
        }
        return null;
    }

    @Test
    void foundMergedRedirectedAndUndone() {
        String phone = phone();
        String name = unique("合并张伟");
        long a = id(talent(Fixtures.talent(name).add("phone", phone).add("city", "青岛")));
        long b = id(talent(Fixtures.talent(name + "（旧）").add("phone", "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-"
                + phone.substring(7)).add("email", unique("zw").replace(" ", "") + "@example.com").add("employer", "日照港")));
        long contact = id(OFFICE.post("/api/talents/" + b + "/interactions", Json.createObjectBuilder().add("kind", "CALL")
                .add("occurredAt", Fixtures.daysAgoAt10(1).toString()).add("summary", "电话联系").build().toString()).json());

        JsonObject found = pair(a, b);
        assertEquals(60, found.getInt("score"), found::toString);
        assertEquals(List.of("PHONE"), found.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        JsonObject preview = OFFICE.get("/api/talents/merges/preview?survivorId=" + a + "&mergedId=" + b).json();
        assertTrue(preview.getJsonArray("differing").toString().contains("\"name\""), preview::toString);
        assertEquals("merged", preview.getJsonObject("defaults").getString("employer"), "the survivor has none: the other's by default");
        assertTrue(preview.getJsonArray("moves").toString().contains("\"INTERACTION\""), preview::toString);

        Api.Reply created = OFFICE.post("/api/talents/merges", mergeBody(a, b, version(a), version(b), Map.of("name", "merged")));
        assertEquals(201, created.status(), created::body);
        long merge = id(created.json());
        assertTrue(created.header("Location").endsWith("/api/talents/merges/" + merge), created.header("Location"));
        JsonObject m = OFFICE.get("/api/talents/merges/" + merge).json();
        assertTrue(m.getBoolean("undoable"), m::toString);
        assertEquals("office", m.getString("mergedBy"));
        assertEquals(List.of("name", "employer", "email"), m.getJsonArray("fieldsFromMerged").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject survivor = OFFICE.get("/api/talents/" + a).json();
        assertEquals(name + "（旧）", survivor.getString("name"));
        assertEquals("日照港", survivor.getString("employer"));
        assertEquals(phone, survivor.getString("phone"));
        assertEquals(a, OFFICE.get("/api/talents/" + a + "/interactions/" + contact).json().getJsonNumber("talentId").longValue());

        Api.Reply old = OFFICE.get("/api/talents/" + b);
        assertEquals(308, old.status(), old::body);
        assertTrue(old.header("Location").endsWith("/api/talents/" + a), old.header("Location"));
        assertEquals(a, old.json().getJsonNumber("mergedInto").longValue());
        assertEquals(0, Fixtures.rows(OFFICE.get("/api/talents?name=" + Api.q(name))).stream()
                .filter(t -> id(t.asJsonObject()) == b).count(), "the merged record leaves the list");
        assertEquals(null, pair(a, b), "nor is it a candidate any more");
        assertRejected(OFFICE.put("/api/talents/" + b, Fixtures.talent("改名").add("version", version(a)).build().toString()), "name");

        Api.Reply undone = OFFICE.post("/api/talents/merges/" + merge + "/undo", "");
        assertEquals(200, undone.status(), undone::body);
        assertFalse(undone.json().getBoolean("undoable"));
        assertEquals(name, OFFICE.get("/api/talents/" + a).json().getString("name"));
        JsonObject back = OFFICE.get("/api/talents/" + b).json();
        assertEquals(name + "（旧）", back.getString("name"));
        assertEquals(b, OFFICE.get("/api/talents/" + b + "/interactions/" + contact).json().getJsonNumber("talentId").longValue());
        assertTrue(pair(a, b) != null, "two records again: the pair is offered again");
        assertRejected(OFFICE.post("/api/talents/merges/" + merge + "/undo", ""), "merge");
    }

    @Test
    void aPairMarkedAsTwoPeopleIsNotOfferedAgain() {
        String phone = phone();
        long a = id(talent(Fixtures.talent(unique("同号甲")).add("phone", phone)));
        long b = id(talent(Fixtures.talent(unique("同号乙")).add("phone", phone)));
        assertTrue(pair(a, b) != null);
        Api.Reply r = OFFICE.post("/api/talents/duplicates/distinct", "{\"firstId\":" + b + ",\"secondId\":" + a + "}");
        assertEquals(204, r.status(), r::body);
        assertEquals(null, pair(a, b));
        assertRejected(OFFICE.post("/api/talents/duplicates/distinct", "{\"firstId\":" + a + "}"), "secondId");
    }

    @Test
    void badInputIsNamedAStaleVersionIs409AndNothingIsMerged() {
        long a = id(talent(Fixtures.talent(unique("校验甲"))));
        long b = id(talent(Fixtures.talent(unique("校验乙"))));
        assertRejected(OFFICE.post("/api/talents/merges", "{}"), "survivorId");
        assertRejected(OFFICE.post("/api/talents/merges", mergeBody(a, a, version(a), version(a), Map.of())), "mergedId");
        assertRejected(OFFICE.post("/api/talents/merges", mergeBody(a, 987_654_321L, version(a), 0L, Map.of())), "mergedId");
        assertRejected(OFFICE.post("/api/talents/merges", mergeBody(a, b, null, version(b), Map.of())), "survivorVersion");
        assertRejected(OFFICE.post("/api/talents/merges", mergeBody(a, b, version(a), version(b), Map.of("name", "both"))), "fields.name");
        assertRejected(OFFICE.post("/api/talents/merges", mergeBody(a, b, version(a), version(b), Map.of("salary", "merged"))), "fields.salary");
        Api.Reply stale = OFFICE.post("/api/talents/merges", mergeBody(a, b, version(a) - 1, version(b), Map.of()));
        assertEquals(409, stale.status(), stale::body);
        assertEquals(200, OFFICE.get("/api/talents/" + b).status(), "nothing was merged");

        long c = id(talent(Fixtures.talent(unique("校验丙"))));
        merge(a, b, Map.of());
        assertRejected(OFFICE.post("/api/talents/merges", mergeBody(c, b, version(c), version(a), Map.of())), "mergedId");
        long erased = id(talent(Fixtures.talent(unique("校验丁"))));
        assertEquals(200, OFFICE.post("/api/talents/" + erased + "/erasure", "{\"version\":" + version(erased) + "}").status());
        assertRejected(OFFICE.post("/api/talents/merges", mergeBody(c, erased, version(c), version(erased), Map.of())), "mergedId");
        assertEquals(404, OFFICE.get("/api/talents/merges/987654321").status());
    }

    @Test
    void undoIsRefusedOnceTheSurvivorChangedAndSaysWhat() {
        long a = id(talent(Fixtures.talent(unique("撤销甲"))));
        long b = id(talent(Fixtures.talent(unique("撤销乙")).add("city", "济南")));
        long merge = id(merge(a, b, Map.of()));
        JsonObject survivor = OFFICE.get("/api/talents/" + a).json();
        assertEquals(200, OFFICE.put("/api/talents/" + a, Fixtures.talent(survivor.getString("name")).add("city", "青岛")
                .add("version", survivor.getJsonNumber("version").longValue()).build().toString()).status());
        assertFalse(OFFICE.get("/api/talents/merges/" + merge).json().getBoolean("undoable"));
        JsonObject refused = assertRejected(OFFICE.post("/api/talents/merges/" + merge + "/undo", ""), "merge");
        assertTrue(refused.getJsonObject("fields").getString("merge").contains("TALENT:" + a), refused::toString);
        assertEquals(308, OFFICE.get("/api/talents/" + b).status(), "still merged");
    }

    @Test
    void onlyOfficeStaffAndAdministratorsFindAndMerge() {
        long a = id(talent(Fixtures.talent(unique("权限甲"))));
        long b = id(talent(Fixtures.talent(unique("权限乙"))));
        long merge = id(merge(a, b, Map.of()));
        for (Caller caller : List.of(Caller.REVIEWER, Caller.MGR_FATONG, Caller.ANONYMOUS)) {
            int refusal = caller == Caller.ANONYMOUS ? 401 : 403;
            Api api = caller.api();
            assertEquals(refusal, api.get("/api/talents/duplicates").status(), caller + " duplicates");
            assertEquals(refusal, api.post("/api/talents/duplicates/distinct", "{\"firstId\":" + a + ",\"secondId\":" + b + "}").status());
            assertEquals(refusal, api.get("/api/talents/merges/preview?survivorId=" + a + "&mergedId=" + b).status(), caller + " preview");
            assertEquals(refusal, api.post("/api/talents/merges", mergeBody(a, b, 0L, 0L, Map.of())).status(), caller + " merge");
            assertEquals(refusal, api.get("/api/talents/merges/" + merge).status(), caller + " read");
            assertEquals(refusal, api.post("/api/talents/merges/" + merge + "/undo", "").status(), caller + " undo");
        }
        assertEquals(200, Api.as("admin").get("/api/talents/merges/" + merge).status());
        assertEquals(200, Api.as("admin").post("/api/talents/merges/" + merge + "/undo", "").status());
    }

    @Test
    void aPolicysCapPerPersonCountsTheMergedRecordsApplications() {
        JsonObjectBuilder body = ApplicationFixtures.cashPolicy("1000", "1000000", 1, null, 1).add("beneficiaryKind", "TALENT")
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fact", "degree").add("op", "gte").add("value", "MASTER"))));
        String policy = ApplicationFixtures.policy(body);
        long a = id(talent(Fixtures.talent(unique("上限甲")).add("degree", "MASTER")));
        long b = id(talent(Fixtures.talent(unique("上限乙")).add("degree", "MASTER")));
        Api.Reply first = ApplicationFixtures.submit(OFFICE, policy, "TALENT", a, "1000");
        Api.Reply second = ApplicationFixtures.submit(OFFICE, policy, "TALENT", b, "1000");
        assertEquals(201, first.status(), first::body);
        assertEquals(201, second.status(), second::body);
        ApplicationFixtures.stepOk(id(first.json()), "APPROVED", "1000", null);

        merge(a, b, Map.of());

        long moved = id(second.json());
        assertEquals(a, ApplicationFixtures.read(moved).getJsonNumber("subjectId").longValue(), "the application is the survivor's");
        // one grant per person: the person already has one
        assertRejected(ApplicationFixtures.step(OFFICE, moved, "APPROVED", "1000", null, ApplicationFixtures.version(moved)), "to");
    }

    @Test
    void aReviewerRelatedToTheMergedRecordIsInConflictWithTheSurvivorsNomination() {
        long nominee = id(talent(Fixtures.talent(unique("提名甲")).add("township", "371121001")));
        long oldRecord = id(talent(Fixtures.talent(unique("提名甲旧")).add("township", "371121001")));
        long reviewerTalent = id(talent(Fixtures.talent(unique("评委本人"))));
        String reviewer = AccountsApiIT.username();
        Api.Reply account = Api.as("admin").post("/api/accounts", AccountsApiIT.account(reviewer, "REVIEWER", null)
                .add("talentId", reviewerTalent).build().toString());
        assertEquals(201, account.status(), account::body);
        assertEquals(201, OFFICE.post("/api/talents/" + oldRecord + "/relations", Json.createObjectBuilder().add("otherId", reviewerTalent)
                .add("kind", "CLASSMATE").build().toString()).status());
        long cycle = AwardsApiIT.open(AwardsApiIT.cycle(EdgeCasesIT.freeYear(), 1, AwardsApiIT.hometownRule())
                .add("committee", Json.createArrayBuilder().add("reviewer1").add(reviewer)));
        Api.Reply n = AwardsApiIT.nominate(OFFICE, cycle, "innovation", nominee);
        assertEquals(201, n.status(), n::body);
        String before = OFFICE.get("/api/award-cycles/" + cycle + "/conflicts").body();
        assertFalse(before.contains("\"reviewer\":\"" + reviewer + "\""), before);

        merge(nominee, oldRecord, Map.of());

        String after = OFFICE.get("/api/award-cycles/" + cycle + "/conflicts").body();
        assertTrue(after.contains("\"reviewer\":\"" + reviewer + "\"") && after.contains("CLASSMATE"), after);
    }
}
