package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/talents/{id}/relations}: ties between talents, seen from both ends. */
@ExtendWith(RunningApp.class)
class RelationsApiIT {

    private static Api.Reply relate(Api api, long from, long other, String kind) {
        return api.post("/api/talents/" + from + "/relations", "{\"otherId\":" + other + ",\"kind\":\"" + kind + "\",\"note\":\"大学同班\"}");
    }

    private static List<JsonObject> relations(Api api, long talent) {
        Api.Reply r = api.get("/api/talents/" + talent + "/relations");
        assertEquals(200, r.status(), r::body);
        return r.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void aRelationIsCreatedAndSeenFromBothEnds() {
        JsonObject a = create(talent(unique("甲方")));
        JsonObject b = create(talent(unique("乙方")));
        Api.Reply r = relate(OFFICE, id(a), id(b), "CLASSMATE");
        assertEquals(201, r.status(), r::body);
        JsonObject created = r.json();
        long relation = created.getJsonNumber("id").longValue();
        assertEquals("CLASSMATE", created.getString("kind"));
        assertEquals(id(b), created.getJsonNumber("otherId").longValue());
        assertNotNull(r.header("Location"));

        List<JsonObject> fromA = relations(OFFICE, id(a));
        assertEquals(1, fromA.size(), fromA::toString);
        assertEquals(relation, fromA.get(0).getJsonNumber("id").longValue());
        assertEquals(id(b), fromA.get(0).getJsonNumber("otherId").longValue());
        assertEquals(b.getString("name"), fromA.get(0).getString("otherName"));
        assertEquals("out", fromA.get(0).getString("direction"));
        assertEquals("大学同班", fromA.get(0).getString("note"));

        List<JsonObject> fromB = relations(OFFICE, id(b));
        assertEquals(1, fromB.size(), fromB::toString);
        assertEquals(relation, fromB.get(0).getJsonNumber("id").longValue());
        assertEquals(id(a), fromB.get(0).getJsonNumber("otherId").longValue());
        assertEquals(a.getString("name"), fromB.get(0).getString("otherName"));
        assertEquals("in", fromB.get(0).getString("direction"));
        assertEquals("CLASSMATE", fromB.get(0).getString("kind"));
    }

    @Test
    void aDuplicateIsRefusedInEitherDirection() {
        long a = id(create(talent(unique("重复甲"))));
        long b = id(create(talent(unique("重复乙"))));
        assertEquals(201, relate(OFFICE, a, b, "CLASSMATE").status());
        assertRejected(relate(OFFICE, a, b, "CLASSMATE"), "otherId");
        assertRejected(relate(OFFICE, b, a, "CLASSMATE"), "otherId");
        assertEquals(1, relations(OFFICE, a).size());
        assertEquals(1, relations(OFFICE, b).size());
        // another kind between the same two is a different tie
        assertEquals(201, relate(OFFICE, a, b, "COLLEAGUE").status());
        assertEquals(2, relations(OFFICE, b).size());
    }

    @Test
    void aTalentCannotBeRelatedToThemselves() {
        long a = id(create(talent(unique("自己"))));
        assertRejected(relate(OFFICE, a, a, "CLASSMATE"), "otherId");
        assertTrue(relations(OFFICE, a).isEmpty());
    }

    @Test
    void unknownOtherAndKindAreNamed() {
        long a = id(create(talent(unique("未知"))));
        assertRejected(relate(OFFICE, a, 987654321L, "CLASSMATE"), "otherId");
        long b = id(create(talent(unique("未知乙"))));
        assertRejected(relate(OFFICE, a, b, "ENEMY"), "kind");
        assertRejected(OFFICE.post("/api/talents/" + a + "/relations", "{\"kind\":\"CLASSMATE\"}"), "otherId");
        assertTrue(relations(OFFICE, a).isEmpty());
    }

    @Test
    void aRelationOfAnUnknownTalentIs404() {
        long b = id(create(talent(unique("孤单"))));
        Api.Reply r = relate(OFFICE, 987654321L, b, "CLASSMATE");
        assertEquals(404, r.status(), r::body);
        assertErrorBody(r);
        assertTrue(relations(OFFICE, b).isEmpty());
    }

    @Test
    void managersReadRelationsButMayNotAddThem() {
        long a = id(create(talent(unique("评委看"))));
        long b = id(create(talent(unique("评委看乙"))));
        assertEquals(201, relate(OFFICE, a, b, "RELATIVE").status());
        // a reviewer reads no relations at all since least privilege (ReviewerPrivilegeIT); a manager reads them, without their notes
        assertEquals(403, Api.as("reviewer1").get("/api/talents/" + a + "/relations").status());
        Api manager = Api.as("mgr-fatong");
        assertEquals(1, relations(manager, a).size());
        long c = id(create(talent(unique("评委看丙"))));
        Api.Reply r = relate(manager, a, c, "CLASSMATE");
        assertEquals(403, r.status(), r::body);
        assertEquals(1, relations(OFFICE, a).size());
    }

    @Test
    void aRelationIsRemovedFromBothEnds() {
        long a = id(create(talent(unique("解除甲"))));
        long b = id(create(talent(unique("解除乙"))));
        long relation = relate(OFFICE, a, b, "COLLEAGUE").json().getJsonNumber("id").longValue();
        assertEquals(403, Api.as("reviewer1").delete("/api/talents/" + b + "/relations/" + relation).status());
        assertEquals(204, OFFICE.delete("/api/talents/" + b + "/relations/" + relation).status());
        assertTrue(relations(OFFICE, a).isEmpty());
        assertTrue(relations(OFFICE, b).isEmpty());
        assertEquals(404, OFFICE.delete("/api/talents/" + b + "/relations/" + relation).status());
    }

    /** the referrer on the profile and the REFERRED_BY relation are one fact, whichever way it is entered */
    @Test
    void theReferrerAndTheReferredByRelationStayOneFact() {
        long a = id(create(talent(unique("引荐甲"))));
        long c = id(create(talent(unique("引荐丙"))));
        long b = id(create(talent(unique("被引荐")).add("referrerId", a)));

        List<JsonObject> referrals = relations(OFFICE, b).stream().filter(r -> "REFERRED_BY".equals(r.getString("kind"))).toList();
        assertEquals(1, referrals.size(), "registering with a referrer records the relation");
        assertEquals(a, referrals.getFirst().getJsonNumber("otherId").longValue());
        assertEquals("out", referrals.getFirst().getString("direction"));

        Api.Reply removed = OFFICE.delete("/api/talents/" + b + "/relations/" + referrals.getFirst().getJsonNumber("id").longValue());
        assertEquals(204, removed.status(), removed::body);
        assertTrue(!OFFICE.get("/api/talents/" + b).json().containsKey("referrerId"), "removing the relation clears the referrer");

        assertEquals(201, relate(OFFICE, b, c, "REFERRED_BY").status());
        assertEquals(c, OFFICE.get("/api/talents/" + b).json().getJsonNumber("referrerId").longValue(), "the relation sets the referrer");
        assertRejected(relate(OFFICE, b, a, "REFERRED_BY"), "otherId");
    }
}
