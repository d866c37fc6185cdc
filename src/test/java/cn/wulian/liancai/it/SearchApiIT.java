package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.byName;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.hitIds;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.read;
import static cn.wulian.liancai.it.Fixtures.search;
import static cn.wulian.liancai.it.Fixtures.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/search?q=}: Simplified and Traditional find each other, the index follows every
 * change at once, personal data is searchable only by staff, and a bad query is a 400.
 * Every talent created here has a name found nowhere else in the demo data.
 */
@ExtendWith(RunningApp.class)
class SearchApiIT {

    private static JsonObject onlyHit(Api api, String q, long id) {
        JsonObject result = search(api, q);
        assertEquals(List.of(id), hitIds(result), () -> "search " + q + ": " + result);
        assertEquals(1, result.getJsonNumber("total").longValue());
        return result.getJsonArray("hits").getJsonObject(0);
    }

    private static void assertFinds(Api api, String q, long id) {
        JsonObject result = search(api, q);
        assertTrue(hitIds(result).contains(id), () -> "search " + q + " misses " + id + ": " + result);
    }

    private static void assertMisses(Api api, String q, long id) {
        JsonObject result = search(api, q);
        assertFalse(hitIds(result).contains(id), () -> "search " + q + " should not find " + id + ": " + result);
    }

    @Test
    void hitsHaveTheDocumentedShape() {
        long id = id(create(talent("莲才形状丙").add("school", "莲才形状学院")));
        JsonObject hit = onlyHit(OFFICE, "莲才形状丙", id);
        assertEquals("talent", hit.getString("type"));
        assertEquals("莲才形状丙", hit.getString("title"));
        assertTrue(hit.getString("highlight").contains("<em>"), hit::toString);
    }

    @Test
    void highlightsAreEscapedHtml() {
        long id = id(create(talent("莲才标记庚").add("employer", "<script>alert(1)</script>莲才标记公司")));
        String highlight = onlyHit(OFFICE, "莲才标记公司", id).getString("highlight");
        assertTrue(highlight.contains("<em>"), highlight);
        assertFalse(highlight.replace("<em>", "").replace("</em>", "").contains("<"), () -> "unescaped markup in " + highlight);
        assertTrue(highlight.contains("&lt;script&gt;"), highlight);
    }

    @Test
    void aTraditionalRecordIsFoundBySimplifiedAndTraditionalQueries() {
        long id = id(create(talent("蓮才測試甲").add("school", "山東大學").add("employer", "莲才测试繁体单位甲")));
        JsonObject hit = onlyHit(OFFICE, "莲才测试甲", id);
        assertEquals("蓮才測試甲", hit.getString("title"), "the title is the name as written");
        assertTrue(hit.getString("highlight").contains("<em>蓮才測試甲</em>"), hit::toString);
        onlyHit(OFFICE, "蓮才測試甲", id);
        onlyHit(Api.as("mgr-fatong"), "莲才测试甲", id);
        assertFinds(OFFICE, "山东大学", id);
        assertFinds(OFFICE, "山東大學", id);
        onlyHit(OFFICE, "山东大学 莲才测试繁体单位甲", id);
    }

    @Test
    void aSimplifiedRecordIsFoundByTraditionalQueries() {
        long id = id(create(talent("莲才测验乙").add("school", "华东师范大学").add("employer", "莲才测验简体单位乙")));
        onlyHit(OFFICE, "蓮才測驗乙", id);
        onlyHit(OFFICE, "莲才测验乙", id);
        assertFinds(OFFICE, "華東師範大學", id);
        onlyHit(OFFICE, "蓮才測驗簡體單位乙", id);
    }

    @Test
    void sunFindsTalentsWrittenSun() {
        JsonObject xiaolian = byName("孫曉蓮");
        onlyHit(OFFICE, "孙晓莲", id(xiaolian));
        // every talent whose name is written with 孫 is among the hits for 孙
        Api.Reply traditional = OFFICE.get("/api/talents?limit=200&name=" + Api.q("孫"));
        Set<Long> writtenTraditional = new HashSet<>();
        traditional.json().getJsonArray("rows").getValuesAs(JsonObject.class).forEach(t -> writtenTraditional.add(id(t)));
        assertTrue(writtenTraditional.size() >= 2, "the demo has 孫曉蓮 and 孫岩博: " + writtenTraditional);
        Set<Long> found = new HashSet<>();
        long total = Long.MAX_VALUE;
        for (int offset = 0; offset < total && offset < 1000; offset += 100) {
            Api.Reply r = OFFICE.get("/api/search?q=" + Api.q("孙") + "&limit=100&offset=" + offset);
            assertEquals(200, r.status(), r::body);
            total = r.json().getJsonNumber("total").longValue();
            found.addAll(hitIds(r.json()));
        }
        assertTrue(found.containsAll(writtenTraditional), () -> "孙 misses some 孫: " + writtenTraditional + " not all in " + found);
    }

