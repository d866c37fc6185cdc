package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import cn.wulian.liancai.seed.Csv;
import cn.wulian.liancai.shared.audit.Worded;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists export to Excel and CSV with the caller's filters, permissions and masking; a list longer
 * than the old 20,000-row cap and than many chunks exports whole and in order ({@link LargeList},
 * on a server of its own).
 */
@ExtendWith(RunningApp.class)
class ExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void talentsExportTheFilteredListWithHeadersInTheCallersLanguage() throws Exception {
        long returned = Api.as("office").get("/api/talents?limit=1&stage=RETURNED").json().getJsonNumber("total").longValue();
        List<List<String>> rows = xlsx("office", "/api/talents/export?stage=RETURNED&sort=name", "zh-CN");
        assertEquals(returned + 1, rows.size(), "a header and every filtered talent");
        assertEquals("姓名", rows.getFirst().getFirst());
        int stage = rows.getFirst().indexOf("联络阶段");
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(stage).equals("已返乡/投资")), "only the filtered stage");
        assertEquals("Name", xlsx("office", "/api/talents/export?stage=RETURNED", "en").getFirst().getFirst());
    }

    @Test
    void aManagersExportIsMaskedLikeTheirList() throws Exception {
        // reviewers export nothing since least privilege (ReviewerPrivilegeIT): a manager is the masked reader
        List<List<String>> office = xlsx("office", "/api/talents/export?sort=name", "zh-CN");
        List<List<String>> manager = xlsx("mgr-fatong", "/api/talents/export?sort=name", "zh-CN");
        int phone = office.getFirst().indexOf("手机");
        assertEquals(office.size(), manager.size());
        assertTrue(office.subList(1, office.size()).stream().anyMatch(r -> r.get(phone).matches("1\\d{10}")), "office sees numbers");
        assertTrue(manager.subList(1, manager.size()).stream().filter(r -> !r.get(phone).isEmpty())
                .allMatch(r -> r.get(phone).contains("****")), "every phone masked for a manager");
    }

    @Test
    void aManagersTeamExportHoldsOnlyTheirPlatform() throws Exception {
        long fatong = Api.as("office").get("/api/teams?limit=1&platform=fatong").json().getJsonNumber("total").longValue();
        List<List<String>> rows = xlsx("mgr-fatong", "/api/teams/export", "zh-CN");
        int platform = rows.getFirst().indexOf("所属平台");
        assertEquals(fatong + 1, rows.size(), "the manager's own teams");
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(platform).equals("法桐小院")));
        assertEquals(1, xlsx("mgr-fatong", "/api/teams/export?platform=shibei", "zh-CN").size(),
                "another platform's: none they may see, not their own under its name");
        assertEquals(403, HTTP.send(request("reviewer1", "/api/teams/export", "zh-CN"), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void theProjectExportHoldsTheFilteredRowsWithTheirComputedFlags() throws Exception {
        var api = Api.as("office");
        long yellow = api.get("/api/projects?limit=1&flag=YELLOW").json().getJsonNumber("total").longValue();
        List<List<String>> rows = xlsx("office", "/api/projects/export?flag=YELLOW&sort=plannedInvestment&order=desc", "zh-CN");
        int flags = rows.getFirst().indexOf("两旗一牌");
        assertEquals(yellow + 1, rows.size());
        assertTrue(yellow > 0, "the demo has yellow flags");
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(flags).contains("黄旗")), rows::toString);

        long fatong = api.get("/api/projects?limit=1&platform=fatong").json().getJsonNumber("total").longValue();
        List<List<String>> managers = xlsx("mgr-fatong", "/api/projects/export", "en");
        int platform = managers.getFirst().indexOf("Platform");
        assertEquals(fatong + 1, managers.size(), "the manager's own projects");
        assertEquals(1, xlsx("mgr-fatong", "/api/projects/export?platform=shibei", "en").size(), "none of another platform's");
        assertTrue(managers.subList(1, managers.size()).stream().allMatch(r -> r.get(platform).equals("法桐小院")));
        assertEquals(403, HTTP.send(request("reviewer1", "/api/projects/export", "zh-CN"), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void thePlatformsExportWithTheirFigures() throws Exception {
        List<List<String>> rows = xlsx("mgr-fatong", "/api/platforms/export", "en");
        assertEquals(5, rows.size(), "a header and the four platforms");
        assertEquals("Fatong Courtyard", rows.get(1).getFirst());
        // money stays numeric in yuan, the unit in the header
        assertTrue(rows.getFirst().contains("Investment landed (yuan)"), rows.getFirst()::toString);
    }

    @Test
    void applicationsExportForTheCallersScopeAndTheReportForOffice() throws Exception {
        String policy = ApplicationFixtures.policy(ApplicationFixtures.cashPolicy("100", "1000", null, null, 1));
        ApplicationFixtures.submitted(Api.as("office"), policy, ApplicationFixtures.team("shibei"), null);
        ApplicationFixtures.submitted(Api.as("mgr-fatong"), policy, ApplicationFixtures.team("fatong"), null);
        List<List<String>> office = xlsx("office", "/api/applications/export?policy=" + policy, "zh-CN");
        assertEquals(3, office.size(), office::toString);
        List<List<String>> manager = xlsx("mgr-fatong", "/api/applications/export?policy=" + policy, "en");
        int platform = manager.getFirst().indexOf("Platform");
        assertEquals(2, manager.size(), "only the manager's platform");
        assertEquals("法桐小院", manager.get(1).get(platform));

        List<List<String>> report = xlsx("office", "/api/applications/report/export", "zh-CN");
        int applications = report.getFirst().indexOf("申请数");
        List<String> row = report.stream().filter(r -> r.getFirst().equals("测试资金") && r.get(applications).equals("2")).findFirst()
                .orElseThrow(() -> new AssertionError(report.toString()));
        assertEquals("元", row.get(1));
        assertEquals(403, HTTP.send(request("mgr-fatong", "/api/applications/report/export", "zh-CN"), HttpResponse.BodyHandlers.discarding())
                .statusCode());
    }

    @Test
    void theCsvHoldsTheSameColumnsAndRowsAsTheWorkbookWithAByteOrderMark() throws Exception {
        for (String list : List.of("/api/talents/export?stage=ENGAGED&sort=name", "/api/teams/export?sort=name",
                "/api/projects/export?sort=title", "/api/audit/export?record=TALENT&action=CREATED",
                "/api/applications/export?sort=submittedAt")) {
            List<List<String>> xlsx = xlsx("office", list, "zh-CN");
            HttpResponse<byte[]> r = HTTP.send(request("office", list + "&format=csv", "zh-CN"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), list);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), list);
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".csv"), list);
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(r.body()[0], r.body()[1], r.body()[2]), "a BOM: " + list);
            List<List<String>> csv = csv(r.body());
            assertEquals(xlsx.getFirst(), csv.getFirst(), "the same headers: " + list);
            assertEquals(xlsx.size(), csv.size(), "the same rows: " + list);
            if (list.startsWith("/api/talents")) {
                // no money or dates in the talent list: every cell reads the same in both files
                assertEquals(xlsx, csv);
            }
            if (list.startsWith("/api/applications")) {
                // people by name and times to the minute in the office's zone, as the pages show them (not mgr-fatong, not UTC)
                int by = csv.getFirst().indexOf("提交人");
                int at = csv.getFirst().indexOf("提交时间");
                List<String> submitters = csv.stream().skip(1).map(c -> c.get(by)).distinct().toList();
                assertTrue(submitters.contains("法桐小院 丁振华") && submitters.stream().noneMatch(n -> n.startsWith("mgr-")), submitters::toString);
                csv.stream().skip(1).map(c -> c.get(at)).filter(t -> !t.isEmpty())
                        .forEach(t -> assertTrue(t.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), t));
            }
        }
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheFieldAndRecordsNoExport() throws Exception {
        for (String list : List.of("/api/talents/export", "/api/teams/export", "/api/projects/export", "/api/audit/export", "/api/applications/export")) {
            HttpResponse<String> r = HTTP.send(request("office", list + "?format=pdf", "en"), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), list + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers()::toString);
            JsonObject fields = Json.createReader(new StringReader(r.body())).readObject().getJsonObject("fields");
            assertTrue(fields.containsKey("format"), r.body());
        }
        // an audit filter the trail cannot read is refused before the file begins, as the list refuses it
        HttpResponse<String> bad = HTTP.send(request("office", "/api/audit/export?format=csv&from=yesterday", "en"), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"from\""), bad.body());
    }

    @Test
    void theExportsAuditEntryStatesTheTrueRowCount() throws Exception {
        long engaged = Api.as("office2").get("/api/talents?limit=1&stage=ENGAGED").json().getJsonNumber("total").longValue();
        assertEquals(engaged + 1, csv(HTTP.send(request("office2", "/api/talents/export?format=csv&stage=ENGAGED", "zh-CN"),
                HttpResponse.BodyHandlers.ofByteArray()).body()).size());
        assertEquals(Worded.of("audit.words.exported", engaged), lastExport("office2", "TALENT"));
    }

    /** the rows an export's entry counts (its detail: the message audit.words.exported or exportCut.*, and the count) */
    static long rowsOf(String detail) {
        return Long.parseLong(detail.replaceAll(".*\"args\":\\[\"(\\d+)\"].*", "$1"));
    }

    /** the detail of the newest EXPORTED entry by {@code user} of a record kind, once the export has written it */
    static String lastExport(String user, String kind) {
        return lastExport(Api.as("office"), user, kind);
    }

    static String lastExport(Api api, String user, String kind) {
        // the count's entry, not those naming the records an export of talents carried (written with it)
        Api.Reply r = api.get("/api/audit?limit=200&action=EXPORTED&record=" + kind + "&actor=" + user);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("rows").getValuesAs(jakarta.json.JsonObject.class).stream().map(e -> e.getString("detail", ""))
                .filter(d -> d.startsWith("{\"words\"")).findFirst().orElse("");
    }

    static List<List<String>> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<String> header = List.of(text.substring(1, text.indexOf("\r\n")).split(","));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Map<String, String> row : Csv.read(new ByteArrayInputStream(body))) {
            rows.add(header.stream().map(h -> row.get(h) == null ? "" : row.get(h)).toList());
        }
        return rows;
    }

    static HttpRequest request(String user, String path, String language) {
        return HttpRequest.newBuilder(URI.create(RunningApp.BASE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language).build();
    }

    static List<List<String>> xlsx(String user, String path, String language) throws IOException, InterruptedException {
        return xlsx(request(user, path, language));
    }

    static List<List<String>> xlsx(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
