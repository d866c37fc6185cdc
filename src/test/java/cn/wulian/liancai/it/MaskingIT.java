package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal data (phone, e-mail, WeChat) in full for office staff, masked for managers. Reviewers
 * read no talent records at all (ReviewerPrivilegeIT); their nominees' data, masked, comes through
 * the award (AwardsApiIT).
 */
@ExtendWith(RunningApp.class)
class MaskingIT {

    static final String PHONE = "13987655678";
    static final String EMAIL = "zhanglianhua@example.com";
    static final String WECHAT = "wx_zhanglh88";

    static long id;
    static String name;

    @BeforeAll
    static void aTalentWithPersonalData() {
        name = unique("脱敏");
        id = id(create(talent(name).add("phone", PHONE).add("email", EMAIL).add("wechat", WECHAT)
                .add("school", "山东大学").add("employer", "浪潮集团")));
    }

    private static JsonObject one(String user) {
        Api.Reply r = Api.as(user).get("/api/talents/" + id);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    private static JsonObject inList(String user) {
        Api.Reply r = Api.as(user).get("/api/talents?name=" + Api.q(name));
        assertEquals(200, r.status(), r::body);
        assertEquals(1, r.json().getJsonArray("rows").size(), r::body);
        return r.json().getJsonArray("rows").getJsonObject(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"office", "office2", "admin"})
    void staffSeeEverything(String user) {
        for (JsonObject t : new JsonObject[] {one(user), inList(user)}) {
            assertEquals(PHONE, t.getString("phone"));
            assertEquals(EMAIL, t.getString("email"));
            assertEquals(WECHAT, t.getString("wechat"));
            assertFalse(t.getBoolean("masked"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mgr-fatong", "mgr-cas"})
    void othersSeeMaskedPersonalData(String user) {
        for (JsonObject t : new JsonObject[] {one(user), inList(user)}) {
            assertEquals("139****5678", t.getString("phone"));
            assertEquals("z***@example.com", t.getString("email"));
            assertEquals("wx***", t.getString("wechat"));
            assertTrue(t.getBoolean("masked"));
            // what is not personal stays readable
            assertEquals(name, t.getString("name"));
            assertEquals("山东大学", t.getString("school"));
            assertEquals("浪潮集团", t.getString("employer"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mgr-shibei", "mgr-fatong"})
    void noMaskedCallerSeesThePersonalDataAnywhereInTheList(String user) {
        Api.Reply r = Api.as(user).get("/api/talents?limit=200&sort=name");
        assertEquals(200, r.status());
        assertFalse(r.body().contains(PHONE), "full phone in a masked list");
        for (JsonObject t : r.json().getJsonArray("rows").getValuesAs(JsonObject.class)) {
            assertTrue(t.getBoolean("masked"), t::toString);
            String phone = Fixtures.str(t, "phone");
            assertTrue(phone == null || phone.contains("****"), () -> "unmasked phone " + t);
            String email = Fixtures.str(t, "email");
            assertTrue(email == null || email.contains("***"), () -> "unmasked email " + t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mgr-shibei", "mgr-fatong"})
    void maskedCallersDoNotSeePersonalDataInSearchHits(String user) {
        JsonObject result = Fixtures.search(Api.as(user), name);
        assertEquals(1, result.getJsonNumber("total").longValue(), result::toString);
        String highlight = result.getJsonArray("hits").getJsonObject(0).getString("highlight");
        assertFalse(highlight.contains(PHONE), highlight);
        assertFalse(highlight.contains(EMAIL), highlight);
        assertFalse(highlight.contains(WECHAT), highlight);
    }
}