    @Test
    void theIndexFollowsRegisterUpdateAndDelete() {
        long id = id(create(talent("莲才索引丁").add("school", "莲才第一实验学院")));
        onlyHit(OFFICE, "莲才第一实验学院", id);

        JsonObject t = read(id);
        Api.Reply put = OFFICE.put("/api/talents/" + id, talent("莲才索引丁").add("school", "莲才第二实验学院")
                .add("version", t.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, put.status(), put::body);
        onlyHit(OFFICE, "莲才第二实验学院", id);
        assertMisses(OFFICE, "莲才第一实验学院", id);
        assertEquals(0, search(OFFICE, "莲才第一实验学院").getJsonNumber("total").longValue(), "the old school is gone from the index");

        assertEquals(204, OFFICE.delete("/api/talents/" + id).status());
        assertEquals(0, search(OFFICE, "莲才第二实验学院").getJsonNumber("total").longValue());
        assertEquals(0, search(OFFICE, "莲才索引丁").getJsonNumber("total").longValue());
    }

    @Test
    void aNameIsFoundByItsPinyinWholeByInitialsAndMixedAndFollowsARename() {
        String tail = Fixtures.unique("").strip();
        long id = id(create(talent("单伟强 " + tail)));
        for (Api api : List.of(OFFICE, Api.as("mgr-fatong"))) {
            onlyHit(api, "shan wei qiang " + tail, id);
            onlyHit(api, "ShànWěiQiáng " + tail, id);
            onlyHit(api, "swq " + tail, id);
            onlyHit(api, "单wq " + tail, id);
        }
        assertMisses(OFFICE, "dan wei qiang " + tail, id);

        JsonObject t = read(id);
        Api.Reply put = OFFICE.put("/api/talents/" + id, talent("曾伟强 " + tail).add("version", t.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, put.status(), put::body);
        onlyHit(OFFICE, "zeng wei qiang " + tail, id);
        onlyHit(OFFICE, "zwq " + tail, id);
        assertMisses(OFFICE, "shan wei qiang " + tail, id);
    }

    @Test
    void theAnswerCountsTypesAndFacetsNarrowsSortsInPinyinAndPagesAfterACursor() {
        String tail = Fixtures.unique("").strip();
        long zeng = id(create(talent("曾涛 " + tail).add("degree", "DOCTORATE").add("city", "青岛")));
        long ai = id(create(talent("艾丽 " + tail).add("degree", "MASTER").add("city", "青岛")));
        long shan = id(create(talent("单明 " + tail).add("degree", "DOCTORATE").add("city", "济南")));
        long ours = id(TeamFixtures.createTeam(OFFICE, TeamFixtures.team("校友团队 " + tail, "fatong").build()));
        long theirs = id(TeamFixtures.createTeam(OFFICE, TeamFixtures.team("海洋团队 " + tail, "kunshan").build()));

        JsonObject all = OFFICE.get("/api/search?q=" + Api.q(tail)).json();
        assertEquals(5, all.getJsonNumber("total").longValue(), all::toString);
        assertEquals(Json.createObjectBuilder().add("talent", 3).add("team", 2).build(), all.getJsonObject("types"));
        assertEquals(Json.createArrayBuilder().add(facet("DOCTORATE", 2)).add(facet("MASTER", 1)).build(),
                all.getJsonObject("facets").getJsonArray("degree"), "most first");
        assertEquals(Json.createArrayBuilder().add(facet("青岛", 2)).add(facet("济南", 1)).build(), all.getJsonObject("facets").getJsonArray("city"));

        // a manager counts only what they may open: their platform's team, not the other's
        JsonObject manager = Api.as("mgr-fatong").get("/api/search?q=" + Api.q(tail)).json();
        assertEquals(Json.createObjectBuilder().add("talent", 3).add("team", 1).build(), manager.getJsonObject("types"));
        assertEquals(Json.createArrayBuilder().add(facet("fatong", 1)).build(), manager.getJsonObject("facets").getJsonArray("platform"));
        assertTrue(hitIds(manager).contains(ours) && !hitIds(manager).contains(theirs), manager::toString);

        // narrowed by a facet, sorted by name in pinyin (ai, shan — 单 as a surname —, zeng), two to a page
        String query = "/api/search?q=" + Api.q(tail) + "&type=talent&sort=name&limit=2";
        JsonObject first = OFFICE.get(query).json();
        assertEquals(List.of(ai, shan), hitIds(first));
        assertEquals(Json.createObjectBuilder().add("talent", 3).add("team", 2).build(), first.getJsonObject("types"), "the tabs keep counting");
        JsonObject second = OFFICE.get(query + "&after=" + Api.q(first.getString("next"))).json();
        assertEquals(List.of(zeng), hitIds(second));
        assertTrue(!second.containsKey("next") || second.isNull("next"), () -> "the last page has no next: " + second);
        JsonObject doctors = OFFICE.get("/api/search?q=" + Api.q(tail) + "&degree=DOCTORATE&sort=name").json();
        assertEquals(List.of(shan, zeng), hitIds(doctors));
        JsonObject either = OFFICE.get("/api/search?q=" + Api.q(tail) + "&degree=DOCTORATE&degree=MASTER&city=青岛&sort=name").json();
        assertEquals(List.of(ai, zeng), hitIds(either), "either degree, and the city");

        Fixtures.assertRejected(OFFICE.get("/api/search?q=" + Api.q(tail) + "&sort=height"), "sort");
        Fixtures.assertRejected(OFFICE.get("/api/search?q=" + Api.q(tail) + "&after=nonsense"), "after");
        Fixtures.assertRejected(OFFICE.get("/api/search?q=" + Api.q(tail) + "&sort=relevance&after=" + Api.q(first.getString("next"))), "after");
    }

    @Test
    void suggestionsFollowWhatIsTypedAndWhoAsks() {
        String tail = Fixtures.unique("").strip();
        long talent = id(create(talent("尉迟敬 " + tail)));
        long ours = id(TeamFixtures.createTeam(OFFICE, TeamFixtures.team("尉迟团队 " + tail, "fatong").build()));
        long theirs = id(TeamFixtures.createTeam(OFFICE, TeamFixtures.team("尉迟海洋 " + tail, "kunshan").build()));
        Api.Reply office = OFFICE.get("/api/search/suggest?q=" + Api.q(tail));
        assertEquals(200, office.status(), office::body);
        List<JsonObject> all = office.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(Set.of(talent, ours, theirs), Set.copyOf(all.stream().map(s -> s.getJsonNumber("id").longValue()).toList()));
        JsonObject person = all.stream().filter(s -> s.getString("type").equals("talent")).findFirst().orElseThrow();
        assertEquals("尉迟敬 " + tail, person.getString("title"));
        assertEquals("/talents/profile.xhtml?id=" + talent, person.getString("href"));
        // by pinyin as it is typed: the surname read as a surname (yuchi, not weichi)
        List<Long> typed = Api.as("mgr-fatong").get("/api/search/suggest?q=" + Api.q("yuchij " + tail)).jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(talent), typed);
        List<Long> manager = Api.as("mgr-fatong").get("/api/search/suggest?q=" + Api.q(tail)).jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("id").longValue()).toList();
        assertTrue(manager.contains(ours) && !manager.contains(theirs), "a manager is offered their platform's team only: " + manager);
        assertEquals(403, Api.as("reviewer1").get("/api/search/suggest?q=" + Api.q(tail)).status());
        assertEquals("[]", OFFICE.get("/api/search/suggest?q=").body().strip(), "nothing typed, nothing suggested");
    }

