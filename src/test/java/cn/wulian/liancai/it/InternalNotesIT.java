package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The office's internal notes (a talent's 备注 and the notes on its relations) are the office's:
 * office staff and administrators read them in the API, the profile page, the export and the
 * search; a platform manager finds the same talent with none of it — no field, no column, no hit
 * for a word that only the notes contain, no snippet showing them.
 */
@ExtendWith(RunningApp.class)
class InternalNotesIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("internal-notes");

    static final String MANAGER = "mgr-fatong";

    static String name;
    /** a word found only in the talent's notes, and one found only in a relation's note */
    static String noteWord;
    static String relationWord;
    static long id;

    @BeforeAll
    static void aTalentWithNotes() {
        name = unique("备注");
        noteWord = "nt" + unique("x").substring(3);
        relationWord = "rn" + unique("x").substring(3);
        id = id(create(talent(name).add("school", "山东大学").add("notes", "本人暂不愿公开返乡意向 " + noteWord)));
        long other = id(create(talent(unique("备注乙"))));
        Api.Reply related = OFFICE.post("/api/talents/" + id + "/relations",
                "{\"otherId\":" + other + ",\"kind\":\"RELATIVE\",\"note\":\"表亲 " + relationWord + "\"}");
        assertEquals(201, related.status(), related::body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"office", "admin"})
    void staffReadTheNotesInTheApi(String user) {
        Api api = Api.as(user);
        assertTrue(api.get("/api/talents/" + id).json().getString("notes").contains(noteWord));
        assertTrue(Fixtures.rows(api.get("/api/talents?name=" + Api.q(name))).getJsonObject(0).getString("notes").contains(noteWord));
        JsonObject relation = api.get("/api/talents/" + id + "/relations").jsonValue().asJsonArray().getJsonObject(0);
        assertTrue(relation.getString("note").contains(relationWord), relation::toString);
    }

    @Test
    void aManagerGetsNoNotesInTheApi() {
        Api manager = Api.as(MANAGER);
        for (Api.Reply r : List.of(manager.get("/api/talents/" + id), manager.get("/api/talents?name=" + Api.q(name)),
                manager.get("/api/talents/" + id + "/relations"), manager.get("/api/talents?limit=200&sort=name"))) {
            assertEquals(200, r.status(), r::body);
            assertFalse(r.body().contains(noteWord), r::body);
            assertFalse(r.body().contains(relationWord), r::body);
        }
        JsonObject t = manager.get("/api/talents/" + id).json();
        assertEquals(name, t.getString("name"), "the talent itself is readable");
        assertTrue(!t.containsKey("notes") || t.isNull("notes"), t::toString);
        JsonObject relation = manager.get("/api/talents/" + id + "/relations").jsonValue().asJsonArray().getJsonObject(0);
        assertTrue(!relation.containsKey("note") || relation.isNull("note"), relation::toString);
        assertEquals("RELATIVE", relation.getString("kind"), "the relation itself is readable");
    }

    @Test
    void onlyStaffExportTheNotes() throws Exception {
        String filter = "/api/talents/export?name=" + Api.q(name);
        List<List<String>> office = ExportIT.xlsx("office", filter, "zh-CN");
        int notes = office.getFirst().indexOf("备注");
        assertTrue(notes >= 0, office.getFirst()::toString);
        assertEquals(2, office.size(), office::toString);
        assertTrue(office.get(1).get(notes).contains(noteWord), office::toString);

        List<List<String>> manager = ExportIT.xlsx(MANAGER, filter, "zh-CN");
        assertEquals(2, manager.size(), manager::toString);
        assertEquals(name, manager.get(1).getFirst());
        assertFalse(manager.getFirst().contains("备注"), () -> "a notes column for a manager: " + manager.getFirst());
        assertFalse(manager.toString().contains(noteWord), manager::toString);
    }

    @Test
    void onlyStaffFindATalentByItsNotesOrSeeThemInASnippet() {
        for (String user : List.of("office", "admin")) {
            JsonObject result = Fixtures.search(Api.as(user), noteWord);
            assertEquals(List.of(id), Fixtures.hitIds(result), () -> user + ": " + result);
            assertTrue(result.getJsonArray("hits").getJsonObject(0).getString("highlight").contains(noteWord), result::toString);
        }
        JsonObject byNote = Fixtures.search(Api.as(MANAGER), noteWord);
        assertEquals(0, byNote.getJsonNumber("total").longValue(), byNote::toString);
        JsonObject byName = Fixtures.search(Api.as(MANAGER), name);
        assertEquals(List.of(id), Fixtures.hitIds(byName), "the manager still finds the talent by name: " + byName);
        assertFalse(byName.toString().contains(noteWord), byName::toString);
        assertFalse(byName.toString().contains("返乡意向"), byName::toString);
    }

    @Test
    void onlyStaffSeeTheNotesOnTheProfilePage() {
        String office = profile("office");
        assertTrue(office.contains(noteWord), "the office reads the talent's notes");
        assertTrue(office.contains(relationWord), "and the relation's note");

        String manager = profile(MANAGER);
        assertTrue(manager.contains(name), "the manager reads the profile");
        assertFalse(manager.contains(noteWord), "but not the talent's notes");
        assertFalse(manager.contains(relationWord), "nor the relation's note");
        assertFalse(manager.contains("返乡意向"));
    }

    /** the profile page's HTML as the user's session receives it */
    private static String profile(String user) {
        Browser browser = SESSION.browser();
        browser.reset();
        browser.login(user, Api.PASSWORD);
        HttpResponse<String> r = browser.fetch("/talents/profile.xhtml?id=" + id);
        assertEquals(200, r.statusCode(), r::body);
        return r.body();
    }
}
