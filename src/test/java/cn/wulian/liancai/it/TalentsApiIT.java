package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.read;
import static cn.wulian.liancai.it.Fixtures.rows;
import static cn.wulian.liancai.it.Fixtures.str;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.total;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import cn.wulian.liancai.search.control.Pinyin;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /api/talents}: register, read back, list, validate, update with optimistic locking, delete. */
@ExtendWith(RunningApp.class)
class TalentsApiIT {

    private static JsonObjectBuilder fullTalent(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("gender", "F")
                .add("birthYear", 1991)
                .add("township", "洪凝街道")
                .add("village", "西楼村")
                .add("degree", "MASTER")
                .add("school", "中国海洋大学")
                .add("major", "海洋化学")
                .add("graduationYear", 2016)
                .add("city", "青岛")
                .add("employer", "青岛海洋科学与技术试点国家实验室")
                .add("title", "助理研究员")
                .add("expertise", Json.createArrayBuilder().add("海洋化学").add("新材料"))
                .add("phone", "13912345678")
                .add("email", "lianhua@example.com")
                .add("wechat", "wx_lianhua91")
                .add("stage", "ENGAGED")
                .add("liaison", "office2")
                .add("notes", "在青岛工作，愿意回乡交流");
    }

    // ---- create and read back

    @Test
    void registerAnswers201WithLocationIdAndVersion() {
        String name = unique("注册");
        Api.Reply r = OFFICE.post("/api/talents", fullTalent(name).build().toString());
        assertEquals(201, r.status(), r::body);
        JsonObject created = r.json();
        long id = id(created);
        assertTrue(id > 0);
        assertTrue(created.containsKey("version"), r::body);
        String location = r.header("Location");
        assertNotNull(location, "201 without Location");
        assertTrue(location.endsWith("/api/talents/" + id), location);
        Api.Reply at = OFFICE.get(location.substring(location.indexOf("/api/")));
        assertEquals(200, at.status(), "the Location must be readable: " + location);
        assertEquals(created, at.json(), "the 201 body is the stored talent");
    }

    @Test
    void whatWasSentIsWhatIsReadBack() {
        String name = unique("回读");
        long id = id(create(fullTalent(name)));
        JsonObject t = read(id);
        assertAll(
                () -> assertEquals(name, t.getString("name")),
                () -> assertEquals("F", t.getString("gender")),
                () -> assertEquals(1991, t.getInt("birthYear")),
                () -> assertEquals("洪凝街道", t.getString("township")),
                () -> assertEquals("371121001", t.getString("townshipCode")),
                () -> assertEquals("西楼村", t.getString("village")),
                () -> assertEquals("MASTER", t.getString("degree")),
                () -> assertEquals("中国海洋大学", t.getString("school")),
                () -> assertEquals("海洋化学", t.getString("major")),
                () -> assertEquals(2016, t.getInt("graduationYear")),
                () -> assertEquals("青岛", t.getString("city")),
                () -> assertEquals("青岛海洋科学与技术试点国家实验室", t.getString("employer")),
                () -> assertEquals("助理研究员", t.getString("title")),
                () -> assertEquals(List.of("海洋化学", "新材料"), t.getJsonArray("expertise").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList()),
                () -> assertEquals("13912345678", t.getString("phone")),
                () -> assertEquals("lianhua@example.com", t.getString("email")),
                () -> assertEquals("wx_lianhua91", t.getString("wechat")),
                () -> assertEquals("ENGAGED", t.getString("stage")),
                () -> assertEquals("office2", t.getString("liaison")),
                () -> assertEquals("在青岛工作，愿意回乡交流", t.getString("notes")),
                () -> assertFalse(t.getBoolean("masked")));
    }

    @Test
    void townshipMayBeGivenByCodeAndIsAnsweredWithNameAndCode() {
        long id = id(create(talent(unique("乡镇代码")).add("township", "371121105")));
        JsonObject t = read(id);
        assertEquals("于里镇", t.getString("township"));
        assertEquals("371121105", t.getString("townshipCode"));
    }