    private static JsonObject facet(String value, long count) {
        return Json.createObjectBuilder().add("value", value).add("count", count).build();
    }

    @Test
    void aValueIsFoundWhenTypedExactlyAsStored() {
        // a Han run directly followed by digits or Latin letters, copied from the record into the search box
        long id = id(create(talent("莲才混排戊").add("employer", "华为2012实验室").add("notes", "已带动就业80余人")));
        assertFinds(OFFICE, "华为 2012 实验室", id);
        assertFinds(OFFICE, "华为2012实验室", id);
        assertFinds(OFFICE, "带动就业80", id);
    }

    // ---- policies, applications, nominations

    /** the hits of one search, as {@code type:id} (a policy's id is its current version's, not known here: {@code policy}) */
    private static Set<String> typedHits(Api api, String q) {
        Api.Reply r = api.get("/api/search?limit=100&q=" + Api.q(q));
        assertEquals(200, r.status(), r::body);
        Set<String> hits = new HashSet<>();
        r.json().getJsonArray("hits").getValuesAs(JsonObject.class).forEach(h -> hits.add(
                h.getString("type").equals("policy") ? "policy" : h.getString("type") + ":" + id(h)));
        return hits;
    }

    /**
     * The administrator's check finds these types in step: every document written after its commit
     * carries the stamp the database gives now (the versions it shows), so start-up would rebuild none
     */
    private static void assertInStep(String... types) {
        Api.Reply r = Api.as("admin").post("/api/admin/search-index/verification", "");
        assertEquals(200, r.status(), r::body);
        Set<String> wanted = Set.of(types);
        List<JsonObject> kinds = r.json().getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
                .filter(k -> wanted.contains(k.getString("type"))).toList();
        assertEquals(wanted.size(), kinds.size(), r::body);
        kinds.forEach(k -> assertTrue(k.getBoolean("inStep"), k::toString));
    }

