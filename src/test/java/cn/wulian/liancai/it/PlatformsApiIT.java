package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static cn.wulian.liancai.it.TeamFixtures.count;
import static cn.wulian.liancai.it.TeamFixtures.createTeam;
import static cn.wulian.liancai.it.TeamFixtures.stepOk;
import static cn.wulian.liancai.it.TeamFixtures.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/platforms}: the four platforms in order, their figures computed from the teams. */
@ExtendWith(RunningApp.class)
class PlatformsApiIT {

    private static List<JsonObject> platforms() {
        Api.Reply r = OFFICE.get("/api/platforms");
        assertEquals(200, r.status(), r::body);
        return ((JsonArray) r.jsonValue()).getValuesAs(JsonObject.class);
    }

    private static JsonObject platform(String code) {
        Api.Reply r = OFFICE.get("/api/platforms/" + code);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    @Test
    void theFourPlatformsInOrder() {
        List<String> codes = platforms().stream().map(p -> p.getString("code")).toList();
        assertEquals(TeamFixtures.PLATFORMS, codes);
        for (JsonObject p : platforms()) {
            assertFalse(p.getString("name").isBlank(), p::toString);
        }
    }

    @Test
    void figuresAreTheCountsOfTheTeamList() {
        for (JsonObject p : platforms()) {
            String code = p.getString("code");
            assertEquals(count("platform=" + code + "&status=INCUBATING"), p.getJsonNumber("incubating").longValue(), code);
            assertEquals(count("platform=" + code + "&status=GRADUATED"), p.getJsonNumber("graduated").longValue(), code);
            assertEquals(count("platform=" + code + "&status=EXITED"), p.getJsonNumber("exited").longValue(), code);
            assertEquals(count("platform=" + code + "&status=SUBMITTED") + count("platform=" + code + "&status=APPROVED"),
                    p.getJsonNumber("inPipeline").longValue(), code);
            JsonObject detail = platform(code);
            for (String figure : new String[] {"incubating", "graduated", "exited", "inPipeline", "peopleEmployed", "ipItems"}) {
                assertEquals(p.getJsonNumber(figure).longValue(), detail.getJsonNumber(figure).longValue(), code + " " + figure);
            }
        }
    }

    /** every figure re-added by hand from the team and project lists, so a figure counted by SQL cannot drift from the records */
    @Test
    void figuresAreTheSumsOfTheTeamsAndProjects() {
        for (JsonObject p : platforms()) {
            String code = p.getString("code");
            List<JsonObject> teams = rows(OFFICE.get("/api/teams?limit=200&platform=" + code));
            List<JsonObject> projects = rows(OFFICE.get("/api/projects?limit=200&platform=" + code));
            long employed = 0;
            long housed = 0;
            long ip = 0;
            BigDecimal raised = BigDecimal.ZERO;
            for (JsonObject t : teams) {
                String status = t.getString("status");
                long headcount = t.isNull("headcount") ? 0 : t.getJsonNumber("headcount").longValue();
                employed += status.equals("INCUBATING") || status.equals("GRADUATED") ? headcount : 0;
                housed += status.equals("INCUBATING") ? headcount : 0;
                ip += t.getJsonArray("ip").size();
                raised = raised.add(t.getJsonNumber("financingTotal").bigDecimalValue());
            }
            List<JsonObject> landed = projects.stream().filter(x -> List.of("LANDED", "STARTED", "PRODUCING").contains(x.getString("stage"))).toList();
            BigDecimal invested = landed.stream().map(x -> x.getJsonNumber("actualInvestment").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(employed, p.getJsonNumber("peopleEmployed").longValue(), code);
            assertEquals(ip, p.getJsonNumber("ipItems").longValue(), code);
            assertEquals(0, raised.compareTo(p.getJsonNumber("financingRaised").bigDecimalValue()), code + " financing");
            assertEquals(projects.size(), p.getJsonNumber("projects").longValue(), code);
            assertEquals(landed.size(), p.getJsonNumber("projectsLanded").longValue(), code);
            assertEquals(0, invested.compareTo(p.getJsonNumber("investmentLanded").bigDecimalValue()), code + " investment");
            if (!p.isNull("workstations") && p.getInt("workstations") > 0) {
                assertEquals(Math.min(100, Math.round(100.0 * housed / p.getInt("workstations"))), p.getInt("occupancyPercent"), code);
            }
        }
    }

    private static List<JsonObject> rows(Api.Reply r) {
        assertEquals(200, r.status(), r::body);
        assertTrue(r.json().getJsonNumber("total").longValue() <= 200, "more than one page");
        return r.json().getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    @Test
    void theDemoPlatformsHouseTeams() {
        long incubating = platforms().stream().mapToLong(p -> p.getJsonNumber("incubating").longValue()).sum();
        assertTrue(incubating >= 18, "the demo data has 18 incubating teams, the API counts " + incubating);
    }

    @Test
    void startingATeamRaisesIncubatingByOne() {
        JsonObject before = platform("kunshan");
        Api manager = Api.as("mgr-kunshan");
        long id = id(createTeam(manager, team(unique("计数团队"), null).add("headcount", 7)
                .add("incubationStart", "2025-03-01").add("incubationEnd", "2028-02-28")
                .add("financing", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("closedOn", "2025-01-10").add("amount", new BigDecimal("1000000.05")).add("investor", "昆山创投")))
                .build()));
        assertEquals(before.getJsonNumber("incubating").longValue(), platform("kunshan").getJsonNumber("incubating").longValue(),
                "a draft is not incubating");
        stepOk(manager, id, "SUBMIT", null, "SUBMITTED");
        assertEquals(before.getJsonNumber("inPipeline").longValue() + 1, platform("kunshan").getJsonNumber("inPipeline").longValue());
        stepOk(OFFICE, id, "APPROVE", null, "APPROVED");
        stepOk(manager, id, "START", null, "INCUBATING");
        JsonObject after = platform("kunshan");
        assertEquals(before.getJsonNumber("incubating").longValue() + 1, after.getJsonNumber("incubating").longValue(), after::toString);
        assertEquals(before.getJsonNumber("inPipeline").longValue(), after.getJsonNumber("inPipeline").longValue());
        assertEquals(before.getJsonNumber("peopleEmployed").longValue() + 7, after.getJsonNumber("peopleEmployed").longValue());
        assertEquals(0, before.getJsonNumber("financingRaised").bigDecimalValue().add(new BigDecimal("1000000.05"))
                .compareTo(after.getJsonNumber("financingRaised").bigDecimalValue()), after::toString);
        for (String other : new String[] {"fatong", "shibei", "cas"}) {
            assertEquals(count("platform=" + other + "&status=INCUBATING"), platform(other).getJsonNumber("incubating").longValue());
        }
    }

    @Test
    void anUnknownPlatformIsA404() {
        Api.Reply r = OFFICE.get("/api/platforms/nosuch");
        assertEquals(404, r.status(), r::body);
        Api.Reply teams = OFFICE.get("/api/platforms/nosuch/teams");
        assertEquals(404, teams.status(), teams::body);
    }
}
