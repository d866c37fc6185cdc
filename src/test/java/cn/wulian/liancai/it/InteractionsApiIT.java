package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.daysAgoAt10;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.read;
import static cn.wulian.liancai.it.Fixtures.str;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.today;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contact log {@code /api/talents/{id}/interactions} and the officer's {@code /api/follow-ups}. */
@ExtendWith(RunningApp.class)
class InteractionsApiIT {

    private static JsonObjectBuilder contact(LocalDateTime occurredAt, LocalDate followUpOn) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("kind", "VISIT")
                .add("occurredAt", occurredAt.toString().length() == 16 ? occurredAt + ":00" : occurredAt.toString())
                .add("place", "北京")
                .add("participants", "张三;李四")
                .add("summary", "到中关村走访，了解项目进展")
                .add("agreedActions", "协助对接法桐小院");
        if (followUpOn != null) {
            b.add("followUpOn", followUpOn.toString());
        }
        return b;
    }

    private static Api.Reply log(Api api, long talentId, JsonObjectBuilder body) {
        return api.post("/api/talents/" + talentId + "/interactions", body.build().toString());
    }

    private static JsonArray interactions(long talentId) {
        Api.Reply r = OFFICE.get("/api/talents/" + talentId + "/interactions");
        assertEquals(200, r.status(), r::body);
        return r.jsonValue().asJsonArray();
    }

    private static List<JsonObject> followUps(Api api) {
        Api.Reply r = api.get("/api/follow-ups");
        assertEquals(200, r.status(), r::body);
        return r.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> followUpOf(List<JsonObject> list, long talentId) {
        return list.stream().filter(i -> i.getJsonNumber("talentId").longValue() == talentId).findFirst();
    }

    @Test
    void loggingAContactAnswers201AndIsListed() {
        long talent = id(create(talent(unique("走访"))));
        LocalDateTime when = daysAgoAt10(7);
        LocalDate followUp = today().minusDays(2);
        Api.Reply r = log(OFFICE, talent, contact(when, followUp));
        assertEquals(201, r.status(), r::body);
        JsonObject logged = r.json();
        assertAll(
                () -> assertTrue(logged.getJsonNumber("id").longValue() > 0),
                () -> assertEquals(talent, logged.getJsonNumber("talentId").longValue()),
                () -> assertEquals("VISIT", logged.getString("kind")),
                () -> assertEquals(when, LocalDateTime.parse(logged.getString("occurredAt"))),
                () -> assertEquals("北京", logged.getString("place")),
                () -> assertEquals("张三;李四", logged.getString("participants")),
                () -> assertEquals("到中关村走访，了解项目进展", logged.getString("summary")),
                () -> assertEquals("协助对接法桐小院", logged.getString("agreedActions")),
                () -> assertEquals(followUp.toString(), logged.getString("followUpOn")),
                () -> assertEquals("office", logged.getString("recordedBy")));
        JsonArray list = interactions(talent);
        assertEquals(1, list.size());
        assertEquals(logged.getJsonNumber("id"), list.getJsonObject(0).getJsonNumber("id"));
    }

    @Test
    void contactsAreListedNewestFirst() {
        long talent = id(create(talent(unique("排序"))));
        // logged out of order: the list follows when they happened, not when they were entered
        long middle = log(OFFICE, talent, contact(daysAgoAt10(10), null)).json().getJsonNumber("id").longValue();
        long newest = log(OFFICE, talent, contact(daysAgoAt10(1), null)).json().getJsonNumber("id").longValue();
        long oldest = log(OFFICE, talent, contact(daysAgoAt10(30), null)).json().getJsonNumber("id").longValue();
        List<Long> ids = interactions(talent).getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(newest, middle, oldest), ids);
    }

    @Test
    void aFirstContactMovesAnIdentifiedTalentToContacted() {
        long talent = id(create(talent(unique("首次联系"))));
        JsonObject before = read(talent);
        assertEquals("IDENTIFIED", before.getString("stage"));
        assertEquals(201, log(OFFICE, talent, contact(daysAgoAt10(1), null)).status());
        JsonObject after = read(talent);
        assertEquals("CONTACTED", after.getString("stage"));
        assertTrue(after.getJsonNumber("version").longValue() > before.getJsonNumber("version").longValue(),
                "a stage change is a change: the version must move so that stale edits are refused");
    }

    @Test
    void aContactDoesNotMoveAnEngagedTalentBack() {
        long talent = id(create(talent(unique("已对接")).add("stage", "ENGAGED")));
        assertEquals(201, log(OFFICE, talent, contact(daysAgoAt10(1), null)).status());
        assertEquals("ENGAGED", read(talent).getString("stage"));
    }

    @Test
    void anEditBasedOnTheVersionBeforeAContactIsStale() {
        String name = unique("联系后编辑");
        long talent = id(create(talent(name)));
        long v = read(talent).getJsonNumber("version").longValue();
        assertEquals(201, log(OFFICE, talent, contact(daysAgoAt10(1), null)).status());
        Api.Reply r = OFFICE.put("/api/talents/" + talent, talent(name).add("stage", "IDENTIFIED").add("version", v).build().toString());
        assertEquals(409, r.status(), r::body);
        assertEquals("CONTACTED", read(talent).getString("stage"));
    }

    // ---- validation

    @Test
    void invalidKindIsNamed() {
        long talent = id(create(talent(unique("方式"))));
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), null).add("kind", "PIGEON")), "kind");
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), null).remove("kind")), "kind");
        assertEquals(0, interactions(talent).size());
        assertEquals("IDENTIFIED", read(talent).getString("stage"), "a refused contact does not count as contact");
    }

    @Test
    void missingSummaryIsNamed() {
        long talent = id(create(talent(unique("摘要"))));
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), null).remove("summary")), "summary");
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), null).add("summary", "  ")), "summary");
        assertEquals(0, interactions(talent).size());
    }

    @Test
    void datesBeyondWhatMakesSenseAreNamed() {
        long talent = id(create(talent(unique("日期范围"))));
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), null).add("followUpOn", "+10000-01-01")), "followUpOn");
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), today().plusYears(6))), "followUpOn");
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), null).add("occurredAt", "0000-05-01T10:00:00")), "occurredAt");
        assertEquals(0, interactions(talent).size());
    }

    @Test
    void followUpBeforeTheContactIsNamed() {
        long talent = id(create(talent(unique("跟进日期"))));
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(3), today().minusDays(5))), "followUpOn");
        assertEquals(0, interactions(talent).size());
    }

    @Test
    void aContactFarInTheFutureIsNamed() {
        long talent = id(create(talent(unique("未来"))));
        assertRejected(log(OFFICE, talent, contact(today().plusDays(30).atTime(9, 0), null)), "occurredAt");
        assertRejected(log(OFFICE, talent, contact(daysAgoAt10(1), null).remove("occurredAt")), "occurredAt");
        assertEquals(0, interactions(talent).size());
    }

    @Test
    void severalContactErrorsAreAllNamed() {
        long talent = id(create(talent(unique("多处错误"))));
        JsonObject body = Json.createObjectBuilder()
                .add("kind", "PIGEON")
                .add("occurredAt", today().plusDays(30).atTime(9, 0) + ":00")
                .add("followUpOn", today().toString())
                .build();
        assertRejected(OFFICE.post("/api/talents/" + talent + "/interactions", body.toString()),
                "kind", "occurredAt", "summary", "followUpOn");
        assertEquals(0, interactions(talent).size());
    }

    @Test
    void anUnreadableDateIs400() {
        long talent = id(create(talent(unique("日期格式"))));
        Api.Reply r = log(OFFICE, talent, contact(daysAgoAt10(1), null).add("occurredAt", "last tuesday"));
        assertEquals(400, r.status(), r::body);
        assertErrorBody(r);
        assertEquals(0, interactions(talent).size());
    }

    // ---- follow-ups

    @Test
    void followUpsListTheOfficersOpenFollowUpsWithinAWeek() {
        Api office = OFFICE;
        // recorded by office, liaison nobody: overdue
        long overdue = id(create(talent(unique("逾期"))));
        assertEquals(201, log(office, overdue, contact(daysAgoAt10(7), today().minusDays(2))).status());
        // office is the liaison, recorded by office2: due in three days
        long soon = id(create(talent(unique("将到期")).add("liaison", "office")));
        assertEquals(201, log(Api.as("office2"), soon, contact(daysAgoAt10(1), today().plusDays(3))).status());
        // due in a month: beyond the horizon
        long later = id(create(talent(unique("下月"))));
        assertEquals(201, log(office, later, contact(daysAgoAt10(1), today().plusDays(30))).status());
        // someone else's: liaison office2, recorded by office2
        long others = id(create(talent(unique("别人的")).add("liaison", "office2")));
        assertEquals(201, log(Api.as("office2"), others, contact(daysAgoAt10(1), today().minusDays(1))).status());
        // closed: a later contact was logged after the one asking to follow up
        long closed = id(create(talent(unique("已跟进"))));
        assertEquals(201, log(office, closed, contact(daysAgoAt10(6), today().minusDays(3))).status());
        assertEquals(201, log(office, closed, contact(daysAgoAt10(1), null)).status());

        List<JsonObject> mine = followUps(office);
        JsonObject o = followUpOf(mine, overdue).orElseThrow(() -> new AssertionError("overdue follow-up missing: " + mine));
        assertTrue(o.getBoolean("overdue"));
        assertEquals(today().minusDays(2).toString(), o.getString("followUpOn"));
        JsonObject s = followUpOf(mine, soon).orElseThrow(() -> new AssertionError("follow-up as liaison missing: " + mine));
        assertFalse(s.getBoolean("overdue"));
        assertTrue(followUpOf(mine, later).isEmpty(), "beyond the 7-day horizon");
        assertTrue(followUpOf(mine, others).isEmpty(), "another officer's follow-up");
        assertTrue(followUpOf(mine, closed).isEmpty(), "a follow-up closed by a later contact");

        List<JsonObject> theirs = followUps(Api.as("office2"));
        assertTrue(followUpOf(theirs, others).isPresent(), "office2 sees their own follow-up");
        assertTrue(followUpOf(theirs, soon).isPresent(), "office2 recorded that contact");
        assertTrue(followUpOf(theirs, overdue).isEmpty());

        for (JsonObject f : mine) {
            LocalDate due = LocalDate.parse(f.getString("followUpOn"));
            assertFalse(due.isAfter(today().plusDays(7)), "beyond the horizon: " + f);
            assertEquals(due.isBefore(today()), f.getBoolean("overdue"), "overdue flag of " + f);
        }
    }

    @Test
    void followUpsAreOrderedByDueDate() {
        Api office2 = Api.as("office2");
        long later = id(create(talent(unique("后到期"))));
        assertEquals(201, log(office2, later, contact(daysAgoAt10(1), today().plusDays(5))).status());
        long earlier = id(create(talent(unique("先到期"))));
        assertEquals(201, log(office2, earlier, contact(daysAgoAt10(8), today().minusDays(3))).status());
        List<JsonObject> list = followUps(office2);
        List<Long> talents = list.stream().map(f -> f.getJsonNumber("talentId").longValue()).toList();
        assertTrue(talents.contains(earlier) && talents.contains(later), talents::toString);
        assertTrue(talents.indexOf(earlier) < talents.indexOf(later), "the earlier due date comes first: " + list);
        List<LocalDate> due = list.stream().map(f -> LocalDate.parse(f.getString("followUpOn"))).toList();
        for (int i = 1; i < due.size(); i++) {
            assertFalse(due.get(i - 1).isAfter(due.get(i)), "not by due date: " + due);
        }
    }

    // ---- who may

    @Test
    void reviewersAndManagersMayNotSeeOrLogContacts() {
        long talent = id(create(talent(unique("评委联络"))));
        assertEquals(201, log(OFFICE, talent, contact(daysAgoAt10(1), today().plusDays(1))).status());
        for (String user : new String[] {"reviewer1", "mgr-fatong"}) {
            Api api = Api.as(user);
            Api.Reply list = api.get("/api/talents/" + talent + "/interactions");
            assertEquals(403, list.status(), list::body);
            assertErrorBody(list);
            Api.Reply post = log(api, talent, contact(daysAgoAt10(1), null));
            assertEquals(403, post.status(), post::body);
            Api.Reply due = api.get("/api/follow-ups");
            assertEquals(403, due.status(), due::body);
            assertErrorBody(due);
        }
        assertEquals(1, interactions(talent).size());
    }

    @Test
    void theLocationOfALoggedContactIsReadable() {
        long talent = id(create(talent(unique("位置"))));
        Api.Reply r = log(OFFICE, talent, contact(daysAgoAt10(1), null));
        assertEquals(201, r.status(), r::body);
        String location = r.header("Location");
        assertNotNull(location);
        assertTrue(location.contains("/api/talents/" + talent + "/interactions"), location);
        Api.Reply at = OFFICE.get(location.substring(location.indexOf("/api/")));
        assertEquals(200, at.status(), () -> "201 Location " + location + " answers " + at.status());
        assertEquals(r.json().getJsonNumber("id"), at.jsonValue().getValueType() == jakarta.json.JsonValue.ValueType.OBJECT
                ? at.json().getJsonNumber("id") : null);
        assertEquals("office", str(r.json(), "recordedBy"));
    }
}