    @Test
    void aPolicyAndItsApplicationsAreFoundByWhoMayOpenThemAndFollowANewName() {
        String tail = Fixtures.unique("").strip();
        String name = "莲才扶持" + tail;
        String code = ApplicationFixtures.policy(ApplicationFixtures.cashPolicy("100000", "1000000", null, null, 1).add("name", name));
        long fatong = id(ApplicationFixtures.submitted(OFFICE, code, ApplicationFixtures.team("fatong"), null));
        long kunshan = id(ApplicationFixtures.submitted(OFFICE, code, ApplicationFixtures.team("kunshan"), null));
        assertEquals(Set.of("policy", "application:" + fatong, "application:" + kunshan), typedHits(OFFICE, name));
        assertEquals(Set.of("policy", "application:" + fatong), typedHits(Api.as("mgr-fatong"), name));
        assertEquals(Set.of("policy", "application:" + kunshan), typedHits(Api.as("mgr-kunshan"), name));
        assertEquals(403, Api.as("reviewer1").get("/api/search?q=" + Api.q(name)).status());

        JsonObject all = search(OFFICE, name);
        assertEquals(1, all.getJsonObject("types").getJsonNumber("policy").longValue());
        assertEquals(2, all.getJsonObject("types").getJsonNumber("application").longValue());
        JsonObject onlyApplications = OFFICE.get("/api/search?type=application&q=" + Api.q(name)).json();
        assertEquals(Set.of(fatong, kunshan), Set.copyOf(hitIds(onlyApplications)));
        // a status in words, narrowed to the platform
        assertEquals(List.of(fatong), hitIds(OFFICE.get("/api/search?platform=fatong&q=" + Api.q(name + " 待审批")).json()));
        ApplicationFixtures.stepOk(fatong, "REJECTED", null, "材料不全");
        assertEquals(List.of(fatong), hitIds(OFFICE.get("/api/search?type=application&q=" + Api.q(name + " 已驳回")).json()));

        // a new version with a new name: the policy and its applications are found by it, no longer by the old one
        String renamed = "莲才新扶持" + tail;
        Api.Reply edited = OFFICE.put("/api/policies/" + code, ApplicationFixtures.cashPolicy("100000", "1000000", null, null, 1)
                .add("code", code).add("name", renamed).add("version", 1).build().toString());
        assertEquals(200, edited.status(), edited::body);
        assertEquals(Set.of("policy", "application:" + fatong, "application:" + kunshan), typedHits(OFFICE, renamed));
        // the applications still show the version they were made under; the policy is found by its current version only
        assertEquals(Set.of("application:" + fatong, "application:" + kunshan), typedHits(OFFICE, name));
        assertInStep("policy", "application");
    }

