package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.assertRejected;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.today;
import static cn.wulian.liancai.it.ProjectFixtures.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly ranking over HTTP: a past month is published again exactly as before, whatever was
 * entered since (records are taken as known at the month's end); the running month follows new
 * records; a month that is not one is refused naming the field; reviewers are refused; a manager
 * sees the units' ranking but only their own platform's project lines; the Excel file holds the
 * same tables.
 */
@ExtendWith(RunningApp.class)
class RankingApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aPastMonthIsPublishedAgainUnchangedEvenAfterABackDatedUpdate() {
        YearMonth past = YearMonth.now(Fixtures.COUNTY).minusMonths(1);
        String before = ranking(OFFICE, past.toString()).toString();
        assertEquals(before, ranking(OFFICE, past.toString()).toString(), "the same month twice gives the same answer");

        JsonObject line = quietestLine(ranking(OFFICE, past.toString()), past.atEndOfMonth());
        long id = line.getJsonNumber("projectId").longValue();
        int percentAtMonthEnd = percentOn(id, past.atEndOfMonth());
        int other = percentAtMonthEnd == 100 ? 99 : percentAtMonthEnd + 1;
        Api.Reply posted = update(OFFICE, id, past.atEndOfMonth(), other, "补录：月末进度");
        assertEquals(201, posted.status(), posted::body);

        assertEquals(before, ranking(OFFICE, past.toString()).toString(),
                "an update recorded after the month ended, though dated in it, does not change the published month");
    }

    @Test
    void theRunningMonthFollowsNewRecords() {
        JsonObject project = ProjectFixtures.fresh("shibei");
        long id = id(project);
        JsonObject before = lineOf(ranking(OFFICE, null), id).orElseThrow(() -> new AssertionError("a project in talks ranks this month"));
        assertEquals(0, before.getInt("progress"));
        Api.Reply posted = update(OFFICE, id, today(), 40, "完成可研报告");
        assertEquals(201, posted.status(), posted::body);
        JsonObject after = lineOf(ranking(OFFICE, YearMonth.now(Fixtures.COUNTY).toString()), id).orElseThrow();
        assertEquals(40, after.getInt("progress"), after::toString);
        assertEquals(40, after.getInt("score"), after::toString);
        String past = YearMonth.now(Fixtures.COUNTY).minusMonths(1).toString();
        assertTrue(lineOf(ranking(OFFICE, past), id).isEmpty(), "a project entered this month is not in last month's ranking");
    }

    /** progress dated last month but entered this month counts this month: last month was published without it (it counted nowhere) */
    @Test
    void progressEnteredLateCountsInTheMonthItWasEntered() {
        YearMonth past = YearMonth.now(Fixtures.COUNTY).minusMonths(1);
        JsonObject published = ranking(OFFICE, past.toString());
        long touchedElsewhere = quietestLine(published, past.atEndOfMonth()).getJsonNumber("projectId").longValue();
        // a project ranked last month (it was there before this one began) with nothing of its own this month yet
        JsonObject line = ranking(OFFICE, null).getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("score") == 0 && l.getJsonNumber("projectId").longValue() != touchedElsewhere)
                .filter(l -> lineOf(published, l.getJsonNumber("projectId").longValue()).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has a project ranked last month and quiet this month"));
        long id = line.getJsonNumber("projectId").longValue();
        int publishedEnd = percentOn(id, past.atEndOfMonth());
        int late = publishedEnd == 100 ? 99 : publishedEnd + 1;
        Api.Reply posted = update(OFFICE, id, past.atEndOfMonth(), late, "补录上月末进度");
        assertEquals(201, posted.status(), posted::body);
        JsonObject after = lineOf(ranking(OFFICE, null), id).orElseThrow();
        assertEquals(late - publishedEnd, after.getInt("progress"),
                () -> "measured from last month's published end (" + publishedEnd + " %), which did not know it: " + after);
    }

    @Test
    void aMonthThatIsNotOneIsRefusedNamingTheField() {
        String next = YearMonth.now(Fixtures.COUNTY).plusMonths(1).toString();
        for (String month : List.of("2026-13", "abc", next, "1999-12")) {
            JsonObject body = assertRejected(OFFICE.get("/api/rankings/" + month), "month");
            assertFalse(body.getJsonObject("fields").getString("month").isBlank());
        }
        assertTrue(assertRejected(OFFICE.inEnglish().get("/api/rankings/abc"), "month").getJsonObject("fields")
                .getString("month").contains("YYYY-MM"));
        HttpResponse<String> export = send("office", "/api/rankings/abc/export", HttpResponse.BodyHandlers.ofString());
        assertEquals(400, export.statusCode(), export::body);
        assertTrue(export.body().contains("\"month\""), export::body);
    }

    @Test
    void reviewersAreRefusedAndAManagerSeesOnlyTheirOwnProjectLines() {
        String past = YearMonth.now(Fixtures.COUNTY).minusMonths(1).toString();
        for (String path : List.of("/api/rankings", "/api/rankings/" + past)) {
            assertEquals(403, Api.as("reviewer1").get(path).status(), path);
        }
        assertEquals(403, send("reviewer1", "/api/rankings/" + past + "/export", HttpResponse.BodyHandlers.discarding()).statusCode());
        ProjectFixtures.fresh("shibei");
        JsonObject office = ranking(OFFICE, null);
        JsonObject manager = ranking(Api.as("mgr-fatong"), null);
        assertTrue(platforms(office).stream().anyMatch(p -> !p.equals("fatong")), "office sees every platform's lines");
        assertFalse(platforms(manager).isEmpty(), manager::toString);
        assertTrue(platforms(manager).stream().allMatch("fatong"::equals), manager::toString);
        assertEquals(office.getJsonObject("platforms"), manager.getJsonObject("platforms"), "the units' ranking is the county's");
        assertEquals(office.getJsonObject("leaders"), manager.getJsonObject("leaders"));
    }

    @Test
    void theExportHoldsTheSameTablesOnThreeSheets() throws Exception {
        String past = YearMonth.now(Fixtures.COUNTY).minusMonths(1).toString();
        JsonObject ranking = ranking(OFFICE, past);
        HttpResponse<byte[]> r = send("office", "/api/rankings/" + past + "/export", HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("ranking-" + past + ".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals(List.of("平台排名", "包联领导排名", "项目得分"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            Sheet platforms = workbook.getSheetAt(0);
            JsonArray entries = ranking.getJsonObject("platforms").getJsonArray("entries");
            assertEquals(entries.size(), platforms.getLastRowNum(), "a header and one row per platform");
            DataFormatter format = new DataFormatter();
            for (int i = 0; i < entries.size(); i++) {
                JsonObject e = entries.getJsonObject(i);
                assertEquals(e.getString("label"), format.formatCellValue(platforms.getRow(i + 1).getCell(1)));
                assertEquals(String.valueOf(e.getInt("total")), format.formatCellValue(platforms.getRow(i + 1).getCell(3)));
            }
            assertEquals(ranking.getJsonArray("projects").size(), workbook.getSheetAt(2).getLastRowNum());
            assertEquals(ranking.getJsonObject("leaders").getJsonArray("entries").size(), workbook.getSheetAt(1).getLastRowNum());
        }
    }

    /** the running month is provisional in the answer, the file's name and every sheet; a closed one is not */
    @Test
    void theRunningMonthIsMarkedProvisionalAndItsListsKeepToTheirSideOfZero() throws Exception {
        String now = YearMonth.now(Fixtures.COUNTY).toString();
        JsonObject running = ranking(OFFICE, now);
        assertTrue(running.getBoolean("provisional"), running::toString);
        assertFalse(ranking(OFFICE, YearMonth.now(Fixtures.COUNTY).minusMonths(1).toString()).getBoolean("provisional"));
        for (String units : List.of("platforms", "leaders")) {
            JsonObject u = running.getJsonObject(units);
            assertTrue(u.getJsonArray("honour").stream().allMatch(e -> e.asJsonObject().getJsonNumber("score").bigDecimalValue().signum() > 0), u::toString);
            assertTrue(u.getJsonArray("laggards").stream().allMatch(e -> e.asJsonObject().getJsonNumber("score").bigDecimalValue().signum() < 0), u::toString);
            if (u.getJsonArray("honour").isEmpty()) {
                assertTrue(u.containsKey("honourNote") && !u.isNull("honourNote"), "an empty list says why: " + u);
            }
        }
        HttpResponse<byte[]> r = send("office", "/api/rankings/" + now + "/export", HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        String disposition = java.net.URLDecoder.decode(r.headers().firstValue("Content-Disposition").orElse(""), StandardCharsets.UTF_8);
        assertTrue(disposition.contains("暂定"), disposition);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            for (int i = 0; i < 3; i++) {
                assertTrue(workbook.getSheetName(i).endsWith("（暂定）"), workbook.getSheetName(i));
            }
        }
    }

    /** a request as a browser's download sends it: no JSON asked for, Chinese preferred */
    private static <T> HttpResponse<T> send(String user, String path, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", "zh-CN").build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject ranking(Api api, String month) {
        Api.Reply r = api.get(month == null ? "/api/rankings" : "/api/rankings/" + month);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    private static Optional<JsonObject> lineOf(JsonObject ranking, long projectId) {
        return ranking.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("projectId").longValue() == projectId).findFirst();
    }

    private static List<String> platforms(JsonObject ranking) {
        return ranking.getJsonArray("projects").getValuesAs(JsonObject.class).stream().map(p -> p.getString("platform", "")).toList();
    }

    /**
     * One of the month's project lines, preferably of a project updated since the month's end: one
     * more update dated in the month then changes neither its flags nor its percent today, which
     * other tests on this shared server may read.
     */
    private static JsonObject quietestLine(JsonObject ranking, LocalDate monthEnd) {
        List<JsonObject> lines = ranking.getJsonArray("projects").getValuesAs(JsonObject.class);
        assertFalse(lines.isEmpty(), "the demo data has projects ranked in " + ranking.getString("month"));
        for (JsonObject line : lines) {
            String last = Fixtures.str(ProjectFixtures.read(line.getJsonNumber("projectId").longValue()), "lastUpdateOn");
            if (last != null && LocalDate.parse(last).isAfter(monthEnd)) {
                return line;
            }
        }
        return lines.getFirst();
    }

    /** the percent of the project's latest update on or before the day, as the ranking reads it */
    private static int percentOn(long projectId, LocalDate day) {
        return ProjectFixtures.list(projectId, "updates").getValuesAs(JsonObject.class).stream()
                .filter(u -> !LocalDate.parse(u.getString("on")).isAfter(day))
                .max((a, b) -> a.getString("on").compareTo(b.getString("on")))
                .map(u -> u.getInt("percent")).orElse(0);
    }
}
