package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertErrorBody;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One answer for each edge case, on every endpoint it can happen to: a request without its body
 * is 400 naming {@code body}; a change of an existing record without the {@code version} read is
 * 400 naming {@code version} and changes nothing; with a version that is no longer the record's it
 * is 409 naming {@code version} and the kind of record, and changes nothing.
 */
@ExtendWith(RunningApp.class)
class EdgeCasesIT {

    static final Api ADMIN = Api.as("admin");

    static final Api REVIEWER = Api.as("reviewer1");
    static final String JSON = "application/json";

    static long talent;
    static long team;
    static long upload;
    static long project;
    static long milestone;
    static long application;
    static String policy;
    static long cycle;
    static int cycleYear;
    static long nomination;
    static long review;
    static long serviceRequest;

    @BeforeAll
    static void records() {
        talent = id(Fixtures.create(Fixtures.talent(unique("边界人才")).add("township", "371121001")));
        team = id(TeamFixtures.draft("fatong"));
        project = id(ProjectFixtures.create(OFFICE, ProjectFixtures.project(unique("边界项目"), "fatong").build()));
        Api.Reply m = OFFICE.post("/api/projects/" + project + "/milestones", Json.createObjectBuilder().add("title", "开工")
                .add("dueOn", Fixtures.today().plusMonths(2).toString()).add("standard", "取得施工许可证").build().toString());
        assertEquals(201, m.status(), m::body);
        milestone = id(m.json());
        policy = ApplicationFixtures.policy(ApplicationFixtures.cashPolicy("100000", "1000000", null, null, 1));
        application = id(ApplicationFixtures.submitted(OFFICE, policy, ApplicationFixtures.team("fatong"), "100000"));
        cycleYear = freeYear();
        cycle = AwardsApiIT.open(AwardsApiIT.cycle(cycleYear, 1, AwardsApiIT.hometownRule()));
        Api.Reply n = AwardsApiIT.nominate(OFFICE, cycle, "innovation", talent);
        assertEquals(201, n.status(), n::body);
        nomination = id(n.json());
        AwardsApiIT.manual(nomination, "reviewer1");
        review = AwardsApiIT.assignment(REVIEWER, nomination);
        upload = id(ImportApiIT.upload("边界.csv", "姓名\n" + unique("边界导入") + "\n"));
        serviceRequest = id(ServiceRequestsApiIT.filed("fatong"));
    }

    /** a year without an award cycle, outside the ranges the award tests take (2030–2039, 2040–2099) */
    static int freeYear() {
        List<Integer> taken = ((JsonArray) OFFICE.get("/api/award-cycles").jsonValue()).getValuesAs(JsonObject.class).stream()
                .map(c -> c.getInt("year")).toList();
        return Stream.of(2027, 2028, 2029).filter(y -> !taken.contains(y)).findFirst()
                .orElseThrow(() -> new AssertionError("no free year for a cycle: " + taken));
    }

    // ---- a request without its body