    @Test
    void aNewTalentWithoutStageIsIdentified() {
        assertEquals("IDENTIFIED", read(id(create(talent(unique("默认阶段"))))).getString("stage"));
    }

    @Test
    void referrerIsLinkedByIdAndNamed() {
        JsonObject referrer = create(talent(unique("引荐人")));
        long id = id(create(talent(unique("被引荐")).add("referrerId", id(referrer))));
        JsonObject t = read(id);
        assertEquals(id(referrer), t.getJsonNumber("referrerId").longValue());
        assertEquals(referrer.getString("name"), t.getString("referrerTalentName"));
    }

    // ---- list

    @Test
    void listPagesAndSortsByName() {
        long total = total();
        assertTrue(total >= 320, "the demo population is loaded: " + total);
        Api.Reply first = OFFICE.get("/api/talents?limit=5&offset=0&sort=name&order=asc");
        Api.Reply second = OFFICE.get("/api/talents?limit=5&offset=5&sort=name&order=asc");
        Api.Reply both = OFFICE.get("/api/talents?limit=10&offset=0&sort=name&order=asc");
        assertEquals(total, first.json().getJsonNumber("total").longValue(), "total is the whole list, not the page");
        List<String> a = names(rows(first));
        List<String> b = names(rows(second));
        assertEquals(5, a.size());
        assertEquals(5, b.size());
        List<String> joined = new ArrayList<>(a);
        joined.addAll(b);
        assertEquals(names(rows(both)), joined, "pages follow each other without gaps or overlaps");
        assertSorted(joined, true);
        assertTrue(idsOf(rows(first)).stream().noneMatch(idsOf(rows(second))::contains));
    }

    /**
     * The list is served by the index: a name filter takes the name's pinyin as it is typed, names
     * sort in pinyin order (曾 zeng and 单 shan read as surnames; by code point 单 < 曾 < 阿), and a
     * rename is found under the new name at once and no longer under the old.
     */
    @Test
    void theListFiltersByPinyinSortsInPinyinOrderAndFollowsARename() {
        String employer = unique("拼音列表单位");
        String tail = employer.substring(employer.lastIndexOf(' ') + 1);
        long zeng = id(create(fullTalent("曾晓勤").add("employer", employer)));
        long shan = id(create(fullTalent("单立新").add("employer", employer)));
        long a = id(create(fullTalent("阿依古丽").add("employer", employer)));
        String list = "/api/talents?employer=" + Api.q(tail);

        assertEquals(List.of(a, shan, zeng), List.copyOf(idList(OFFICE.get(list + "&sort=name&order=asc"))));
        assertEquals(List.of(zeng, shan, a), List.copyOf(idList(OFFICE.get(list + "&sort=name&order=desc"))));
        assertEquals(List.of(zeng), idList(OFFICE.get(list + "&name=zxq")), "initials");
        assertEquals(List.of(shan), idList(OFFICE.get(list + "&name=" + Api.q("shan li"))), "单 as the surname shàn, typed so far");
        assertEquals(List.of(), idList(OFFICE.get(list + "&name=dan")), "not 单 dān when it is a surname");
        assertEquals(List.of(a), idList(OFFICE.get(list + "&name=" + Api.q("依古"))), "a part of the name");
        assertEquals(3, OFFICE.get(list + "&q=" + Api.q(tail)).json().getJsonNumber("total").longValue(), "the quick filter");
        assertEquals(List.of(shan, zeng), idList(Api.as("mgr-fatong").get(list + "&sort=name&order=asc&offset=1")),
                "a manager lists the registry too, a window of it");

        JsonObject read = read(zeng);
        assertEquals(200, OFFICE.put("/api/talents/" + zeng, fullTalent("查文博").add("employer", employer)
                .add("version", read.getJsonNumber("version").longValue()).build().toString()).status());
        assertEquals(List.of(zeng), idList(OFFICE.get(list + "&name=zha")), "查 zhā as a surname, found at once");
        assertEquals(List.of(), idList(OFFICE.get(list + "&name=zxq")), "the old name is gone");
        assertEquals(List.of(a, shan, zeng), idList(OFFICE.get(list + "&sort=name&order=asc")), "a li, shan, zha");
    }

