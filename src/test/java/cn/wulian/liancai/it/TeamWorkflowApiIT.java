package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.str;
import static cn.wulian.liancai.it.Fixtures.unique;
import static cn.wulian.liancai.it.TeamFixtures.readTeam;
import static cn.wulian.liancai.it.TeamFixtures.snapshot;
import static cn.wulian.liancai.it.TeamFixtures.step;
import static cn.wulian.liancai.it.TeamFixtures.stepOk;
import static cn.wulian.liancai.it.TeamFixtures.team;
import static cn.wulian.liancai.it.TeamFixtures.transitions;
import static cn.wulian.liancai.it.TeamFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The team workflow through {@code /api/teams/{id}/transitions}: legal steps, who may take them, reasons, history. */
@ExtendWith(RunningApp.class)
class TeamWorkflowApiIT {

    private static final Api MANAGER = Api.as("mgr-fatong");

    /** a fresh draft registered by mgr-fatong, without incubation dates */
    private static JsonObject managersDraft() {
        Api.Reply r = MANAGER.post("/api/teams", team(unique("流程团队"), null).build().toString());
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    @Test
    void theWholeWayFromDraftToGraduated() {
        Api.Reply created = MANAGER.post("/api/teams", team(unique("流程团队"), null).build().toString());
        assertEquals(201, created.status(), created::body);
        long id = id(created.json());
        String location = created.header("Location");
        assertNotNull(location, "201 without Location");
        assertTrue(location.endsWith("/api/teams/" + id), location);
        assertEquals("DRAFT", created.json().getString("status"));
        assertEquals("fatong", created.json().getString("platform"));

        stepOk(MANAGER, id, "SUBMIT", null, "SUBMITTED");

        String before = snapshot(id);
        assertRejected(step(MANAGER, id, "APPROVE", null, version(id)), "action");
        assertEquals(before, snapshot(id), "a refused APPROVE changed the team");

        assertRejected(step(OFFICE, id, "RETURN", null, version(id)), "reason");
        assertRejected(step(OFFICE, id, "RETURN", "   ", version(id)), "reason");
        assertEquals(before, snapshot(id), "a refused RETURN changed the team");
        stepOk(OFFICE, id, "RETURN", "营业执照复印件不清晰", "RETURNED");

        stepOk(MANAGER, id, "SUBMIT", null, "SUBMITTED");
        stepOk(OFFICE, id, "APPROVE", null, "APPROVED");

        String approved = snapshot(id);
        assertRejected(step(MANAGER, id, "START", null, version(id)), "incubationStart");
        assertEquals(approved, snapshot(id), "a refused START changed the team");

        JsonObject current = readTeam(id);
        Api.Reply dated = OFFICE.put("/api/teams/" + id, team(current.getString("name"), null)
                .add("incubationStart", "2025-01-01").add("incubationEnd", "2028-12-31")
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, dated.status(), dated::body);
        assertEquals("APPROVED", dated.json().getString("status"), "a PUT must not change the status");

        stepOk(MANAGER, id, "START", null, "INCUBATING");
        String incubating = snapshot(id);
        assertRejected(step(MANAGER, id, "GRADUATE", null, version(id)), "action");
        assertEquals(incubating, snapshot(id), "a refused GRADUATE changed the team");
        stepOk(OFFICE, id, "GRADUATE", null, "GRADUATED");
        assertEquals("GRADUATED", readTeam(id).getString("status"));

        List<JsonObject> history = transitions(id).getValuesAs(JsonObject.class);
        String[][] expected = {
                {null, "DRAFT", "mgr-fatong", null},
                {"DRAFT", "SUBMITTED", "mgr-fatong", null},
                {"SUBMITTED", "RETURNED", "office", "营业执照复印件不清晰"},
                {"RETURNED", "SUBMITTED", "mgr-fatong", null},
                {"SUBMITTED", "APPROVED", "office", null},
                {"APPROVED", "INCUBATING", "mgr-fatong", null},
                {"INCUBATING", "GRADUATED", "office", null},
        };
        assertEquals(expected.length, history.size(), () -> "history " + history);
        Instant previous = Instant.MIN;
        for (int i = 0; i < expected.length; i++) {
            JsonObject t = history.get(i);
            String at = "step " + i + " of " + history;
            assertEquals(expected[i][0], str(t, "from"), at);
            assertEquals(expected[i][1], str(t, "to"), at);
            assertEquals(expected[i][2], str(t, "by"), at);
            assertEquals(expected[i][3], str(t, "reason"), at);
            Instant when = Instant.parse(t.getString("at"));
            assertFalse(when.isBefore(previous), at);
            previous = when;
        }
        // no more steps from the end
        for (String action : new String[] {"SUBMIT", "START", "EXIT", "GRADUATE"}) {
            assertRejected(step(OFFICE, id, action, "理由", version(id)), "action");
        }
    }

    @Test
    void exitNeedsAReasonAndEndsIncubation() {
        long id = id(managersDraft());
        stepOk(MANAGER, id, "SUBMIT", null, "SUBMITTED");
        stepOk(OFFICE, id, "APPROVE", null, "APPROVED");
        JsonObject current = readTeam(id);
        // an APPROVED team is not editable by its manager: the office enters the agreement's dates
        Api.Reply dated = OFFICE.put("/api/teams/" + id, team(current.getString("name"), null)
                .add("incubationStart", "2025-01-01").add("incubationEnd", "2027-12-31")
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, dated.status(), dated::body);
        stepOk(MANAGER, id, "START", null, "INCUBATING");
        assertRejected(step(MANAGER, id, "EXIT", null, version(id)), "reason");
        stepOk(MANAGER, id, "EXIT", "团队迁往外地", "EXITED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPROVE", "RETURN", "START", "GRADUATE", "EXIT"})
    void illegalStepsFromDraftAreRefused(String action) {
        long id = id(managersDraft());
        String before = snapshot(id);
        assertRejected(step(OFFICE, id, action, "理由", version(id)), "action");
        assertEquals(before, snapshot(id), "an illegal step changed the team");
        assertEquals("DRAFT", readTeam(id).getString("status"));
    }

    @Test
    void unknownOrMissingActionIsRefused() {
        long id = id(managersDraft());
        String before = snapshot(id);
        assertRejected(step(OFFICE, id, "FLY", null, version(id)), "action");
        assertRejected(OFFICE.post("/api/teams/" + id + "/transitions", "{\"version\":" + version(id) + "}"), "action");
        Api.Reply malformed = OFFICE.post("/api/teams/" + id + "/transitions", "{\"action\":");
        assertEquals(400, malformed.status(), malformed::body);
        assertEquals(before, snapshot(id));
    }

    @Test
    void lowerCaseActionIsAccepted() {
        long id = id(managersDraft());
        Api.Reply r = step(MANAGER, id, "submit", null, version(id));
        assertEquals(200, r.status(), r::body);
        assertEquals("SUBMITTED", r.json().getString("status"));
    }

    @Test
    void aStaleVersionInATransitionIsAConflict() {
        long id = id(managersDraft());
        long old = version(id);
        JsonObject current = readTeam(id);
        Api.Reply edit = MANAGER.put("/api/teams/" + id, team(current.getString("name") + "改", null)
                .add("version", old).build().toString());
        assertEquals(200, edit.status(), edit::body);
        assertTrue(version(id) != old, "a PUT must raise the version");
        String before = snapshot(id);
        Api.Reply stale = step(MANAGER, id, "SUBMIT", null, old);
        assertEquals(409, stale.status(), stale::body);
        assertEquals(before, snapshot(id), "a stale transition changed the team");
        assertEquals("DRAFT", readTeam(id).getString("status"));
    }

    @Test
    void theTransitionAnswerCarriesTheNewVersion() {
        long id = id(managersDraft());
        Api.Reply r = step(MANAGER, id, "SUBMIT", null, version(id));
        assertEquals(200, r.status(), r::body);
        assertEquals(version(id), r.json().getJsonNumber("version").longValue(),
                "the version a transition answers must be the one the next request can send back");
        Api.Reply next = step(OFFICE, id, "APPROVE", null, r.json().getJsonNumber("version").longValue());
        assertEquals(200, next.status(), next::body);
    }

    @Test
    void deleteOnlyInDraft() {
        long draft = id(managersDraft());
        long submitted = id(managersDraft());
        stepOk(MANAGER, submitted, "SUBMIT", null, "SUBMITTED");
        String before = snapshot(submitted);
        Api.Reply refused = OFFICE.delete("/api/teams/" + submitted);
        assertEquals(400, refused.status(), refused::body);
        assertEquals(before, snapshot(submitted), "a refused DELETE changed the team");
        Api.Reply refusedToManager = MANAGER.delete("/api/teams/" + submitted);
        assertEquals(400, refusedToManager.status(), refusedToManager::body);
        assertEquals(before, snapshot(submitted));

        Api.Reply deleted = MANAGER.delete("/api/teams/" + draft);
        assertEquals(204, deleted.status(), deleted::body);
        assertEquals(404, OFFICE.get("/api/teams/" + draft).status());
        assertEquals(404, OFFICE.get("/api/teams/" + draft + "/transitions").status());
    }

    @Test
    void submitNeedsALeader() {
        Api.Reply created = MANAGER.post("/api/teams", "{\"name\":\"" + unique("无带头人团队") + "\"}");
        assertEquals(201, created.status(), created::body);
        long id = id(created.json());
        assertTrue(!created.json().containsKey("leaderId") || created.json().isNull("leaderId"), created::body);
        assertRejected(step(MANAGER, id, "SUBMIT", null, version(id)), "leaderId");
        assertEquals("DRAFT", readTeam(id).getString("status"));
    }
}
