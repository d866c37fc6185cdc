package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.hitIds;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.search;
import static cn.wulian.liancai.it.Fixtures.unique;
import static cn.wulian.liancai.it.TeamFixtures.count;
import static cn.wulian.liancai.it.TeamFixtures.createTeam;
import static cn.wulian.liancai.it.TeamFixtures.creditCode;
import static cn.wulian.liancai.it.TeamFixtures.readTeam;
import static cn.wulian.liancai.it.TeamFixtures.snapshot;
import static cn.wulian.liancai.it.TeamFixtures.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/teams}: validation of what is entered, the credit code, money, optimistic locking and search. */
@ExtendWith(RunningApp.class)
class TeamsApiIT {

    private static JsonObjectBuilder valid() {
        return team(unique("校验团队"), "cas");
    }

    private static JsonArrayBuilder financing(String... amounts) {
        JsonArrayBuilder rounds = Json.createArrayBuilder();
        for (String a : amounts) {
            rounds.add(Json.createObjectBuilder().add("closedOn", "2024-06-01").add("amount", new BigDecimal(a))
                    .add("investor", "日照创投").add("round", "天使轮"));
        }
        return rounds;
    }

    /** posts a body that must be refused naming exactly these fields, and checks nothing was stored */
    private static void refusedOnCreate(JsonObject body, String... fields) {
        long before = count("platform=cas");
        assertRejected(OFFICE.post("/api/teams", body.toString()), fields);
        assertEquals(before, count("platform=cas"), "a refused create stored a team");
    }

    // ---- the credit code

    @Test
    void aValidCreditCodeIsStored() {
        String code = creditCode();
        JsonObject created = createTeam(OFFICE, valid().add("creditCode", code).build());
        assertEquals(code, readTeam(id(created)).getString("creditCode"));
    }

    @Test
    void aDemoCreditCodeIsValid() {
        // TM01's code from data-seed/demo/teams.csv, checked by this test's own implementation of GB 32100
        assertEquals('3', TeamFixtures.check("91371121MA39C7T34"));
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        String code = creditCode();
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        refusedOnCreate(valid().add("creditCode", code.substring(0, 17) + wrong).build(), "creditCode");
    }

    @Test
    void seventeenCharactersAreRefused() {
        refusedOnCreate(valid().add("creditCode", creditCode().substring(0, 17)).build(), "creditCode");
    }

