package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/** Projects for the API tests: made by office through the API, read back the same way. */
final class ProjectFixtures {

    static final long NO_SUCH_PROJECT = 999_999L;

    private ProjectFixtures() {
    }

    /** a small valid project led by a talent; office names the platform (null: none) */
    static JsonObjectBuilder project(String title, String platform) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", title).add("leadTalentId", TeamFixtures.leaderId())
                .add("industry", "新材料").add("plannedInvestment", "250000000.50").add("countyLeader", "副县长 测试")
                .add("openedOn", Fixtures.today().minusMonths(6).toString());
        if (platform != null) {
            b.add("platform", platform);
        }
        return b;
    }

    static JsonObject create(Api api, JsonObject body) {
        Api.Reply r = api.post("/api/projects", body.toString());
        assertEquals(201, r.status(), () -> "creating project " + body + " answered " + r.body());
        return r.json();
    }

    /** a fresh project in talks on that platform, created by office */
    static JsonObject fresh(String platform) {
        return create(OFFICE, project(Fixtures.unique("授权测试项目"), platform).build());
    }

    static JsonObject read(long id) {
        Api.Reply r = OFFICE.get("/api/projects/" + id);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    static JsonArray list(long id, String sub) {
        Api.Reply r = OFFICE.get("/api/projects/" + id + "/" + sub);
        assertEquals(200, r.status(), r::body);
        return (JsonArray) r.jsonValue();
    }

    static JsonObject milestone(long projectId, String title, LocalDate due) {
        Api.Reply r = OFFICE.post("/api/projects/" + projectId + "/milestones", Json.createObjectBuilder().add("title", title)
                .add("dueOn", due.toString()).add("standard", "通过验收").build().toString());
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    static Api.Reply update(Api api, long projectId, LocalDate on, int percent, String text) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("percent", percent).add("text", text);
        if (on != null) {
            b.add("on", on.toString());
        }
        return api.post("/api/projects/" + projectId + "/updates", b.build().toString());
    }

    /** projects office finds with this filter query, e.g. "platform=fatong&stage=LANDED" */
    static long count(String query) {
        Api.Reply r = OFFICE.get("/api/projects?limit=1&" + query);
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonNumber("total").longValue();
    }

    /** what office sees of a project and its records, to prove a refused request changed nothing */
    static String snapshot(long id) {
        return read(id).toString() + list(id, "transitions") + list(id, "milestones") + list(id, "updates");
    }
}
