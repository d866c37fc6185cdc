package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.util.List;

/** Shared steps of the team and platform API tests: credit codes, teams, transitions. */
final class TeamFixtures {

    static final List<String> PLATFORMS = List.of("fatong", "shibei", "cas", "kunshan");
    /** an id no team has: a manager must get 403 for it, office 404 */
    static final long NO_SUCH_TEAM = 999_999L;

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final SecureRandom RANDOM = new SecureRandom();
    private static Long leaderId;

    private TeamFixtures() {
    }

    /** GB 32100-2015 check character, computed here independently of the app */
    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** a valid credit code no other team should have (Wulian's region prefix 371121, 9 random characters) */
    static String creditCode() {
        StringBuilder b = new StringBuilder("91371121");
        for (int i = 0; i < 9; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.append(check(b.toString())).toString();
    }

    /** a talent to lead teams (submitting needs a leader), created once per run */
    static synchronized long leaderId() {
        if (leaderId == null) {
            leaderId = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("团队带头人"))));
        }
        return leaderId;
    }

    /** a small valid team with a leader; office must also name the platform */
    static JsonObjectBuilder team(String name, String platform) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("leaderId", leaderId())
                .add("field", "新材料").add("headcount", 5);
        if (platform != null) {
            b.add("platform", platform);
        }
        return b;
    }

    static JsonObject createTeam(Api api, JsonObject body) {
        Api.Reply r = api.post("/api/teams", body.toString());
        assertEquals(201, r.status(), () -> "creating team " + body + " answered " + r.body());
        return r.json();
    }

    /** a fresh DRAFT team on that platform, created by office */
    static JsonObject draft(String platform) {
        return createTeam(OFFICE, team(Fixtures.unique("授权测试团队"), platform).build());
    }

    static JsonObject readTeam(long id) {
        Api.Reply r = OFFICE.get("/api/teams/" + id);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    static long version(long id) {
        return readTeam(id).getJsonNumber("version").longValue();
    }

    static JsonArray transitions(long id) {
        Api.Reply r = OFFICE.get("/api/teams/" + id + "/transitions");
        assertEquals(200, r.status(), r::body);
        return (JsonArray) r.jsonValue();
    }

    static Api.Reply step(Api api, long id, String action, String reason, Long version) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            b.add("reason", reason);
        }
        if (version != null) {
            b.add("version", version);
        }
        return api.post("/api/teams/" + id + "/transitions", b.build().toString());
    }

    /** takes the step with the current version and insists on 200 and the expected status */
    static JsonObject stepOk(Api api, long id, String action, String reason, String expectedStatus) {
        Api.Reply r = step(api, id, action, reason, version(id));
        assertEquals(200, r.status(), () -> action + " answered " + r.body());
        assertEquals(expectedStatus, r.json().getString("status"), r::body);
        return r.json();
    }

    /** teams that office finds with this filter query, e.g. "platform=fatong&status=INCUBATING" */
    static long count(String query) {
        Api.Reply r = OFFICE.get("/api/teams?limit=1&" + query);
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonNumber("total").longValue();
    }

    /** what office sees of a team and its history, to prove a refused request changed nothing */
    static String snapshot(long id) {
        return readTeam(id).toString() + transitions(id).toString();
    }
}