    /** one endpoint that reads a JSON body: its method and path as the resource declares them, the path to call, who may */
    record BodyEndpoint(String method, String template, Supplier<String> path, Api caller) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** every POST and PUT of the API that reads a JSON body */
    static Stream<BodyEndpoint> bodyEndpoints() {
        return Stream.of(
                new BodyEndpoint("POST", "talents", () -> "talents", OFFICE),
                new BodyEndpoint("PUT", "talents/{id}", () -> "talents/" + talent, OFFICE),
                new BodyEndpoint("POST", "talents/{id}/interactions", () -> "talents/" + talent + "/interactions", OFFICE),
                new BodyEndpoint("PUT", "talents/{id}/interactions/{interaction}/follow-up",
                        () -> "talents/" + talent + "/interactions/1/follow-up", OFFICE),
                new BodyEndpoint("POST", "talents/batch", () -> "talents/batch", OFFICE),
                new BodyEndpoint("POST", "talents/{id}/relations", () -> "talents/" + talent + "/relations", OFFICE),
                new BodyEndpoint("POST", "talents/{id}/erasure", () -> "talents/" + talent + "/erasure", OFFICE),
                new BodyEndpoint("POST", "talents/merges", () -> "talents/merges", OFFICE),
                new BodyEndpoint("POST", "talents/duplicates/distinct", () -> "talents/duplicates/distinct", OFFICE),
                new BodyEndpoint("PUT", "imports/{id}/mapping", () -> "imports/" + upload + "/mapping", OFFICE),
                new BodyEndpoint("POST", "imports/{id}/start", () -> "imports/" + upload + "/start", OFFICE),
                new BodyEndpoint("POST", "imports/{id}/rows/{issue}/decision", () -> "imports/" + upload + "/rows/1/decision", OFFICE),
                new BodyEndpoint("POST", "teams", () -> "teams", OFFICE),
                new BodyEndpoint("PUT", "teams/{id}", () -> "teams/" + team, OFFICE),
                new BodyEndpoint("POST", "teams/{id}/transitions", () -> "teams/" + team + "/transitions", OFFICE),
                new BodyEndpoint("POST", "projects", () -> "projects", OFFICE),
                new BodyEndpoint("PUT", "projects/{id}", () -> "projects/" + project, OFFICE),
                new BodyEndpoint("POST", "projects/{id}/transitions", () -> "projects/" + project + "/transitions", OFFICE),
                new BodyEndpoint("POST", "projects/{id}/milestones", () -> "projects/" + project + "/milestones", OFFICE),
                new BodyEndpoint("POST", "projects/{id}/milestones/{milestoneId}/met",
                        () -> "projects/" + project + "/milestones/" + milestone + "/met", OFFICE),
                new BodyEndpoint("POST", "projects/{id}/updates", () -> "projects/" + project + "/updates", OFFICE),
                new BodyEndpoint("POST", "applications", () -> "applications", OFFICE),
                new BodyEndpoint("POST", "applications/batch-decision", () -> "applications/batch-decision", OFFICE),
                new BodyEndpoint("POST", "applications/{id}/transitions", () -> "applications/" + application + "/transitions", OFFICE),
                new BodyEndpoint("POST", "applications/{id}/disbursements", () -> "applications/" + application + "/disbursements", OFFICE),
                new BodyEndpoint("POST", "policies", () -> "policies", OFFICE),
                new BodyEndpoint("PUT", "policies/{code}", () -> "policies/" + policy, OFFICE),
                new BodyEndpoint("PUT", "award-categories/{code}", () -> "award-categories/innovation", OFFICE),
                new BodyEndpoint("POST", "platforms", () -> "platforms", OFFICE),
                new BodyEndpoint("PUT", "platforms/{code}", () -> "platforms/fatong", OFFICE),
                new BodyEndpoint("POST", "accounts", () -> "accounts", ADMIN),
                new BodyEndpoint("PUT", "accounts/{username}", () -> "accounts/reviewer5", ADMIN),
                new BodyEndpoint("POST", "accounts/{username}/disable", () -> "accounts/reviewer5/disable", ADMIN),
                new BodyEndpoint("POST", "accounts/{username}/enable", () -> "accounts/reviewer5/enable", ADMIN),
                new BodyEndpoint("PUT", "accounts/{username}/password", () -> "accounts/reviewer5/password", ADMIN),
                new BodyEndpoint("PUT", "me/password", () -> "me/password", OFFICE),
                new BodyEndpoint("POST", "award-cycles", () -> "award-cycles", OFFICE),
                new BodyEndpoint("PUT", "award-cycles/{id}", () -> "award-cycles/" + cycle, OFFICE),
                new BodyEndpoint("POST", "award-cycles/{id}/decision", () -> "award-cycles/" + cycle + "/decision", OFFICE),
                new BodyEndpoint("POST", "award-cycles/{id}/publication", () -> "award-cycles/" + cycle + "/publication", OFFICE),
                new BodyEndpoint("POST", "award-cycles/{id}/final", () -> "award-cycles/" + cycle + "/final", OFFICE),
                new BodyEndpoint("POST", "award-cycles/{id}/flags/{assignment}/confirmation",
                        () -> "award-cycles/" + cycle + "/flags/" + review + "/confirmation", OFFICE),
                new BodyEndpoint("POST", "award-cycles/{id}/flags/{assignment}/rejection",
                        () -> "award-cycles/" + cycle + "/flags/" + review + "/rejection", OFFICE),
                new BodyEndpoint("POST", "nominations", () -> "nominations", OFFICE),
                new BodyEndpoint("POST", "nominations/{id}/assignments", () -> "nominations/" + nomination + "/assignments", OFFICE),
                new BodyEndpoint("PUT", "reviews/{id}", () -> "reviews/" + review, REVIEWER),
                new BodyEndpoint("POST", "reviews/{id}/submission", () -> "reviews/" + review + "/submission", REVIEWER),
                new BodyEndpoint("POST", "reviews/{id}/conflict", () -> "reviews/" + review + "/conflict", REVIEWER),
                new BodyEndpoint("POST", "service-requests", () -> "service-requests", OFFICE),
                new BodyEndpoint("POST", "service-requests/{id}/steps", () -> "service-requests/" + serviceRequest + "/steps", OFFICE),
                new BodyEndpoint("POST", "service-catalog/kinds", () -> "service-catalog/kinds", OFFICE),
                new BodyEndpoint("PUT", "service-catalog/kinds/{code}", () -> "service-catalog/kinds/housing", OFFICE),
                new BodyEndpoint("POST", "service-catalog/departments", () -> "service-catalog/departments", OFFICE),
                new BodyEndpoint("PUT", "service-catalog/departments/{code}", () -> "service-catalog/departments/zjj", OFFICE),
                new BodyEndpoint("PUT", "service-catalog/calendar/{date}", () -> "service-catalog/calendar/2031-10-02", OFFICE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyEndpoints")
    void aMissingBodyIsOneAnswer(BodyEndpoint e) {
        String path = "/api/" + e.path().get();
        assertMissingBody(e.caller().send(e.method(), path, null, null), e + " without a body or Content-Type");
        assertMissingBody(e.caller().send(e.method(), path, JSON, ""), e + " with an empty JSON body");
        assertMissingBody(e.caller().send(e.method(), path, JSON, "null"), e + " with the body null");
    }

    /** valid JSON that is not the object a request is: said so of the body, not "not valid JSON" */
    @Test
    void jsonOfAnotherKindIsSaidToBeNoObject() {
        for (String body : List.of("[]", " [1]", "\"abc\"", "123", "true")) {
            Api.Reply r = OFFICE.send("POST", "/api/talents", JSON, body);
            assertEquals(400, r.status(), body);
            assertEquals("应为对象（JSON 对象：名称和值）", r.json().getJsonObject("fields").getString("body"), body + " answered " + r.body());
        }
        // one value where a list is asked for: said so, not "the format is wrong (a number, a date or text)"
        Api.Reply single = OFFICE.send("POST", "/api/talents", JSON, "{\"name\":\"列表测试\",\"expertise\":\"投资\"}");
        assertEquals("应为列表（JSON 数组，如 [\"投资\"]）", single.json().getJsonObject("fields").getString("expertise"), single.body());
        Api.Reply broken = OFFICE.send("POST", "/api/talents", JSON, "{\"name\":");
        assertEquals("请求内容不是有效的 JSON", broken.json().getString("error"), broken.body());
    }

    /**
     * A field the body does not have is named, whichever endpoint: a PUT replaces every field, and a misspelt one
     * passed over ({@code "phon"}) erased what it meant to set and answered 200.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyEndpoints")
    void aFieldTheBodyDoesNotHaveIsNamed(BodyEndpoint e) {
        Api.Reply r = e.caller().send(e.method(), "/api/" + e.path().get(), JSON, "{\"zzNoSuchField\":1,\"version\":0}");
        assertEquals(400, r.status(), () -> e + " answered " + r.body());
        assertEquals("没有这个字段（请查看 API 说明中的字段名）", r.json().getJsonObject("fields").getString("zzNoSuchField", null),
                () -> e + " answered " + r.body());
    }

    /** what a PUT's resource answers may be sent back with a change; the change is made, the echoed fields passed over */
    @Test
    void whatWasReadMayBePutBackChanged() {
        JsonObject read = OFFICE.get("/api/talents/" + talent).json();
        String name = unique("边界回写");
        Api.Reply put = OFFICE.put("/api/talents/" + talent, Json.createObjectBuilder(read).add("name", name).build().toString());
        assertEquals(200, put.status(), put::body);
        assertEquals(name, OFFICE.get("/api/talents/" + talent).json().getString("name"));

        // an award cycle comes back with its categories' names, which its input does not take: passed over too
        JsonObject cycleRead = OFFICE.get("/api/award-cycles/" + cycle).json();
        String cycleName = unique("边界回写评选");
        Api.Reply cyclePut = OFFICE.put("/api/award-cycles/" + cycle, Json.createObjectBuilder(cycleRead).add("name", cycleName).build().toString());
        assertEquals(200, cyclePut.status(), cyclePut::body);
        assertEquals(cycleName, OFFICE.get("/api/award-cycles/" + cycle).json().getString("name"));

        Api.Reply misspelt = OFFICE.put("/api/talents/" + talent, Json.createObjectBuilder(put.json()).add("phon", "13912345678")
                .add("birthYear", "1985年").build().toString());
        assertRejected(misspelt, "phon", "birthYear");
        assertEquals(put.json().getJsonNumber("version"), OFFICE.get("/api/talents/" + talent).json().getJsonNumber("version"), "nothing saved");
    }

    @Test
    void theMissingBodyIsSaidInTheReadersLanguage() {
        assertEquals("请求需要一个 JSON 请求体", OFFICE.send("POST", "/api/teams", null, null).json().getJsonObject("fields").getString("body"));
        assertEquals("The request needs a JSON body",
                OFFICE.inEnglish().send("PUT", "/api/teams/" + team, null, null).json().getJsonObject("fields").getString("body"));
    }

    /** a file upload's body is the file: an empty one is refused naming {@code file}, and nothing is attached */
    @Test
    void anEmptyUploadIsRefusedNamingTheFile() {
        String path = "/api/nominations/" + nomination + "/attachments";
        assertRejected(OFFICE.send("POST", path + "?name=" + Api.q("证书.pdf"), "application/pdf", null), "file");
        assertEquals(0, ((JsonArray) OFFICE.get(path).jsonValue()).size());
        long imports = OFFICE.get("/api/imports?limit=1").json().getJsonNumber("total").longValue();
        assertRejected(OFFICE.send("POST", "/api/imports?kind=TALENT&name=" + Api.q("名单.csv"), "text/csv", null), "file");
        assertEquals(imports, OFFICE.get("/api/imports?limit=1").json().getJsonNumber("total").longValue(), "no import recorded");
    }

    /**
     * The table above is every POST and PUT that reads a JSON body, read from the resources
     * themselves: a new endpoint fails here until it is in the table.
     */
    @Test
    void theTableNamesEveryEndpointWithABody() throws IOException, ClassNotFoundException {
        Set<String> json = new TreeSet<>();
        Set<String> files = new TreeSet<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT" : null;
                Parameter body = verb == null ? null : Stream.of(m.getParameters()).filter(EdgeCasesIT::isEntity).findFirst().orElse(null);
                if (body != null) {
                    Path sub = m.getAnnotation(Path.class);
                    String endpoint = verb + " " + base + (sub == null ? "" : "/" + sub.value());
                    (body.getType() == InputStream.class ? files : json).add(endpoint);
                }
            }
        }
        assertEquals(json, bodyEndpoints().map(BodyEndpoint::toString).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(Set.of("POST nominations/{id}/attachments", "POST imports"), files);
    }

    static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        List<String> names;
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
            names = files.filter(f -> f.getFileName().toString().endsWith("Resource.java") && f.getParent().endsWith("boundary"))
                    .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.java$", "")).toList();
        }
        assertTrue(names.size() >= 10, () -> "resources found: " + names);
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(name, false, EdgeCasesIT.class.getClassLoader()));
        }
        return classes;
    }

    /** the parameter JAX-RS fills from the body: one without a JAX-RS annotation */
    static boolean isEntity(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            String type = a.annotationType().getName();
            if (type.startsWith("jakarta.ws.rs.")) {
                return false;
            }
        }
        return true;
    }

    static void assertMissingBody(Api.Reply r, String what) {
        assertEquals(400, r.status(), () -> what + " answered " + r.status() + " " + r.body());
        JsonObject fields = assertErrorBody(r).getJsonObject("fields");
        assertEquals(Set.of("body"), fields.keySet(), () -> what + " answered " + r.body());
        assertEquals("请求需要一个 JSON 请求体", fields.getString("body"), () -> what + " answered " + r.body());
    }

    // ---- the version on every change of an existing record

    /**
     * One change of an existing versioned record: how to read it as the API shows it (with its
     * history where a step adds to it), and the body of a valid change made on a version (none:
     * left out).
     */
    record VersionedChange(String name, String method, Supplier<String> path, Supplier<String> read, Function<Long, String> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** every list endpoint of the common query (PageRequests), as a caller who may read it */
    static Stream<String> listEndpoints() {
        return Stream.of("/api/talents", "/api/teams", "/api/projects", "/api/applications", "/api/service-requests", "/api/accounts",
                "/api/audit");
    }

    /** a window that cannot be, or an order that is neither: refused naming the parameter (they were taken as the nearest) */
    @ParameterizedTest
    @MethodSource("listEndpoints")
    void aListWindowThatCannotBeIsRefusedNamingTheParameter(String list) {
        Api admin = ADMIN;
        assertRejected(admin.get(list + "?offset=-5"), "offset");
        assertRejected(admin.get(list + "?limit=0"), "limit");
        assertRejected(admin.get(list + "?limit=201"), "limit");
        assertRejected(admin.get(list + "?order=sideways"), "order");
        assertRejected(admin.get(list + "?limit=-1&offset=-1&order=up"), "limit", "offset", "order");
        // a sort the list does not have: named with those it has (it was read as the default order)
        assertTrue(assertRejected(admin.get(list + "?sort=bogus&limit=0"), "sort", "limit").getJsonObject("fields").getString("sort")
                .startsWith("排序字段只能是以下之一："), list);
        Api.Reply ok = admin.get(list + "?limit=200&offset=0&order=DESC");
        assertEquals(200, ok.status(), () -> list + ": " + ok.body());
    }

    /** a filter that takes codes or a year, given another value: named (it answered an empty list, as if nobody matched) */
    @ParameterizedTest
    @ValueSource(strings = {"/api/talents?stage=FOO|stage", "/api/talents?degree=PHD|degree", "/api/talents?returned=abc|returned",
            "/api/teams?status=FOO|status", "/api/projects?stage=FOO|stage", "/api/projects?flag=BLUE|flag",
            "/api/applications?status=APPROVED,FOO|status", "/api/applications?year=abc|year", "/api/applications?kind=ROBOT|kind",
            "/api/talents/export?format=csv&stage=FOO|stage", "/api/talents/export?format=csv&ids=abc|ids",
            "/api/applications?subject=TEAM:abc|subject", "/api/talents?stage=ENGAGED,RETURNED|stage",
            "/api/service-requests?status=FOO|status", "/api/service-requests?due=tomorrow|due", "/api/service-requests?year=abc|year",
            "/api/service-requests?subject=TEAM:abc|subject", "/api/accounts?role=BOSS|role", "/api/accounts?status=maybe|status"})
    void aFilterGivenAValueItDoesNotTakeIsNamed(String pathAndFilter) {
        String[] parts = pathAndFilter.split("\\|");
        // an export answers the usual JSON error whatever file it was asked for
        assertTrue(assertRejected(parts[0].contains("/export") ? ADMIN.getAny(parts[0]) : ADMIN.get(parts[0]), parts[1]).getJsonObject("fields").getString(parts[1]).startsWith("取值无效"), parts[0]);
    }

    /** every wrong parameter at once, each with what it takes: the caller mended one a request */
    @Test
    void everyWrongParameterOfAListIsNamedAtOnce() {
        JsonObject fields = assertRejected(ADMIN.get("/api/talents?sort=bogus&stage=FOO&degree=PHD&limit=0"), "sort", "stage", "degree", "limit")
                .getJsonObject("fields");
        assertTrue(fields.getString("sort").contains("birthYear"), fields::toString);
        assertTrue(fields.getString("degree").contains("DOCTORATE"), fields::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/talents?stage=engaged&degree=MASTER&returned=2024", "/api/teams?status=INCUBATING",
            "/api/projects?stage=SIGNED&flag=YELLOW", "/api/applications?status=APPROVED,GRANTED&year=2026&kind=TEAM&subject=TEAM:1",
            "/api/talents?ids=1,2", "/api/service-requests?status=open", "/api/service-requests?status=RECEIVED,ASSIGNED&due=overdue&year=2026",
            "/api/accounts?role=REVIEWER&status=enabled"})
    void theValuesAFilterTakesAreRead(String path) {
        Api.Reply r = ADMIN.get(path);
        assertEquals(200, r.status(), () -> path + ": " + r.body());
    }

    static Stream<VersionedChange> versionedChanges() {
        return Stream.of(
                new VersionedChange("PUT talents/{id}", "PUT", () -> "/api/talents/" + talent, () -> get("/api/talents/" + talent),
                        v -> versioned(Fixtures.talent(unique("边界人才改名")), v)),
                new VersionedChange("PUT teams/{id}", "PUT", () -> "/api/teams/" + team, () -> TeamFixtures.snapshot(team),
                        v -> versioned(TeamFixtures.team(unique("边界团队改名"), "fatong"), v)),
                new VersionedChange("POST teams/{id}/transitions", "POST", () -> "/api/teams/" + team + "/transitions",
                        () -> TeamFixtures.snapshot(team), v -> versioned(Json.createObjectBuilder().add("action", "SUBMIT"), v)),
                new VersionedChange("PUT projects/{id}", "PUT", () -> "/api/projects/" + project,
                        () -> get("/api/projects/" + project) + get("/api/projects/" + project + "/transitions"),
                        v -> versioned(ProjectFixtures.project(unique("边界项目改名"), "fatong"), v)),
                new VersionedChange("POST projects/{id}/transitions", "POST", () -> "/api/projects/" + project + "/transitions",
                        () -> get("/api/projects/" + project) + get("/api/projects/" + project + "/transitions"),
                        v -> versioned(Json.createObjectBuilder().add("note", "签约"), v)),
                new VersionedChange("POST applications/{id}/transitions", "POST", () -> "/api/applications/" + application + "/transitions",
                        () -> get("/api/applications/" + application),
                        v -> versioned(Json.createObjectBuilder().add("to", "REJECTED").add("reason", "材料不全"), v)),
                new VersionedChange("PUT policies/{code}", "PUT", () -> "/api/policies/" + policy,
                        () -> get("/api/policies/" + policy) + get("/api/policies/" + policy + "/versions"),
                        v -> versioned(ApplicationFixtures.cashPolicy("120000", "1000000", null, null, 1).add("code", policy), v)),
                new VersionedChange("PUT award-cycles/{id}", "PUT", () -> "/api/award-cycles/" + cycle, () -> get("/api/award-cycles/" + cycle),
                        v -> versioned(AwardsApiIT.cycle(cycleYear, 1, AwardsApiIT.hometownRule()).add("name", unique("边界评选")), v)));
    }

    /**
     * Without the version read: 400 naming {@code version}, nothing changed. With it: the change is
     * made. With the version it had before: 409 naming {@code version} and the kind of record,
     * nothing changed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("versionedChanges")
    void everyChangeNamesTheVersionItWasMadeOn(VersionedChange c) {
        String before = c.read().get();
        long version = version(c);
        Api.Reply missing = OFFICE.send(c.method(), c.path().get(), JSON, c.body().apply(null));
        JsonObject refused = assertRejected(missing, "version");
        assertEquals("请提供读取时的版本号 version", refused.getJsonObject("fields").getString("version"), missing::body);
        assertEquals(before, c.read().get(), c + " without a version changed the record");

        Api.Reply made = OFFICE.send(c.method(), c.path().get(), JSON, c.body().apply(version));
        assertEquals(200, made.status(), () -> c + " with the version read answered " + made.body());
        String after = c.read().get();
        assertTrue(!after.equals(before), () -> c + " with the version read changed nothing");

        Api.Reply stale = OFFICE.inEnglish().send(c.method(), c.path().get(), JSON, c.body().apply(version));
        assertEquals(409, stale.status(), () -> c + " with an old version answered " + stale.body());
        JsonObject conflict = assertErrorBody(stale);
        assertTrue(conflict.getJsonObject("fields").containsKey("version"), stale::body);
        assertEquals(after, c.read().get(), c + " with an old version changed the record");
    }

    @Test
    void aStaleChangeNamesTheKindOfRecord() {
        long v = TeamFixtures.version(team);
        String body = versioned(TeamFixtures.team(unique("边界团队"), "fatong"), v - 1);
        assertEquals("Someone else changed this team; read it again before saving",
                OFFICE.inEnglish().put("/api/teams/" + team, body).json().getString("error"));
        assertEquals("该团队已被他人修改，请重新读取后再提交", OFFICE.put("/api/teams/" + team, body).json().getString("error"));
        String cycleBody = versioned(AwardsApiIT.cycle(cycleYear, 1, AwardsApiIT.hometownRule()), version("/api/award-cycles/" + cycle) + 1);
        assertEquals("Someone else changed this award cycle; read it again before saving",
                OFFICE.inEnglish().put("/api/award-cycles/" + cycle, cycleBody).json().getString("error"));
    }

    @Test
    void aMissingRecordNamesItsKind() {
        assertEquals("No such team", OFFICE.inEnglish().get("/api/teams/" + TeamFixtures.NO_SUCH_TEAM).json().getString("error"));
        assertEquals("该项目不存在", OFFICE.get("/api/projects/" + ProjectFixtures.NO_SUCH_PROJECT).json().getString("error"));
        assertEquals("No such award cycle", OFFICE.inEnglish().get("/api/award-cycles/999999").json().getString("error"));
        assertEquals("No such record", OFFICE.inEnglish().get("/api/no-such-resource").json().getString("error"));
    }

    static String versioned(JsonObjectBuilder body, Long version) {
        if (version != null) {
            body.add("version", version);
        }
        return body.build().toString();
    }

    static String get(String path) {
        Api.Reply r = OFFICE.get(path);
        assertEquals(200, r.status(), () -> path + " answered " + r.body());
        return r.body();
    }

    static long version(VersionedChange c) {
        String path = c.path().get();
        return version(path.endsWith("/transitions") ? path.substring(0, path.length() - "/transitions".length()) : path);
    }

    static long version(String path) {
        Api.Reply r = OFFICE.get(path);
        assertEquals(200, r.status(), r::body);
        return r.json().getJsonNumber("version").longValue();
    }
}