    @Test
    void aNominationIsFoundByTheOfficeAndTheNominatingPlatformAndFollowsTheNomineesName() {
        String tail = Fixtures.unique("").strip();
        int year = BrowserAwardIT.freeYear();
        String cycleName = "莲才评选" + tail;
        long cycle = AwardsApiIT.open(AwardsApiIT.cycle(year, 2, Json.createObjectBuilder().add("all", Json.createArrayBuilder()).build())
                .add("name", cycleName));
        long nomineeOfFatong = id(create(talent("莲才候选甲 " + tail)));
        long nomineeOfOffice = id(create(talent("莲才候选乙 " + tail)));
        Api.Reply byManager = AwardsApiIT.nominate(Api.as("mgr-fatong"), cycle, "innovation", nomineeOfFatong);
        assertEquals(201, byManager.status(), byManager::body);
        long fromFatong = id(byManager.json());
        Api.Reply byOffice = AwardsApiIT.nominate(OFFICE, cycle, "service", nomineeOfOffice);
        assertEquals(201, byOffice.status(), byOffice::body);
        long fromOffice = id(byOffice.json());

        assertEquals(Set.of("nomination:" + fromFatong, "nomination:" + fromOffice), typedHits(OFFICE, cycleName));
        assertEquals(Set.of("nomination:" + fromFatong), typedHits(Api.as("mgr-fatong"), cycleName));
        assertEquals(Set.of(), typedHits(Api.as("mgr-kunshan"), cycleName));
        assertEquals(403, Api.as("reviewer1").get("/api/search?q=" + Api.q(cycleName)).status());

        Api.Reply put = OFFICE.put("/api/talents/" + nomineeOfFatong, talent("莲才改名丙 " + tail)
                .add("version", read(nomineeOfFatong).getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, put.status(), put::body);
        JsonObject renamed = OFFICE.get("/api/search?type=nomination&q=" + Api.q("莲才改名丙 " + tail)).json();
        assertEquals(List.of(fromFatong), hitIds(renamed));
        assertTrue(renamed.getJsonArray("hits").getJsonObject(0).getString("title").startsWith("莲才改名丙 " + tail + " · " + year), renamed::toString);

        // the cycle's new name: its nominations are found by it, no longer by the old one
        String newCycleName = "莲才新评选" + tail;
        long version = OFFICE.get("/api/award-cycles/" + cycle).json().getJsonNumber("version").longValue();
        Api.Reply revised = OFFICE.put("/api/award-cycles/" + cycle, AwardsApiIT.cycle(year, 2, Json.createObjectBuilder()
                .add("all", Json.createArrayBuilder()).build()).add("name", newCycleName).add("version", version).build().toString());
        assertEquals(200, revised.status(), revised::body);
        assertEquals(Set.of("nomination:" + fromFatong, "nomination:" + fromOffice), typedHits(OFFICE, newCycleName));
        assertEquals(Set.of(), typedHits(OFFICE, cycleName));
        assertInStep("nomination");
    }

    @Test
    void schoolsAndEmployersAreSuggestedBesideTheRecords() {
        String tail = Fixtures.unique("").strip();
        String school = "莲才学院" + tail;
        long first = id(create(talent("莲才校友甲 " + tail).add("school", school).add("employer", "莲才公司" + tail)));
        id(create(talent("莲才校友乙 " + tail).add("school", school)));
        Api.Reply r = Api.as("mgr-fatong").get("/api/search/suggest?q=" + Api.q("莲才学院" + tail));
        assertEquals(200, r.status(), r::body);
        List<JsonObject> all = r.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject value = all.stream().filter(s -> s.getString("kind").equals("school")).findFirst().orElseThrow(() -> new AssertionError(r.body()));
        assertEquals(school, value.getString("title"));
        assertEquals("/search.xhtml?q=" + java.net.URLEncoder.encode(school, java.nio.charset.StandardCharsets.UTF_8), value.getString("href"));
        assertFalse(value.containsKey("type") || value.containsKey("id"), "a value is no record: " + value);
        assertEquals(1, all.stream().filter(s -> s.getString("kind").equals("school")).count(), "one school, however many talents: " + all);

        Api.Reply employer = OFFICE.get("/api/search/suggest?q=" + Api.q("莲才公司" + tail));
        List<JsonObject> employers = employer.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("employer"), employers.stream().map(s -> s.getString("kind")).filter(k -> !k.equals("record")).toList());
        assertTrue(employers.stream().filter(s -> s.getString("kind").equals("record")).allMatch(s -> s.containsKey("type") && s.containsKey("id")));
        // what the suggestion leads to: the search finds the talents with that school
        assertTrue(hitIds(search(OFFICE, school)).contains(first));
        assertEquals(403, Api.as("reviewer1").get("/api/search/suggest?q=" + Api.q(school)).status());
    }