    private static List<Long> idList(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::body);
        return rows(reply).getValuesAs(JsonObject.class).stream().map(t -> id(t)).toList();
    }

    @Test
    void listSortsDescending() {
        List<String> desc = names(rows(OFFICE.get("/api/talents?limit=20&sort=name&order=desc")));
        assertEquals(20, desc.size());
        assertSorted(desc, false);
        List<String> asc = names(rows(OFFICE.get("/api/talents?limit=20&sort=name&order=asc")));
        assertNotEquals(asc.get(0), desc.get(0));
    }

    @Test
    void listSortsByBirthYear() {
        List<Integer> years = new ArrayList<>();
        for (JsonObject t : rows(OFFICE.get("/api/talents?limit=50&sort=birthYear&order=asc&stage=RETURNED")).getValuesAs(JsonObject.class)) {
            if (t.containsKey("birthYear")) {
                years.add(t.getInt("birthYear"));
            }
        }
        assertTrue(years.size() > 5);
        for (int i = 1; i < years.size(); i++) {
            assertTrue(years.get(i - 1) <= years.get(i), "not ascending: " + years);
        }
    }

    @Test
    void stageFilterReturnsOnlyThatStage() {
        Api.Reply r = OFFICE.get("/api/talents?stage=RETURNED&limit=200");
        List<JsonObject> rows = rows(r).getValuesAs(JsonObject.class);
        long total = r.json().getJsonNumber("total").longValue();
        assertTrue(total >= 38, "the demo has 38 returned talents: " + total);
        assertTrue(total < total(), "a filter narrows the list");
        assertEquals(total, rows.size(), "every match fits one page of 200");
        assertTrue(rows.stream().allMatch(t -> "RETURNED".equals(t.getString("stage"))), "a row of another stage");
    }

    @Test
    void schoolFilterMatchesPartOfTheSchool() {
        Api.Reply r = OFFICE.get("/api/talents?school=" + Api.q("清华") + "&limit=200");
        List<JsonObject> rows = rows(r).getValuesAs(JsonObject.class);
        long total = r.json().getJsonNumber("total").longValue();
        assertTrue(total >= 8, "the demo has 8 talents from 清华: " + total);
        assertEquals(total, rows.size());
        assertTrue(rows.stream().allMatch(t -> str(t, "school") != null && t.getString("school").contains("清华")), r::body);
    }

    @Test
    void filtersCombineAndAnUnknownStageIsRefused() {
        Api.Reply both = OFFICE.get("/api/talents?limit=200&stage=ENGAGED&township=" + Api.q("洪凝街道"));
        List<JsonObject> rows = rows(both).getValuesAs(JsonObject.class);
        assertEquals(both.json().getJsonNumber("total").longValue(), rows.size());
        assertTrue(rows.stream().allMatch(t -> "ENGAGED".equals(t.getString("stage")) && "洪凝街道".equals(str(t, "township"))), both::body);
        // it answered an empty list, as if nobody were at that stage
        assertRejected(OFFICE.get("/api/talents?stage=FOO"), "stage");
    }

    @Test
    void nameFilterFindsACreatedTalent() {
        String name = unique("名字筛选");
        long id = id(create(talent(name)));
        Api.Reply r = OFFICE.get("/api/talents?name=" + Api.q(name));
        assertEquals(1, r.json().getJsonNumber("total").longValue());
        assertEquals(id, rows(r).getJsonObject(0).getJsonNumber("id").longValue());
    }

    // ---- validation

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("missing name", (Consumer<JsonObjectBuilder>) b -> b.remove("name"), "name"),
                Arguments.of("blank name", (Consumer<JsonObjectBuilder>) b -> b.add("name", "   "), "name"),
                Arguments.of("gender X", (Consumer<JsonObjectBuilder>) b -> b.add("gender", "X"), "gender"),
                Arguments.of("birthYear 1800", (Consumer<JsonObjectBuilder>) b -> b.add("birthYear", 1800), "birthYear"),
                Arguments.of("birthYear next century", (Consumer<JsonObjectBuilder>) b -> b.add("birthYear", 2150).remove("graduationYear"), "birthYear"),
                // the binder once narrowed these to 1982 and 1985, saved as if sent
                Arguments.of("birthYear past int", (Consumer<JsonObjectBuilder>) b -> b.add("birthYear", 4294969278L), "birthYear"),
                Arguments.of("birthYear with a fraction", (Consumer<JsonObjectBuilder>) b -> b.add("birthYear", new java.math.BigDecimal("1985.7")), "birthYear"),
                Arguments.of("email", (Consumer<JsonObjectBuilder>) b -> b.add("email", "not-an-email"), "email"),
                Arguments.of("email without a domain's dot", (Consumer<JsonObjectBuilder>) b -> b.add("email", "a@b"), "email"),
                Arguments.of("returned in 1890", (Consumer<JsonObjectBuilder>) b -> b.add("stage", "RETURNED").add("returnedOn", "1890-01-01"),
                        "returnedOn"),
                Arguments.of("phone", (Consumer<JsonObjectBuilder>) b -> b.add("phone", "abc"), "phone"),
                Arguments.of("phone longer than its column", (Consumer<JsonObjectBuilder>) b -> b.add("phone", "+86139123456789012345"), "phone"),
                // numbers no phone has: too short, a mobile of 12 or 10 digits, a leading 2, all zeros
                Arguments.of("phone of 7 digits", (Consumer<JsonObjectBuilder>) b -> b.add("phone", "1234567"), "phone"),
                Arguments.of("mobile of 12 digits", (Consumer<JsonObjectBuilder>) b -> b.add("phone", "139123456789"), "phone"),
                Arguments.of("mobile of 10 digits", (Consumer<JsonObjectBuilder>) b -> b.add("phone", "1391234000"), "phone"),
                Arguments.of("phone starting with 2", (Consumer<JsonObjectBuilder>) b -> b.add("phone", "23912345678"), "phone"),
                Arguments.of("phone of zeros", (Consumer<JsonObjectBuilder>) b -> b.add("phone", "00000000000"), "phone"),
                Arguments.of("wechat", (Consumer<JsonObjectBuilder>) b -> b.add("wechat", "微信"), "wechat"),
                Arguments.of("stage FOO", (Consumer<JsonObjectBuilder>) b -> b.add("stage", "FOO"), "stage"),
                Arguments.of("degree FOO", (Consumer<JsonObjectBuilder>) b -> b.add("degree", "FOO"), "degree"),
                Arguments.of("unknown township", (Consumer<JsonObjectBuilder>) b -> b.add("township", "不存在镇"), "township"),
                Arguments.of("graduation before birth+14", (Consumer<JsonObjectBuilder>) b -> b.add("birthYear", 2000).add("graduationYear", 2010), "graduationYear"),
                Arguments.of("unknown referrer", (Consumer<JsonObjectBuilder>) b -> b.add("referrerId", 987654321L), "referrerId"),
                Arguments.of("reviewer as liaison", (Consumer<JsonObjectBuilder>) b -> b.add("liaison", "reviewer1"), "liaison"),
                Arguments.of("unknown liaison", (Consumer<JsonObjectBuilder>) b -> b.add("liaison", "nobody-at-all"), "liaison"),
                Arguments.of("name over 40", (Consumer<JsonObjectBuilder>) b -> b.add("name", "名".repeat(41)), "name"),
                Arguments.of("13 expertise tags", (Consumer<JsonObjectBuilder>) b -> {
                    var tags = Json.createArrayBuilder();
                    for (int i = 0; i < 13; i++) {
                        tags.add("专长" + i);
                    }
                    b.add("expertise", tags);
                }, "expertise"),
                Arguments.of("expertise tag over 30", (Consumer<JsonObjectBuilder>) b -> b.add("expertise", Json.createArrayBuilder().add("长".repeat(31))), "expertise"),
                Arguments.of("referrer given twice", (Consumer<JsonObjectBuilder>) b -> b
                        .add("referrerId", id(create(talent(unique("引荐人两处")))))
                        .add("referrerName", "县外的张老师"), "referrerName"));
    }

    /** the form, the API and the import keep one number however it was typed: the duplicate check and the mask read it */
    @Test
    void aPhoneIsKeptInOneFormHoweverItWasTyped() {
        String digits = TalentMergeIT.phone();
        long id = id(create(talent(unique("拨号")).add("phone", "+86 " + digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-"
                + digits.substring(7))));
        assertEquals(digits, OFFICE.get("/api/talents/" + id).json().getString("phone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void invalidRegistrationNamesTheFieldAndStoresNothing(String label, Consumer<JsonObjectBuilder> spoil, String field) {
        JsonObjectBuilder body = fullTalent(unique("校验"));
        spoil.accept(body);
        long before = total();
        assertRejected(OFFICE.post("/api/talents", body.build().toString()), field);
        assertEquals(before, total(), "a rejected registration must not be stored");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void invalidRevisionNamesTheFieldAndChangesNothing(String label, Consumer<JsonObjectBuilder> spoil, String field) {
        JsonObject created = create(fullTalent(unique("改校验")));
        long id = id(created);
        JsonObject before = read(id);
        JsonObjectBuilder body = fullTalent(created.getString("name")).add("version", before.getJsonNumber("version").longValue());
        spoil.accept(body);
        assertRejected(OFFICE.put("/api/talents/" + id, body.build().toString()), field);
        assertEquals(before, read(id), "a rejected revision must leave the record as it was");
    }

    @Test
    void severalErrorsAtOnceAreAllNamed() {
        long before = total();
        JsonObject body = Json.createObjectBuilder()
                .add("gender", "X")
                .add("birthYear", 1800)
                .add("email", "not-an-email")
                .add("phone", "abc")
                .add("stage", "FOO")
                .add("township", "不存在镇")
                .add("referrerId", 987654321L)
                .add("liaison", "reviewer1")
                .build();
        assertRejected(OFFICE.post("/api/talents", body.toString()),
                "name", "gender", "birthYear", "email", "phone", "stage", "township", "referrerId", "liaison");
        assertEquals(before, total());
    }

    @Test
    void formatAndReferenceErrorsAreNamedTogether() {
        // a format error (checked by Bean Validation) must not hide an unknown township (checked by look-up)
        long before = total();
        JsonObject body = talent(unique("两类错误")).add("email", "not-an-email").add("township", "不存在镇").build();
        assertRejected(OFFICE.post("/api/talents", body.toString()), "email", "township");
        assertEquals(before, total());
    }

    @Test
    void referenceAndRangeErrorsAreNamedTogether() {
        // an unknown township must not hide an impossible birth year
        long before = total();
        JsonObject body = talent(unique("两类错误")).add("birthYear", 1800).add("township", "不存在镇").build();
        assertRejected(OFFICE.post("/api/talents", body.toString()), "birthYear", "township");
        assertEquals(before, total());
    }

    @Test
    void malformedJsonIs400AndStoresNothing() {
        long before = total();
        Api.Reply r = OFFICE.post("/api/talents", "{\"name\": \"半截");
        assertEquals(400, r.status(), r::body);
        assertErrorBody(r);
        assertEquals(before, total());
    }

    @Test
    void wrongJsonTypeIs400() {
        long before = total();
        Api.Reply r = OFFICE.post("/api/talents", talent(unique("类型")).add("birthYear", "nineteen-ninety").build().toString());
        assertEquals(400, r.status(), r::body);
        assertErrorBody(r);
        assertEquals(before, total());
    }

    @Test
    void emptyBodyIs400() {
        long before = total();
        Api.Reply r = OFFICE.post("/api/talents", "");
        assertEquals(400, r.status(), r::body);
        assertErrorBody(r);
        assertEquals(before, total());
    }

    @Test
    void malformedJsonOnUpdateIs400AndChangesNothing() {
        long id = id(create(talent(unique("坏更新"))));
        JsonObject before = read(id);
        Api.Reply r = OFFICE.put("/api/talents/" + id, "[1,2");
        assertEquals(400, r.status(), r::body);
        assertErrorBody(r);
        assertEquals(before, read(id));
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishOnRequest() {
        long before = total();
        String body = talent(unique("语言")).add("gender", "X").add("township", "不存在镇").build().toString();
        JsonObject zh = OFFICE.post("/api/talents", body).json();
        JsonObject en = Api.as("office").inEnglish().post("/api/talents", body).json();
        assertEquals("输入有误，请检查标出的字段", zh.getString("error"));
        assertEquals("性别只能是 M（男）或 F（女）", zh.getJsonObject("fields").getString("gender"));
        assertEquals("Invalid input; see the fields marked", en.getString("error"));
        assertEquals("Gender is M or F", en.getJsonObject("fields").getString("gender"));
        String notFound = Api.as("office").inEnglish().get("/api/talents/987654321").json().getString("error");
        assertEquals("No such talent", notFound);
        assertEquals(before, total());
    }

    // ---- optimistic locking

    @Test
    void updateWithTheReadVersionSucceedsAndAStaleOneIs409WithoutLostUpdate() {
        String name = unique("并发");
        long id = id(create(fullTalent(name)));
        JsonObject read = read(id);
        long v = read.getJsonNumber("version").longValue();

        Api.Reply first = OFFICE.put("/api/talents/" + id, fullTalent(name).add("school", "第一次修改").add("version", v).build().toString());
        assertEquals(200, first.status(), first::body);
        assertTrue(first.json().getJsonNumber("version").longValue() > v, "version increases on update");
        assertEquals("第一次修改", first.json().getString("school"));

        Api.Reply second = Api.as("office2").put("/api/talents/" + id,
                fullTalent(name).add("school", "第二次修改").add("version", v).build().toString());
        assertEquals(409, second.status(), second::body);
        assertErrorBody(second);

        JsonObject now = read(id);
        assertEquals("第一次修改", now.getString("school"), "no lost update");
        assertEquals(first.json().getJsonNumber("version").longValue(), now.getJsonNumber("version").longValue());
    }

    @Test
    void concurrentUpdatesWithTheSameVersionLetExactlyOneWin() throws Exception {
        String name = unique("同时");
        long id = id(create(talent(name)));
        long v = read(id).getJsonNumber("version").longValue();
        int writers = 6;
        List<Callable<Api.Reply>> puts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = talent(name).add("school", "学校" + i).add("version", v).build().toString();
            puts.add(() -> OFFICE.put("/api/talents/" + id, body));
        }
        List<Api.Reply> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (Future<Api.Reply> f : pool.invokeAll(puts)) {
                replies.add(f.get());
            }
        }
        List<Api.Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
        List<Api.Reply> lost = replies.stream().filter(r -> r.status() == 409).toList();
        assertEquals(1, won.size(), () -> "statuses: " + replies.stream().map(r -> r.status() + " " + r.body()).toList());
        assertEquals(writers - 1, lost.size(), () -> "statuses: " + replies.stream().map(Api.Reply::status).toList());
        JsonObject now = read(id);
        assertEquals(won.get(0).json().getString("school"), now.getString("school"));
        assertEquals(v + 1, now.getJsonNumber("version").longValue());
    }

    @Test
    void anUpdateWithAVersionNeverReadIs409() {
        String name = unique("未来版本");
        long id = id(create(talent(name)));
        JsonObject before = read(id);
        Api.Reply r = OFFICE.put("/api/talents/" + id, talent(name).add("school", "不该保存")
                .add("version", before.getJsonNumber("version").longValue() + 5).build().toString());
        assertEquals(409, r.status(), r::body);
        assertEquals(before, read(id));
    }

    @Test
    void updateWithoutVersionIs400NamingVersion() {
        String name = unique("无版本");
        long id = id(create(talent(name)));
        JsonObject before = read(id);
        assertRejected(OFFICE.put("/api/talents/" + id, talent(name).add("school", "不该保存").build().toString()), "version");
        assertEquals(before, read(id));
    }

    @Test
    void aTalentCannotReferThemselves() {
        String name = unique("自荐");
        long id = id(create(talent(name)));
        JsonObject before = read(id);
        assertRejected(OFFICE.put("/api/talents/" + id, talent(name).add("referrerId", id)
                .add("version", before.getJsonNumber("version").longValue()).build().toString()), "referrerId");
        assertEquals(before, read(id));
    }

    // ---- the day a talent came home (返乡)

    @Test
    void aReturnDayIsKeptListedByItsYearAndRefusedWhereItCannotBe() {
        String name = unique("返乡");
        int year = Fixtures.today().getYear() - 9;
        long id = id(create(talent(name).add("stage", "RETURNED").add("returnedOn", year + "-03-15")));
        assertEquals(year + "-03-15", read(id).getString("returnedOn"));
        String named = "/api/talents?limit=1&name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, OFFICE.get(named + "&returned=" + year).json().getInt("total"), "listed among that year's returnees");
        assertEquals(0, OFFICE.get(named + "&returned=" + (year + 1)).json().getInt("total"));
        assertRejected(OFFICE.get(named + "&returned=soon"), "returned"); // it matched nothing, as if nobody had come home

        JsonObject before = read(id);
        long version = before.getJsonNumber("version").longValue();
        assertRejected(OFFICE.put("/api/talents/" + id, talent(name).add("stage", "RETURNED").add("returnedOn", Fixtures.today().plusDays(1).toString())
                .add("version", version).build().toString()), "returnedOn");
        assertRejected(OFFICE.put("/api/talents/" + id, talent(name).add("stage", "ENGAGED").add("returnedOn", year + "-03-15")
                .add("version", version).build().toString()), "returnedOn");
        assertEquals(400, OFFICE.put("/api/talents/" + id, talent(name).add("stage", "RETURNED").add("returnedOn", "15.03.2017")
                .add("version", version).build().toString()).status(), "a date that cannot be read");
        assertEquals(before, read(id), "nothing changed by the refused updates");

        Api.Reply back = OFFICE.put("/api/talents/" + id, talent(name).add("stage", "ENGAGED").add("version", version).build().toString());
        assertEquals(200, back.status(), back::body);
        assertFalse(back.json().containsKey("returnedOn") && !back.json().isNull("returnedOn"), "set back to engaged: no return day");
    }

    @Test
    void aTalentRecordedAsReturnedWithoutADayCameHomeToday() {
        long id = id(create(talent(unique("今日返乡")).add("stage", "RETURNED")));
        assertEquals(Fixtures.today().toString(), read(id).getString("returnedOn"));
    }

    // ---- unknown ids

    @Test
    void unknownIdsAre404() {
        long unknown = 987654321L;
        String body = talent("无此人").add("version", 1).build().toString();
        String contact = "{\"kind\":\"CALL\",\"occurredAt\":\"" + Fixtures.daysAgoAt10(1) + "\",\"summary\":\"电话\"}";
        for (Api.Reply r : List.of(
                OFFICE.get("/api/talents/" + unknown),
                OFFICE.put("/api/talents/" + unknown, body),
                OFFICE.delete("/api/talents/" + unknown),
                OFFICE.get("/api/talents/" + unknown + "/interactions"),
                OFFICE.post("/api/talents/" + unknown + "/interactions", contact),
                OFFICE.get("/api/talents/" + unknown + "/relations"))) {
            assertEquals(404, r.status(), () -> r.raw().request().method() + " " + r.raw().uri() + ": " + r.body());
            assertErrorBody(r);
        }
    }

    @Test
    void aNonNumericIdIs404NotServerError() {
        Api.Reply r = OFFICE.get("/api/talents/abc");
        assertEquals(404, r.status(), r::body);
        assertErrorBody(r);
    }

    // ---- delete

    @Test
    void deleteAnswers204ThenTheTalentIsGoneEverywhere() {
        String name = unique("删除");
        long id = id(create(fullTalent(name)));
        long before = total();
        assertEquals(List.of(id), Fixtures.hitIds(Fixtures.search(OFFICE, name)), "found before it is deleted");
        Api.Reply r = OFFICE.delete("/api/talents/" + id);
        assertEquals(204, r.status(), r::body);
        assertEquals(404, OFFICE.get("/api/talents/" + id).status());
        assertEquals(before - 1, total());
        assertEquals(0, OFFICE.get("/api/talents?name=" + Api.q(name)).json().getJsonNumber("total").longValue());
        assertFalse(Fixtures.hitIds(Fixtures.search(OFFICE, name)).contains(id), "deleted talent still in the search index");
        assertEquals(404, OFFICE.delete("/api/talents/" + id).status(), "deleting twice");
    }

    @Test
    void deletingATalentWithContactsRelationsAndReferralsCleansUp() {
        JsonObject doomed = create(talent(unique("要删")));
        long doomedId = id(doomed);
        JsonObject referred = create(talent(unique("被他引荐")).add("referrerId", doomedId));
        JsonObject friend = create(talent(unique("同学")));
        assertEquals(201, OFFICE.post("/api/talents/" + doomedId + "/relations",
                "{\"otherId\":" + id(friend) + ",\"kind\":\"CLASSMATE\"}").status());
        assertEquals(201, OFFICE.post("/api/talents/" + doomedId + "/interactions",
                "{\"kind\":\"CALL\",\"occurredAt\":\"" + Fixtures.daysAgoAt10(2) + "\",\"summary\":\"电话联系\"}").status());

        Api.Reply r = OFFICE.delete("/api/talents/" + doomedId);
        assertEquals(204, r.status(), r::body);
        assertEquals(404, OFFICE.get("/api/talents/" + doomedId).status());
        assertNull(read(id(referred)).get("referrerId"), "the referral to a deleted talent is cleared");
        assertTrue(OFFICE.get("/api/talents/" + id(friend) + "/relations").jsonValue().asJsonArray().isEmpty(),
                "relations of a deleted talent are removed");
    }

    // ---- helpers

    private static List<String> names(jakarta.json.JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList();
    }

    private static Set<Long> idsOf(jakarta.json.JsonArray rows) {
        Set<Long> ids = new HashSet<>();
        rows.getValuesAs(JsonObject.class).forEach(t -> ids.add(id(t)));
        return ids;
    }

    /** names in pinyin order, as a Chinese reader sorts them (surnames read as surnames, Traditional as Simplified) */
    private static void assertSorted(List<String> names, boolean ascending) {
        for (int i = 1; i < names.size(); i++) {
            int c = Pinyin.sortKey(names.get(i - 1), true).compareTo(Pinyin.sortKey(names.get(i), true));
            assertTrue(ascending ? c <= 0 : c >= 0, "not sorted " + (ascending ? "ascending" : "descending") + ": " + names);
        }
    }
}
