package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing the office's spreadsheets over the running app: a file in, its columns guessed and a
 * preview; started in the background and followed to the end; the row-by-row report names the
 * row, the column, the value and the problem; the imported talents are in the list and in search;
 * all or nothing saves nothing when a row is wrong, and a cancelled one takes back what it saved;
 * a row that may be a registered person is held until someone decides; bad requests change nothing.
 */
@ExtendWith(RunningApp.class)
class ImportApiIT {

    private static final String HEADER = "姓名,性别,出生年份,乡镇,学历,手机,阶段\n";

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 100_000_000L, 36);
    }

    private static String phone() {
        return "135" + String.format("%08d", System.nanoTime() % 100_000_000L);
    }

    static JsonObject upload(String fileName, String csv) {
        Api.Reply r = OFFICE.upload("/api/imports?kind=TALENT&name=" + Api.q(fileName), csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static JsonObject waitFor(long id, Predicate<JsonObject> until) {
        long deadline = System.currentTimeMillis() + 120_000;
        JsonObject j;
        do {
            j = OFFICE.get("/api/imports/" + id).json();
            if (until.test(j)) {
                return j;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("import " + id + " never got there: " + j);
    }

    static JsonObject finished(long id) {
        return waitFor(id, j -> !List.of("MAPPING", "RUNNING").contains(j.getString("status")));
    }

    private static long talentsNamed(String prefix) {
        return OFFICE.get("/api/talents?limit=1&name=" + Api.q(prefix)).json().getJsonNumber("total").longValue();
    }

    @Test
    void validRowsAreImportedAndTheReportNamesEveryProblem() {
        String prefix = unique("导入甲");
        String csv = HEADER + prefix + "一,男,1990,洪凝街道,本科,," + "\n"
                + prefix + "二,女,1800,,硕士,,\n"
                + prefix + "三,女,1992,,博士,,\n";
        JsonObject uploaded = upload("校友名单.csv", csv);
        long id = uploaded.getJsonNumber("id").longValue();
        assertEquals("MAPPING", uploaded.getString("status"));
        assertEquals(3, uploaded.getInt("totalRows"));
        assertEquals(List.of("name", "gender", "birthYear", "township", "degree", "phone", "stage"),
                uploaded.getJsonArray("mapping").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "columns guessed from their headers");
        assertEquals(3, uploaded.getJsonArray("preview").size());
        JsonObject bad = uploaded.getJsonArray("preview").getJsonObject(1);
        assertEquals(3, bad.getInt("row"), "rows are numbered as the spreadsheet shows them");
        assertEquals("birthYear", bad.getJsonArray("problems").getJsonObject(0).getString("field"), bad.toString());
        assertEquals(0, talentsNamed(prefix), "nothing saved before the start");

        Api.Reply started = OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"VALID_ROWS\"}");
        assertEquals(200, started.status(), started.body());
        JsonObject done = finished(id);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(2, done.getInt("added"));
        assertEquals(1, done.getInt("invalid"));
        assertEquals(100, done.getInt("percent"));
        JsonObject problem = done.getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("row"));
        assertEquals("出生年份", problem.getString("column"));
        assertEquals("1800", problem.getString("value"));
        assertFalse(problem.getString("message").isBlank());
        assertEquals(2, talentsNamed(prefix));
        assertTrue(Fixtures.search(OFFICE, prefix + "三").toString().contains(prefix + "三"), "imported talents are searchable at once");

        byte[] report = OFFICE.download("/api/imports/" + id + "/report");
        assertTrue(report.length > 1000 && report[0] == 'P' && report[1] == 'K', "the report as a workbook");
        Api.Reply trail = OFFICE.get("/api/audit?limit=50&record=IMPORT_BATCH:" + id);
        assertTrue(trail.body().contains("IMPORT_DONE") && trail.body().contains("IMPORT_STARTED"), trail.body());
        JsonObject first = OFFICE.get("/api/talents?limit=1&name=" + Api.q(prefix + "一")).json().getJsonArray("rows").getJsonObject(0);
        long talent = first.getJsonNumber("id").longValue();
        assertEquals(id, OFFICE.get("/api/talents/" + talent).json().getJsonNumber("importId").longValue(), "a talent knows its import");
        assertTrue(trail.body().contains("CREATED_IN_BULK") && trail.body().contains("TALENT " + talent), "the import's entry names it: " + trail.body());
        Api.Reply personal = OFFICE.get("/api/talents/" + talent + "/personal-data");
        assertTrue(personal.body().contains("CREATED_IN_BULK"), "the person's own report says where they came from: " + personal.body());
        Api.Reply problems = OFFICE.get("/api/imports/" + id + "/problems?offset=0&limit=10");
        assertEquals(1, problems.json().getJsonNumber("total").intValue(), problems.body());
        Api.Reply again = OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"VALID_ROWS\"}");
        assertEquals(400, again.status(), "an import runs once: " + again.body());
    }

    @Test
    void valuesAreReadAsOfficesWriteThemFromGbkFilesToo() {
        String prefix = unique("导入戊");
        String csv = "姓名,性别,出生日期,籍贯,最高学历,联系电话\n"
                + prefix + "一,男,１９９０年３月,洪凝,硕士研究生,１３８ ００１３ ８０００\n";
        Api.Reply r = OFFICE.upload("/api/imports?kind=TALENT&name=" + Api.q("旧表.csv"), csv.getBytes(java.nio.charset.Charset.forName("GBK")), "text/csv");
        assertEquals(201, r.status(), r.body());
        JsonObject preview = r.json().getJsonArray("preview").getJsonObject(0);
        assertEquals(0, preview.getJsonArray("problems").size(), preview.toString());
        JsonObject values = preview.getJsonObject("values");
        assertEquals(prefix + "一", values.getString("name"), "a GBK file from older Excel is read as such");
        assertEquals("1990", values.getString("birthYear"));
        assertEquals("洪凝街道", values.getString("township"));
        assertEquals("硕士", values.getString("degree"));
        assertEquals("13800138000", values.getString("phone"));

        Api.Reply pdf = OFFICE.upload("/api/imports?kind=TALENT&name=a.xlsx", "%PDF-1.4 not a workbook".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        assertEquals(400, pdf.status(), pdf.body());
        assertTrue(pdf.json().getJsonObject("fields").containsKey("file"), pdf.body());
        Api.Reply broken = OFFICE.upload("/api/imports?kind=TALENT&name=a.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3}, "application/octet-stream");
        assertEquals(400, broken.status(), broken.body());
        assertTrue(broken.json().getJsonObject("fields").containsKey("file"), broken.body());
    }

    @Test
    void aMillionRowsAreRefusedQuicklyAndKeepNothing() {
        StringBuilder csv = new StringBuilder(12_000_000).append("姓名\n");
        for (int i = 0; i < 1_000_000; i++) {
            csv.append("百万").append(i).append('\n');
        }
        long before = OFFICE.get("/api/imports?limit=1").json().getJsonNumber("total").longValue();
        long start = System.nanoTime();
        Api.Reply r = OFFICE.upload("/api/imports?kind=TALENT&name=million.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(400, r.status(), r.body());
        assertTrue(r.json().getJsonObject("fields").getString("file").contains("200000")
                || r.json().getJsonObject("fields").getString("file").contains("200,000"), r.body());
        assertTrue(seconds < 30, "answered in " + seconds + " s");
        assertEquals(before, OFFICE.get("/api/imports?limit=1").json().getJsonNumber("total").longValue(), "no import recorded");
        assertEquals(0, talentsNamed("百万1"), "nothing saved");
    }

    @Test
    void allOrNothingSavesNothingWhenARowIsWrong() {
        String prefix = unique("导入乙");
        long id = upload("乡镇登记.csv", HEADER + prefix + "一,男,1990,,,,\n" + prefix + "二,X,1991,,,,\n")
                .getJsonNumber("id").longValue();
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"ALL_OR_NOTHING\"}").status());
        JsonObject done = finished(id);
        assertEquals("REJECTED", done.getString("status"), done.toString());
        assertEquals(0, done.getInt("added"));
        assertEquals(1, done.getInt("invalid"));
        assertEquals(0, talentsNamed(prefix), "not even the good row");
    }

    @Test
    void aCancelledAllOrNothingImportLeavesNothingBehind() {
        String prefix = unique("导入丙");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            csv.append(prefix).append(i).append(",男,1990,,,,\n");
        }
        long id = upload("大名单.csv", csv.toString()).getJsonNumber("id").longValue();
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"ALL_OR_NOTHING\"}").status());
        JsonObject saving = waitFor(id, j -> "SAVING".equals(j.getString("phase", "")) && j.getInt("added") > 0
                || !"RUNNING".equals(j.getString("status")));
        assertEquals("RUNNING", saving.getString("status"), "still saving when cancelled: " + saving);
        assertTrue(saving.getJsonNumber("rowsPerSecond").doubleValue() > 0, saving.toString());
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/cancel", "{}").status());
        JsonObject done = finished(id);
        assertEquals("CANCELLED", done.getString("status"), done.toString());
        assertTrue(done.getInt("removed") > 0, done.toString());
        assertEquals(0, done.getInt("added"), done.toString());
        assertEquals(0, talentsNamed(prefix), "nothing of a cancelled all-or-nothing import remains");
    }

    @Test
    void aRowThatMayBeARegisteredPersonIsHeldUntilSomeoneDecides() {
        String prefix = unique("导入丁");
        String phone = phone();
        long existing = Fixtures.id(Fixtures.create(Fixtures.talent(prefix + "甲").add("phone", phone)));
        String otherPhone = phone();
        long id = upload("重复.csv", HEADER + prefix + "甲,男,1990,,,+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7) + ",\n"
                + prefix + "乙,女,1991,,,,\n"
                + prefix + "乙乙,女,1991,,," + otherPhone + ",\n"
                + prefix + "丙丙,女,1991,,," + otherPhone + ",\n").getJsonNumber("id").longValue();
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"VALID_ROWS\"}").status());
        JsonObject done = finished(id);
        assertEquals(2, done.getInt("added"), done.toString());
        assertEquals(2, done.getInt("held"), "the same phone as a registered talent, and as a row above: " + done);
        JsonObject held = done.getJsonArray("heldRows").getJsonObject(0);
        assertEquals(2, held.getInt("row"));
        JsonObject candidate = held.getJsonArray("candidates").getJsonObject(0);
        assertEquals(existing, candidate.getJsonNumber("id").longValue());
        assertTrue(candidate.getJsonArray("reasons").toString().contains("PHONE"), candidate.toString());
        assertEquals(1, talentsNamed(prefix + "甲"), "not added on its own");

        long issue = held.getJsonNumber("issue").longValue();
        Api.Reply wrong = OFFICE.post("/api/imports/" + id + "/rows/" + issue + "/decision", "{\"decision\":\"MERGE\",\"candidate\":1}");
        assertEquals(400, wrong.status(), "merge only into a listed candidate: " + wrong.body());
        assertTrue(wrong.json().getJsonObject("fields").containsKey("candidate"), wrong.body());
        Api.Reply added = OFFICE.post("/api/imports/" + id + "/rows/" + issue + "/decision", "{\"decision\":\"ADD\"}");
        assertEquals(200, added.status(), added.body());
        assertEquals(2, talentsNamed(prefix + "甲"), "added as new when a person says so");
        assertEquals(400, OFFICE.post("/api/imports/" + id + "/rows/" + issue + "/decision", "{\"decision\":\"SKIP\"}").status(),
                "decided once");
        JsonObject secondRow = done.getJsonArray("heldRows").getJsonObject(1);
        long second = secondRow.getJsonNumber("issue").longValue();
        long above = secondRow.getJsonArray("candidates").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply same = OFFICE.post("/api/imports/" + id + "/rows/" + second + "/decision",
                "{\"decision\":\"MERGE\",\"candidate\":" + above + "}");
        assertEquals(200, same.status(), same.body());
        long addedForMerge = same.json().getJsonNumber("recordId").longValue();
        JsonObject pending = OFFICE.get("/api/imports/" + id).json().getJsonArray("heldRows").getJsonObject(1);
        assertTrue(pending.getBoolean("mergePending"), "the merge screen was left without saving: not shown as merged " + pending);
        assertEquals(above, pending.getJsonNumber("mergeWith").longValue());
        TalentMergeIT.merge(above, addedForMerge, java.util.Map.of());
        JsonObject after = OFFICE.get("/api/imports/" + id).json();
        assertFalse(after.getJsonArray("heldRows").getJsonObject(1).getBoolean("mergePending"), "merged now: " + after);
        assertEquals(0, after.getInt("held"), after.toString());
        assertEquals(4, after.getInt("added"), after.toString());
    }

    /**
     * the same held row decided twice at once (a double click, two tabs): one is added, the other told so
     * in JSON — the second's commit found the import changed, and Jersey's own mapper answered an HTML 500
     */
    @Test
    void aHeldRowDecidedTwiceAtOnceIsAddedOnceAndEveryAnswerIsJson() throws Exception {
        String prefix = unique("导入双");
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 6;
        for (int i = 0; i < rows; i++) {
            String phone = phone();
            Fixtures.create(Fixtures.talent(prefix + i).add("phone", phone));
            csv.append(prefix).append(i).append(",男,1990,,,").append(phone).append(",\n");
        }
        long id = upload("同时.csv", csv.toString()).getJsonNumber("id").longValue();
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"VALID_ROWS\"}").status());
        JsonObject done = finished(id);
        assertEquals(rows, done.getInt("held"), done.toString());
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (JsonValue held : done.getJsonArray("heldRows")) {
                JsonObject row = held.asJsonObject();
                String path = "/api/imports/" + id + "/rows/" + row.getJsonNumber("issue").longValue() + "/decision";
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Api.Reply>> sent = List.of(
                        two.submit(() -> { go.await(); return OFFICE.post(path, "{\"decision\":\"ADD\"}"); }),
                        two.submit(() -> { go.await(); return OFFICE.post(path, "{\"decision\":\"ADD\"}"); }));
                go.countDown();
                for (java.util.concurrent.Future<Api.Reply> reply : sent) {
                    Api.Reply answer = reply.get();
                    assertTrue(List.of(200, 400, 409).contains(answer.status()), () -> answer.status() + " " + answer.body());
                    assertTrue(answer.header("Content-Type").startsWith("application/json"), () -> answer.header("Content-Type") + " " + answer.body());
                }
            }
        } finally {
            two.shutdownNow();
        }
        for (int i = 0; i < rows; i++) {
            assertEquals(2, talentsNamed(prefix + i), "the registered person and the row, added once");
        }
    }

    /** a hometown outside the county and the office's own stage words, as the form would record them */
    @Test
    void aHometownOutsideTheCountyAndAShortStageAreRecordedAsTheFormWould() {
        String prefix = unique("导入县外");
        long id = upload("县外.csv", "姓名,籍贯,村（社区）,阶段,返乡日期\n"
                + prefix + "甲,日照市东港区,秦楼街道,已返乡,2025-03-01\n"
                + prefix + "乙,县外,,对接中,\n"
                + prefix + "丙,洪凝区,,,\n").getJsonNumber("id").longValue();
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"VALID_ROWS\"}").status());
        JsonObject done = finished(id);
        assertEquals(2, done.getInt("added"), done.toString());
        JsonObject misspelt = done.getJsonArray("problems").getJsonObject(0);
        assertEquals(4, misspelt.getInt("row"), "a township misspelt is not taken for a place elsewhere: " + done);
        assertTrue(misspelt.getString("message").contains("县外"), misspelt.toString());
        JsonObject outside = talentNamed(prefix + "甲");
        assertFalse(outside.containsKey("township") && !outside.isNull("township"), outside.toString());
        assertEquals("日照市东港区 秦楼街道", outside.getString("village"), "the place outside and its village: " + outside);
        assertEquals("RETURNED", outside.getString("stage"));
        assertEquals("2025-03-01", outside.getString("returnedOn"));
        JsonObject unknown = talentNamed(prefix + "乙");
        assertFalse(unknown.containsKey("village") && !unknown.isNull("village"), unknown.toString());
        assertEquals("ENGAGED", unknown.getString("stage"));
    }

    private static JsonObject talentNamed(String name) {
        long talent = OFFICE.get("/api/talents?limit=1&name=" + Api.q(name)).json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        return OFFICE.get("/api/talents/" + talent).json();
    }

    /** a held row skipped is said to be skipped, once: it was shown undecided, with its choices offered again */
    @Test
    void aHeldRowSkippedStaysSkipped() {
        String prefix = unique("导入跳");
        String phone = phone();
        Fixtures.create(Fixtures.talent(prefix + "甲").add("phone", phone));
        long id = upload("跳过.csv", (HEADER + prefix + "甲,男,1990,,," + phone + ",\n" + prefix + "乙,女,1991,,,,\n")).getJsonNumber("id").longValue();
        assertEquals(200, OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"VALID_ROWS\"}").status());
        JsonObject done = finished(id);
        long issue = done.getJsonArray("heldRows").getJsonObject(0).getJsonNumber("issue").longValue();
        Api.Reply skipped = OFFICE.post("/api/imports/" + id + "/rows/" + issue + "/decision", "{\"decision\":\"SKIP\"}");
        assertEquals(200, skipped.status(), skipped.body());
        JsonObject row = OFFICE.get("/api/imports/" + id).json().getJsonArray("heldRows").getJsonObject(0);
        assertEquals("SKIP", row.getString("decision"), row.toString());
        assertEquals(prefix + "甲", skipped.json().getString("name"), "the answer says whom the row was about: " + skipped.body());
        assertEquals(prefix + "甲", row.getString("name"), "of a decided row's values its name is kept, to say whom it was about: " + row);
        assertEquals(400, OFFICE.post("/api/imports/" + id + "/rows/" + issue + "/decision", "{\"decision\":\"ADD\"}").status(),
                "decided once");
        assertEquals(1, talentsNamed(prefix + "甲"));
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        byte[] csv = (HEADER + "某人,男,1990,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(403, Api.as("mgr-fatong").upload("/api/imports?kind=TALENT&name=a.csv", csv, "text/csv").status());
        assertEquals(403, Api.as("reviewer1").get("/api/imports").status());
        Api.Reply kind = OFFICE.upload("/api/imports?kind=ROCKET&name=a.csv", csv, "text/csv");
        assertEquals(400, kind.status(), kind.body());
        assertTrue(kind.json().getJsonObject("fields").containsKey("kind"), kind.body());
        long imports = OFFICE.get("/api/imports?limit=1").json().getJsonNumber("total").longValue();
        Api.Reply badMode = OFFICE.upload("/api/imports?kind=TALENT&name=a.csv&mode=SOMETIMES", csv, "text/csv");
        assertEquals(400, badMode.status(), badMode.body());
        assertTrue(badMode.json().getJsonObject("fields").containsKey("mode"), badMode.body());
        assertEquals(imports, OFFICE.get("/api/imports?limit=1").json().getJsonNumber("total").longValue(), "no import kept");
        Api.Reply noName = OFFICE.upload("/api/imports?kind=TALENT", csv, "text/csv");
        assertEquals(400, noName.status(), noName.body());
        assertTrue(noName.json().getJsonObject("fields").containsKey("file"), noName.body());
        Api.Reply empty = OFFICE.upload("/api/imports?kind=TALENT&name=a.csv", HEADER.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.json().getJsonObject("fields").containsKey("file"), empty.body());

        long id = upload("映射.csv", new String(csv, StandardCharsets.UTF_8)).getJsonNumber("id").longValue();
        Api.Reply size = OFFICE.put("/api/imports/" + id + "/mapping", "{\"mapping\":[\"name\"]}");
        assertEquals(400, size.status(), size.body());
        assertTrue(size.json().getJsonObject("fields").containsKey("mapping"), size.body());
        Api.Reply twice = OFFICE.put("/api/imports/" + id + "/mapping", "{\"mapping\":[\"name\",\"name\",null,null,null,null,null]}");
        assertEquals(400, twice.status(), twice.body());
        Api.Reply noName2 = OFFICE.put("/api/imports/" + id + "/mapping", "{\"mapping\":[null,\"gender\",null,null,null,null,null]}");
        assertEquals(400, noName2.status(), "the name must be mapped: " + noName2.body());
        Api.Reply mode = OFFICE.post("/api/imports/" + id + "/start", "{\"mode\":\"SOMETIMES\"}");
        assertEquals(400, mode.status(), mode.body());
        assertTrue(mode.json().getJsonObject("fields").containsKey("mode"), mode.body());
        Api.Reply remapped = OFFICE.put("/api/imports/" + id + "/mapping", "{\"mapping\":[\"name\",null,null,null,null,null,null]}");
        assertEquals(200, remapped.status(), remapped.body());
        assertEquals(JsonValue.NULL, remapped.json().getJsonArray("mapping").get(1));
        assertEquals(404, OFFICE.get("/api/imports/99999999").status());
        Api.Reply discarded = OFFICE.post("/api/imports/" + id + "/cancel", "{}");
        assertEquals(200, discarded.status(), discarded.body());
        assertEquals("CANCELLED", discarded.json().getString("status"));

        byte[] template = OFFICE.download("/api/imports/template?kind=TALENT&format=xlsx");
        assertTrue(template[0] == 'P' && template[1] == 'K');
        String csvTemplate = new String(OFFICE.download("/api/imports/template?kind=TALENT&format=csv"), StandardCharsets.UTF_8);
        assertTrue(csvTemplate.startsWith("\uFEFF姓名*,性别"), csvTemplate);
        assertTrue(new String(Api.as("office").inEnglish().download("/api/imports/template?kind=TALENT&format=csv"), StandardCharsets.UTF_8)
                .contains("Name*"));
        assertEquals(400, OFFICE.get("/api/imports/template?kind=TALENT&format=pdf").status());
        Json.createObjectBuilder();
    }
}