    // ---- personal data

    static final String PHONE = "19912340001";
    static final String EMAIL = "lianzhang0001@example.org";

    @Test
    void staffFindATalentByPhoneButOthersDoNot() {
        long id = id(create(talent("莲才电话己").add("phone", PHONE).add("email", EMAIL).add("wechat", "wx_lianzhang0001")));
        JsonObject hit = onlyHit(OFFICE, PHONE, id);
        assertTrue(hit.getString("highlight").contains("<em>" + PHONE + "</em>"), hit::toString);
        onlyHit(Api.as("office2"), "199 1234 0001", id);
        onlyHit(Api.as("admin"), EMAIL, id);

        for (String user : new String[] {"mgr-shibei", "mgr-fatong"}) {
            Api api = Api.as(user);
            for (String q : new String[] {PHONE, "199-1234-0001", "0001", EMAIL, "wx_lianzhang0001", "personal:" + PHONE}) {
                JsonObject result = search(api, q);
                assertFalse(hitIds(result).contains(id), () -> user + " found a talent by personal data " + q + ": " + result);
                assertFalse(result.toString().contains(PHONE), () -> user + " sees the phone: " + result);
            }
            // found by the name, or by name OR phone, without the phone in the highlight
            for (String q : new String[] {"莲才电话己", "莲才电话己 OR " + PHONE}) {
                JsonObject result = search(api, q);
                assertEquals(List.of(id), hitIds(result), () -> user + " " + q + ": " + result);
                String highlight = result.getJsonArray("hits").getJsonObject(0).getString("highlight");
                assertFalse(highlight.contains(PHONE), () -> user + " highlight shows the phone: " + highlight);
                assertFalse(highlight.contains("0001"), () -> user + " highlight shows the phone's tail: " + highlight);
                assertFalse(highlight.contains(EMAIL), () -> user + " highlight shows the e-mail: " + highlight);
            }
        }
    }

