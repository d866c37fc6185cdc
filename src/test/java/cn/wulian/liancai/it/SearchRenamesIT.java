package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.hitIds;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Names shown in other records' search documents follow a rename at once: a team shows its
 * leader's name and a project its team's and lead talent's, so renaming the talent or the team
 * makes them findable by the new name and no longer by the old one.
 */
@ExtendWith(RunningApp.class)
class SearchRenamesIT {

    @Test
    void renamingATalentReachesTheTeamTheyLeadAndTheProjectTheyLead() {
        String oldName = unique("改名前带头人");
        long talentId = id(create(talent(oldName)));
        long teamId = id(TeamFixtures.createTeam(OFFICE, Json.createObjectBuilder().add("name", unique("改名测试团队"))
                .add("leaderId", talentId).add("platform", "fatong").add("field", "新材料").add("headcount", 5).build()));
        long projectId = id(ProjectFixtures.create(OFFICE, ProjectFixtures.project(unique("改名测试项目"), null)
                .add("teamId", teamId).add("leadTalentId", talentId).build()));
        assertEquals(List.of(teamId), ids(oldName, "team"), "the team shows its leader's name before the rename");
        assertEquals(List.of(projectId), ids(oldName, "project"));

        String newName = unique("改名后带头人");
        long version = Fixtures.read(talentId).getJsonNumber("version").longValue();
        Api.Reply renamed = OFFICE.put("/api/talents/" + talentId, talent(newName).add("version", version).build().toString());
        assertEquals(200, renamed.status(), renamed::body);

        assertEquals(List.of(teamId), ids(newName, "team"));
        assertEquals(List.of(projectId), ids(newName, "project"));
        assertEquals(List.of(talentId), ids(newName, "talent"));
        assertEquals(List.of(), ids(oldName, "team"), "the team no longer shows the old name");
        assertEquals(List.of(), ids(oldName, "project"));
        assertEquals(List.of(), ids(oldName, "talent"));
    }

    @Test
    void renamingATeamReachesItsProjects() {
        String oldName = unique("改名前团队");
        JsonObject team = TeamFixtures.createTeam(OFFICE, TeamFixtures.team(oldName, "shibei").build());
        long teamId = id(team);
        long projectId = id(ProjectFixtures.create(OFFICE, ProjectFixtures.project(unique("团队改名项目"), null).add("teamId", teamId).build()));
        assertEquals(List.of(projectId), ids(oldName, "project"));

        String newName = unique("改名后团队");
        Api.Reply renamed = OFFICE.put("/api/teams/" + teamId, TeamFixtures.team(newName, null)
                .add("version", team.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, renamed.status(), renamed::body);

        assertEquals(List.of(projectId), ids(newName, "project"));
        assertEquals(List.of(teamId), ids(newName, "team"));
        assertEquals(List.of(), ids(oldName, "project"), "the project no longer shows the old team name");
        assertEquals(List.of(), ids(oldName, "team"));
    }

    private static List<Long> ids(String q, String type) {
        Api.Reply r = OFFICE.get("/api/search?limit=100&type=" + type + "&q=" + Api.q(q));
        assertEquals(200, r.status(), () -> "search " + q + ": " + r.body());
        return hitIds(r.json());
    }
}
