package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
        List<List<String>> rows = xlsx("mgr-fatong", "/api/teams/export?platform=shibei", "zh-CN");
        int platform = rows.getFirst().indexOf("所属平台");
        assertEquals(fatong + 1, rows.size(), "the manager's own teams, whatever the filter asks");
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(platform).equals("法桐小院")));
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
        List<List<String>> managers = xlsx("mgr-fatong", "/api/projects/export?platform=shibei", "en");
        int platform = managers.getFirst().indexOf("Platform");
        assertEquals(fatong + 1, managers.size(), "the manager's own projects, whatever the filter asks");
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
        assertEquals(engaged + " rows", lastExport("office2", "TALENT"));
    }

    /** the detail of the newest EXPORTED entry by {@code user} of a record kind, once the export has written it */
    static String lastExport(String user, String kind) {
        return lastExport(Api.as("office"), user, kind);
    }

    static String lastExport(Api api, String user, String kind) {
        Api.Reply r = api.get("/api/audit?limit=1&action=EXPORTED&record=" + kind + "&actor=" + user);
        assertEquals(200, r.status(), r.body());
        var rows = r.json().getJsonArray("rows");
        return rows.isEmpty() ? "" : rows.getJsonObject(0).getString("detail");
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

    /**
     * 21,000 synthetic talents besides the demo's, on a server of their own (the other tests' server
     * keeps its small, known data): more than the old cap of 20,000 rows and than forty export chunks.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LargeList {

        static final int PORT = Integer.getInteger("it.port", 18080) + 61;
        static final String BASE = "http://localhost:" + PORT;

        RunningApp.Server app;
        Api office;

        @BeforeAll
        void start() {
            Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-export-large");
            // filled through the app's own import: one start of the server, where a JDBC fill needs two
            app = RunningApp.launch(work, PORT, true);
            office = Api.as("office").at(BASE);
            try {
                Path csv = Files.createTempFile("large-list", ".csv");
                SyntheticTalents.writeCsv(csv, 21_000, 13);
                Api.Reply started = office.upload("/api/imports?kind=TALENT&mode=VALID_ROWS&name=large.csv", Files.readAllBytes(csv), "text/csv");
                assertEquals(201, started.status(), started.body());
                long id = started.json().getJsonNumber("id").longValue();
                long deadline = System.currentTimeMillis() + 600_000;
                String status;
                do {
                    Thread.sleep(500);
                    status = office.get("/api/imports/" + id).json().getString("status");
                } while ("RUNNING".equals(status) && System.currentTimeMillis() < deadline);
                assertEquals("DONE", status);
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("cannot fill the large list", e);
            }
        }

        @AfterAll
        void stop() {
            if (app != null) {
                app.close();
            }
        }

        HttpRequest at(String user, String path) {
            return HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", "zh-CN").build();
        }

        /** the list as its pages show it (200 a page): name and phone of each row, in order */
        List<List<String>> paged(String user, String query) {
            Api api = Api.as(user).at(BASE);
            List<List<String>> rows = new ArrayList<>();
            long total = api.get("/api/talents?limit=1&" + query).json().getJsonNumber("total").longValue();
            for (int offset = 0; offset < total; offset += 200) {
                Api.Reply page = api.get("/api/talents?limit=200&offset=" + offset + "&" + query);
                assertEquals(200, page.status(), page.body());
                page.json().getJsonArray("rows").forEach(v -> rows.add(List.of(v.asJsonObject().getString("name"),
                        v.asJsonObject().getString("phone", ""))));
            }
            assertEquals(total, rows.size());
            return rows;
        }

        static List<List<String>> namesAndPhones(List<List<String>> file) {
            int name = file.getFirst().indexOf("姓名");
            int phone = file.getFirst().indexOf("手机");
            return file.subList(1, file.size()).stream().map(r -> List.of(r.get(name), r.get(phone))).toList();
        }

        @Test
        void everyTalentInTheListsOrderAsXlsxAndCsvWithTheTrueCountInTheTrail() throws Exception {
            List<List<String>> pages = paged("office", "sort=name");
            assertTrue(pages.size() > 21_000, "more than the old cap of 20,000: the demo's and the synthetic talents: " + pages.size());
            List<List<String>> workbook = xlsx(at("office", "/api/talents/export?sort=name"));
            assertEquals(pages, namesAndPhones(workbook), "every row once, in the list's order (names tie often: the id decides)");
            assertEquals(pages.size() + " rows", lastExport(office, "office", "TALENT"));

            HttpResponse<byte[]> r = HTTP.send(at("office", "/api/talents/export?sort=name&format=csv"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertEquals(workbook, csv(r.body()));
        }

        @Test
        void theFiltersAndSortOfTheList() throws Exception {
            String query = "degree=BACHELOR&sort=birthYear&order=desc";
            List<List<String>> pages = paged("office", query);
            assertTrue(pages.size() > cn.wulian.liancai.shared.export.ListExport.CHUNK, "more than a chunk: " + pages.size());
            HttpResponse<byte[]> r = HTTP.send(at("office", "/api/talents/export?format=csv&" + query), HttpResponse.BodyHandlers.ofByteArray());
            List<List<String>> file = csv(r.body());
            assertEquals(pages, namesAndPhones(file));
            int degree = file.getFirst().indexOf("最高学历");
            assertTrue(file.subList(1, file.size()).stream().allMatch(row -> row.get(degree).equals("本科")));
        }

        @Test
        void aManagersExportIsMaskedInEveryRowAndHasNoNotes() throws Exception {
            HttpResponse<byte[]> r = HTTP.send(at("mgr-fatong", "/api/talents/export?format=csv&sort=name"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            List<List<String>> file = csv(r.body());
            assertEquals(paged("mgr-fatong", "sort=name"), namesAndPhones(file), "the manager's list, masked as their pages show it");
            int phone = file.getFirst().indexOf("手机");
            assertTrue(file.subList(1, file.size()).stream().allMatch(row -> row.get(phone).isEmpty() || row.get(phone).contains("****")));
            assertTrue(file.size() > 21_000);
            assertTrue(!file.getFirst().contains("备注") && csv(HTTP.send(at("office", "/api/talents/export?format=csv&stage=ENGAGED"),
                    HttpResponse.BodyHandlers.ofByteArray()).body()).getFirst().contains("备注"), "notes only for who may read them");
        }

        /**
         * A client that reads the export slowly holds no connection and no lock: another client lists,
         * reads and registers meanwhile as quickly as ever.
         */
        @Test
        void aSlowExportDoesNotHoldUpAnotherClient() throws Exception {
            HttpResponse<InputStream> export = HTTP.send(at("office", "/api/talents/export?format=csv&sort=name"), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, export.statusCode());
            long rows;
            try (InputStream in = export.body()) {
                byte[] first = in.readNBytes(100_000);
                assertEquals(100_000, first.length);
                Api other = Api.as("office2").at(BASE);
                for (int i = 0; i < 10; i++) {
                    long start = System.nanoTime();
                    Api.Reply page = other.get("/api/talents?limit=20&offset=" + (i * 1000) + "&sort=name");
                    assertEquals(200, page.status(), page.body());
                    Api.Reply created = other.post("/api/talents", "{\"name\":\"并发测试" + i + "\",\"stage\":\"IDENTIFIED\"}");
                    assertEquals(201, created.status(), created.body());
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertTrue(millis < 10_000, "a list and a write took " + millis + " ms while the export waited");
                    Thread.sleep(200);
                }
                rows = new String(first, StandardCharsets.UTF_8).lines().count() - 1 + new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count();
            }
            assertTrue(rows > 21_000, "the export went on to its end: " + rows);
        }

        @Test
        void aClientThatLeavesIsRecordedAsCuttingTheExportShort() throws Exception {
            try (Socket socket = new Socket()) {
                // a small window, so that the server cannot hand the whole file to the kernel before the client leaves
                socket.setReceiveBufferSize(8192);
                socket.connect(new InetSocketAddress("localhost", PORT));
                socket.getOutputStream().write(("GET /api/talents/export?format=csv&sort=birthYear HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Basic " + Base64.getEncoder().encodeToString(("office2:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8))
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String head = new String(socket.getInputStream().readNBytes(10_000), StandardCharsets.UTF_8);
                assertTrue(head.startsWith("HTTP/1.1 200"), head.lines().findFirst().orElse(""));
                // closed as a browser tab is closed mid-download: the connection is reset at once
                socket.setSoLinger(true, 0);
            }
            // the server notices when its writes fail, after what the connection's buffers took
            long deadline = System.nanoTime() + 60_000_000_000L;
            String detail = "";
            while (System.nanoTime() < deadline && !detail.endsWith("cut short by the client")) {
                Thread.sleep(500);
                detail = lastExport(office, "office2", "TALENT");
            }
            assertTrue(detail.endsWith(" rows, cut short by the client"), detail);
        }
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