    // ---- bad queries

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"AND", "", "   ", "OR OR", "NOT"})
    void aMalformedQueryIs400WithAJsonError(String q) {
        Api.Reply r = OFFICE.get("/api/search?q=" + Api.q(q));
        assertEquals(400, r.status(), () -> "[" + q + "] answered " + r.status() + " " + r.body());
        JsonObject body = assertErrorBody(r);
        assertTrue(body.getJsonObject("fields").containsKey("q"), r::body);
    }

    /** text that is no query is searched as the words typed: a clerk is not asked to learn the syntax */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"\"abc", "(", ")", "a AND", "[1 TO", "*", "abc\\", "/a{9999999}/", "{", "\"五莲"})
    void textThatIsNoQueryIsSearchedAsItsWords(String q) {
        Api.Reply r = OFFICE.get("/api/search?q=" + Api.q(q));
        assertEquals(200, r.status(), () -> "[" + q + "] answered " + r.status() + " " + r.body());
    }

    @Test
    void aMissingOrOverlongQueryIs400() {
        Api.Reply missing = OFFICE.get("/api/search");
        assertEquals(400, missing.status(), missing::body);
        assertErrorBody(missing);
        Api.Reply overlong = OFFICE.get("/api/search?q=" + "莲".repeat(300));
        assertEquals(400, overlong.status(), overlong::body);
        assertErrorBody(overlong);
    }

    @Test
    void malformedQueriesAreExplainedInEnglishOnRequest() {
        Api.Reply r = Api.as("office").inEnglish().get("/api/search?q=" + Api.q("AND"));
        assertEquals(400, r.status());
        assertTrue(r.json().getString("error").startsWith("Cannot read the search"), r::body);
    }

    @Test
    void twentySixFuzzyLettersAreRefusedNamingTheQueryNotAServerError() {
        String everyLetterFuzzy = String.join(" ", "abcdefghijklmnopqrstuvwxyz".chars().mapToObj(c -> (char) c + "~").toList());
        Api.Reply r = OFFICE.get("/api/search?q=" + Api.q(everyLetterFuzzy));
        assertEquals(400, r.status(), r::body);
        assertTrue(r.json().getJsonObject("fields").getString("q").contains("太复杂"), r::body);
    }

    @Test
    void paginationWorksAndOutOfRangeValuesAreNoServerError() {
        JsonObject all = search(OFFICE, "孙");
        long total = all.getJsonNumber("total").longValue();
        assertTrue(total > 3, all::toString);
        Api.Reply first = OFFICE.get("/api/search?q=" + Api.q("孙") + "&limit=2&offset=0");
        Api.Reply second = OFFICE.get("/api/search?q=" + Api.q("孙") + "&limit=2&offset=2");
        assertEquals(2, hitIds(first.json()).size());
        assertEquals(total, first.json().getJsonNumber("total").longValue());
        assertNotEquals(hitIds(first.json()), hitIds(second.json()));
        assertEquals(hitIds(all).subList(0, 4), java.util.stream.Stream.concat(hitIds(first.json()).stream(), hitIds(second.json()).stream()).toList());

        for (String paging : new String[] {"&offset=20000", "&offset=-5", "&limit=0", "&limit=100000"}) {
            Api.Reply r = OFFICE.get("/api/search?q=" + Api.q("孙") + paging);
            assertTrue(r.status() == 200 || r.status() == 400, () -> paging + " answered " + r.status() + " " + r.body());
            if (r.status() == 400) {
                assertErrorBody(r);
            }
        }
    }

    @Test
    void aNonNumericLimitIs400NotNotFound() {
        Api.Reply r = OFFICE.get("/api/search?q=" + Api.q("孙") + "&limit=abc");
        assertEquals(400, r.status(), r::body);
        assertErrorBody(r);
    }

    @Test
    void theTypeFilterNarrowsTheHits() {
        JsonObject talents = OFFICE.get("/api/search?type=talent&q=" + Api.q("孙")).json();
        assertTrue(talents.getJsonNumber("total").longValue() > 0);
        assertTrue(talents.getJsonArray("hits").getValuesAs(JsonObject.class).stream().allMatch(h -> "talent".equals(h.getString("type"))));
        JsonObject none = OFFICE.get("/api/search?type=nosuchtype&q=" + Api.q("孙")).json();
        assertEquals(0, none.getJsonNumber("total").longValue());
    }

    @Test
    void projectsAreFoundByWhoeverMaySeeThemInLists() {
        long shibei = id(ProjectFixtures.create(OFFICE, ProjectFixtures.project("莲才搜索項目甲 石材尾料", "shibei").build()));
        JsonObject hit = onlyHit(OFFICE, "莲才搜索项目甲", shibei);
        assertEquals("project", hit.getString("type"));
        onlyHit(Api.as("mgr-shibei"), "莲才搜索項目甲", shibei);
        assertMisses(Api.as("mgr-fatong"), "莲才搜索项目甲", shibei);
        assertEquals(403, Api.as("reviewer1").get("/api/search?q=" + Api.q("莲才搜索项目甲")).status(), "a reviewer searches nothing");

        // the index follows a change of platform: the old platform's manager loses it, the new one finds it
        JsonObject p = ProjectFixtures.read(shibei);
        assertEquals(200, OFFICE.put("/api/projects/" + shibei, ProjectFixtures.project("莲才搜索项目甲 石材尾料", "fatong")
                .add("version", p.getJsonNumber("version").longValue()).build().toString()).status());
        assertMisses(Api.as("mgr-shibei"), "莲才搜索项目甲", shibei);
        assertFinds(Api.as("mgr-fatong"), "莲才搜索项目甲", shibei);
        assertEquals(204, OFFICE.delete("/api/projects/" + shibei).status());
        assertMisses(OFFICE, "莲才搜索项目甲", shibei);
    }

    @Test
    void platformsAreFoundByOfficeAndManagers() {
        for (String user : List.of("office", "mgr-kunshan")) {
            JsonObject result = Api.as(user).get("/api/search?type=platform&q=" + Api.q("法桐")).json();
            assertEquals(List.of("法桐小院"), result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                    .map(h -> h.getString("title")).toList(), () -> user + ": " + result);
        }
        assertEquals(1, OFFICE.get("/api/search?type=platform&q=" + Api.q("崑山智谷")).json().getJsonNumber("total").longValue(),
                "Traditional finds the platform written in Simplified");
    }
}