    @Test
    void nineteenCharactersAreRefused() {
        refusedOnCreate(valid().add("creditCode", creditCode() + "0").build(), "creditCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void lettersOutsideTheAlphabetAreRefused(String letter) {
        String code = creditCode();
        refusedOnCreate(valid().add("creditCode", code.substring(0, 10) + letter + code.substring(11)).build(), "creditCode");
    }

    @Test
    void aLowerCaseValidCodeIsStoredUpperCase() {
        String code = creditCode();
        Api.Reply r = OFFICE.post("/api/teams", valid().add("creditCode", code.toLowerCase(Locale.ROOT)).build().toString());
        assertEquals(201, r.status(), () -> "lower-case " + code.toLowerCase(Locale.ROOT) + " (valid as " + code + ") answered " + r.body());
        assertEquals(code, readTeam(id(r.json())).getString("creditCode"));
    }

    @Test
    void aDuplicateCreditCodeIsAClientErrorNotA500() {
        String code = creditCode();
        createTeam(OFFICE, valid().add("creditCode", code).build());
        long before = count("platform=cas");
        // named, so the form can say it beside the field (it was a 409 naming nothing, from the database's key)
        assertRejected(OFFICE.post("/api/teams", valid().add("creditCode", code).build().toString()), "creditCode");
        assertEquals(before, count("platform=cas"), "the duplicate was stored");
    }

    @Test
    void changingACodeToAnotherTeamsCodeIsAClientErrorNotA500() {
        String code = creditCode();
        createTeam(OFFICE, valid().add("creditCode", code).build());
        JsonObject other = createTeam(OFFICE, valid().add("creditCode", creditCode()).build());
        String before = snapshot(id(other));
        Api.Reply r = OFFICE.put("/api/teams/" + id(other), team(other.getString("name"), null).add("creditCode", code)
                .add("version", other.getJsonNumber("version").longValue()).build().toString());
        assertRejected(r, "creditCode");
        assertEquals(before, snapshot(id(other)));
    }

    @Test
    void aSecondTeamOfTheSameNameOnOnePlatformIsRefusedOnAnotherTaken() {
        String name = unique("同名团队");
        createTeam(OFFICE, team(name, "cas").build());
        refusedOnCreate(team(name, "cas").build(), "name");
        // the same name in traditional characters, in other case or spacing, is the same name
        refusedOnCreate(team(name.replace("同名团队", "同名團隊"), "cas").build(), "name");
        assertEquals("shibei", createTeam(OFFICE, team(name, "shibei").build()).getString("platform"), "another platform's team may share it");
        JsonObject other = createTeam(OFFICE, valid().build());
        String before = snapshot(id(other));
        assertRejected(OFFICE.put("/api/teams/" + id(other), team(" " + name + " ", null)
                .add("version", other.getJsonNumber("version").longValue()).build().toString()), "name");
        assertEquals(before, snapshot(id(other)));
        JsonObject self = createTeam(OFFICE, valid().build());
        assertEquals(200, OFFICE.put("/api/teams/" + id(self), team(self.getString("name"), null).add("field", "改了领域")
                .add("version", self.getJsonNumber("version").longValue()).build().toString()).status(), "its own name is no other's");
    }

    @Test
    void aControlCharacterInTextIsRefusedNamingTheField() {
        // a NUL was saved, and written raw into the CSV export
        refusedOnCreate(team(unique("控制字符") + "\u0000", "cas").build(), "name");
        refusedOnCreate(valid().add("description", "第一行\u0007").build(), "description");
        assertEquals("第一行\n第二行", createTeam(OFFICE, valid().add("description", "第一行\n第二行").build()).getString("description"));
    }

    @Test
    void aTalentListedTwiceAmongTheMembersIsRefused() {
        var member = Json.createObjectBuilder().add("talentId", TeamFixtures.leaderId()).add("role", "成员");
        refusedOnCreate(valid().add("members", Json.createArrayBuilder().add(member).add(member)).build(), "members");
    }

    // ---- other fields

    @Test
    void aNameIsRequired() {
        refusedOnCreate(Json.createObjectBuilder().add("platform", "cas").add("headcount", 3).build(), "name");
        refusedOnCreate(Json.createObjectBuilder().add("platform", "cas").add("name", "   ").build(), "name");
    }

    @Test
    void headcountMustBePositive() {
        refusedOnCreate(valid().add("headcount", 0).build(), "headcount");
        refusedOnCreate(valid().add("headcount", -3).build(), "headcount");
    }

    @Test
    void incubationMustEndAfterItStarts() {
        refusedOnCreate(valid().add("incubationStart", "2025-06-01").add("incubationEnd", "2025-05-31").build(), "incubationEnd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "-0.01"})
    void financingNeedsAPositiveAmount(String amount) {
        refusedOnCreate(valid().add("financing", financing("100", amount)).build(), "financing");
    }

    @Test
    void anUnknownLeaderIsRefused() {
        refusedOnCreate(valid().add("leaderId", 987_654_321L).build(), "leaderId");
    }

    @Test
    void anUnknownIpKindIsRefused() {
        refusedOnCreate(valid().add("ip", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kind", "MOON_PATENT").add("title", "一种石材切割装置"))).build(), "ip");
    }

    @Test
    void aKnownIpKindIsStored() {
        JsonObject created = createTeam(OFFICE, valid().add("ip", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kind", "INVENTION_PATENT").add("title", "一种石材切割装置").add("number", "ZL202410000001.X"))).build());
        JsonObject ip = readTeam(id(created)).getJsonArray("ip").getJsonObject(0);
        assertEquals("INVENTION_PATENT", ip.getString("kind"));
        assertEquals("一种石材切割装置", ip.getString("title"));
    }

    @Test
    void anUnknownPlatformIsRefused() {
        assertRejected(OFFICE.post("/api/teams", team(unique("无平台"), "nosuch").build().toString()), "platform");
        assertRejected(OFFICE.post("/api/teams", team(unique("无平台"), null).build().toString()), "platform");
    }

    @Test
    void malformedJsonIsA400() {
        long before = count("platform=cas");
        for (String body : new String[] {"{\"name\": ", "not json", "{\"name\":\"x\",\"headcount\":\"many\"}", "[]"}) {
            Api.Reply r = OFFICE.post("/api/teams", body);
            assertEquals(400, r.status(), () -> body + " answered " + r.body());
            Fixtures.assertErrorBody(r);
        }
        assertEquals(before, count("platform=cas"));
    }

    @Test
    void severalErrorsAreAllNamedAtOnce() {
        JsonObject body = Json.createObjectBuilder().add("platform", "cas").add("name", "")
                .add("headcount", 0).add("creditCode", "91371121MA39C7T340").add("leaderId", 987_654_321L)
                .add("incubationStart", "2025-06-01").add("incubationEnd", "2024-06-01")
                .add("financing", financing("0")).build();
        refusedOnCreate(body, "name", "headcount", "creditCode", "leaderId", "incubationEnd", "financing");
    }

    @Test
    void aMissingPlatformIsNamedWithTheOtherErrors() {
        JsonObject body = Json.createObjectBuilder().add("name", "").add("headcount", 0).add("creditCode", "123").build();
        refusedOnCreate(body, "platform", "name", "headcount", "creditCode");
    }

    // ---- money

    @Test
    void financingAmountsAreExactDecimals() {
        JsonObject created = createTeam(OFFICE, valid().add("financing", financing("0.10", "0.20")).build());
        JsonObject read = readTeam(id(created));
        BigDecimal total = read.getJsonNumber("financingTotal").bigDecimalValue();
        assertEquals(0, total.compareTo(new BigDecimal("0.30")), () -> "financingTotal " + total);
        assertEquals(0, read.getJsonArray("financing").getJsonObject(0).getJsonNumber("amount").bigDecimalValue()
                .compareTo(new BigDecimal("0.10")), read::toString);
        JsonObject big = createTeam(OFFICE, valid().add("financing", financing("12345678901234.56", "0.44")).build());
        assertEquals(0, readTeam(id(big)).getJsonNumber("financingTotal").bigDecimalValue()
                .compareTo(new BigDecimal("12345678901235.00")), () -> readTeam(id(big)).toString());
    }

    // ---- optimistic locking

    @Test
    void aStaleVersionIsAConflictAndLosesNothing() {
        JsonObject created = createTeam(OFFICE, valid().build());
        long id = id(created);
        long v = created.getJsonNumber("version").longValue();
        String name = created.getString("name");
        Api.Reply first = OFFICE.put("/api/teams/" + id, team(name, null).add("field", "先到").add("version", v).build().toString());
        assertEquals(200, first.status(), first::body);
        assertNotEquals(v, first.json().getJsonNumber("version").longValue(), "an update must raise the version");
        Api.Reply second = Api.as("admin").put("/api/teams/" + id,
                team(name, null).add("field", "后到").add("headcount", 99).add("version", v).build().toString());
        assertEquals(409, second.status(), second::body);
        JsonObject now = readTeam(id);
        assertEquals("先到", now.getString("field"), "the first update was lost");
        assertEquals(5, now.getInt("headcount"));
        assertEquals(first.json().getJsonNumber("version").longValue(), now.getJsonNumber("version").longValue());
    }

    // ---- search

    @Test
    void aNewTeamIsFoundOnlyByThoseWhoMaySeeIt() {
        String name = unique("搜索测试团队");
        long id = id(createTeam(Api.as("mgr-shibei"), team(name, null).build()));
        JsonObject office = search(OFFICE, name);
        assertTrue(hitIds(office).contains(id), () -> "office does not find " + name + ": " + office);
        JsonObject hit = office.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("team", hit.getString("type"), hit::toString);
        JsonObject own = search(Api.as("mgr-shibei"), name);
        assertTrue(teamHits(own).contains(id), () -> "its platform's manager does not find it: " + own);
        for (String user : new String[] {"mgr-fatong", "mgr-cas", "reviewer1"}) {
            Api.Reply r = Api.as(user).get("/api/search?limit=100&q=" + Api.q(name));
            if (r.status() == 200) {
                assertFalse(teamHits(r.json()).contains(id), () -> user + " finds another platform's team: " + r.body());
                assertFalse(r.body().contains(name), () -> user + " sees the team's name: " + r.body());
            } else {
                assertEquals(403, r.status(), r::body);
            }
        }
    }

    private static List<Long> teamHits(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(h -> "team".equals(h.getString("type"))).map(h -> h.getJsonNumber("id").longValue()).toList();
    }
}
