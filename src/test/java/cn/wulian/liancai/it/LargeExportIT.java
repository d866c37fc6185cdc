package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.ExportIT.csv;
import static cn.wulian.liancai.it.ExportIT.lastExport;
import static cn.wulian.liancai.it.ExportIT.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.audit.Worded;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Collections;
import jakarta.json.JsonObject;
import jakarta.json.JsonArray;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * 21,000 synthetic talents besides the demo's, on a server of their own (the other tests' server
 * keeps its small, known data): more than the old cap of 20,000 rows and than forty export chunks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
class LargeExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    /**
     * The file holds the list as its pages show it: as many rows as the list counts, and the pages
     * (200 a row) at the start, across the export's chunk boundaries, in the middle and at the end
     * are the file's rows at those places, name and phone. Samples rather than all 105 pages: an
     * offset page deep in 21,000 rows costs the database a sort of them all, and a row lost or
     * repeated at a chunk's edge shifts every page after it.
     */
    void assertThePagesAreTheFile(String user, String query, List<List<String>> file) {
        Api api = Api.as(user).at(BASE);
        long total = api.get("/api/talents?limit=1&" + query).json().getJsonNumber("total").longValue();
        assertEquals(total, file.size(), "the file has as many rows as the list counts");
        int chunk = cn.wulian.liancai.shared.export.ListExport.CHUNK;
        // pages across the export's chunk edges, and as deep as a list serves from either end (deeper is refused)
        int deepest = cn.wulian.liancai.search.control.ListRequest.DEEPEST;
        for (long offset : java.util.stream.LongStream.of(0, chunk - 100, 2 * chunk - 100, deepest - 100, total - deepest - 100,
                        20L * chunk - 100, total - 150)
                .filter(o -> o >= 0 && o < total).distinct().toArray()) {
            Api.Reply page = api.get("/api/talents?limit=200&offset=" + offset + "&" + query);
            assertEquals(200, page.status(), page.body());
            List<List<String>> rows = new ArrayList<>();
            page.json().getJsonArray("rows").forEach(v -> rows.add(List.of(v.asJsonObject().getString("name"),
                    v.asJsonObject().getString("phone", ""))));
            assertEquals(file.subList((int) offset, (int) Math.min(total, offset + 200)), rows, "the page at " + offset);
        }
    }

    static List<List<String>> namesAndPhones(List<List<String>> file) {
        int name = file.getFirst().indexOf("姓名");
        int phone = file.getFirst().indexOf("手机");
        return file.subList(1, file.size()).stream().map(r -> List.of(r.get(name), r.get(phone))).toList();
    }

    @Test
    void everyTalentInTheListsOrderAsXlsxAndCsvWithTheTrueCountInTheTrail() throws Exception {
        List<List<String>> workbook = xlsx(at("office", "/api/talents/export?sort=name"));
        List<List<String>> rows = namesAndPhones(workbook);
        assertTrue(rows.size() > 21_000, "more than the old cap of 20,000: the demo's and the synthetic talents: " + rows.size());
        // every row once, in the list's order (names tie often: the id decides)
        assertThePagesAreTheFile("office", "sort=name", rows);
        assertEquals(Worded.of("audit.words.exported", rows.size()), lastExport(office, "office", "TALENT"));

        HttpResponse<byte[]> r = HTTP.send(at("office", "/api/talents/export?sort=name&format=csv"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(workbook, csv(r.body()));
    }

    @Test
    void theFiltersAndSortOfTheList() throws Exception {
        String query = "degree=BACHELOR&sort=birthYear&order=desc";
        HttpResponse<byte[]> r = HTTP.send(at("office", "/api/talents/export?format=csv&" + query), HttpResponse.BodyHandlers.ofByteArray());
        List<List<String>> file = csv(r.body());
        assertTrue(file.size() > 2 * cn.wulian.liancai.shared.export.ListExport.CHUNK, "more than two chunks: " + file.size());
        assertThePagesAreTheFile("office", query, namesAndPhones(file));
        int degree = file.getFirst().indexOf("最高学历");
        assertTrue(file.subList(1, file.size()).stream().allMatch(row -> row.get(degree).equals("本科")));
    }

    @Test
    void aManagersExportIsMaskedInEveryRowAndHasNoNotes() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(at("mgr-fatong", "/api/talents/export?format=csv&sort=name"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        List<List<String>> file = csv(r.body());
        // the manager's list, masked as their pages show it
        assertThePagesAreTheFile("mgr-fatong", "sort=name", namesAndPhones(file));
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

    /**
     * A window deep inside both ends of the list is refused (it would cost every row before it),
     * with a 400 naming {@code offset}; the last page and pages near either end are served.
     */
    @Test
    void aPageDeepInsideBothEndsIsRefusedAndTheLastPageServed() {
        long total = office.get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
        Fixtures.assertRejected(office.get("/api/talents?limit=20&sort=name&offset=" + total / 2), "offset");
        JsonArray last = Fixtures.rows(office.get("/api/talents?limit=20&sort=name&order=desc&offset=0"));
        JsonArray lastAscending = Fixtures.rows(office.get("/api/talents?limit=20&sort=name&offset=" + (total - 20)));
        // by name: rows of one name keep the id order both ways, as the database's lists do
        List<String> fromTheEnd = new ArrayList<>(last.getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList());
        Collections.reverse(fromTheEnd);
        assertEquals(fromTheEnd, lastAscending.getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList(),
                "the last page, read from the end, holds the names of the reversed order's first page");
        assertEquals(20, Fixtures.rows(office.get("/api/talents?limit=20&sort=birthYear&offset=10000")).size());
    }

    /** the list page pages into the refused middle as its paginator would, and the clerk reads why the page is empty */
    @Test
    void theListPageSaysWhyAPageDeepInsideBothEndsIsNotShown() {
        long total = office.get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(BASE + "/login.xhtml?next=/talents/list.xhtml");
            browser.type(By.id("loginForm:username"), "office2").type(By.id("loginForm:password"), Api.PASSWORD)
                    .click(By.id("loginForm:submit"));
            browser.until(d -> d.getCurrentUrl().contains("/talents/list.xhtml"));
            browser.waitForAjax();
            // the paginator offers no box to type a page into: its own script goes to the middle page
            ((JavascriptExecutor) driver).executeScript("PF('talentsTable').paginator.setPage(arguments[0])", (int) (total / 2 / 20));
            browser.waitForAjax();
            String warning = browser.text(By.cssSelector(".ui-growl-item .ui-growl-title"));
            assertTrue(warning.contains("离两端都超过"), "the growl says why: " + warning);
            assertTrue(browser.all(By.cssSelector("[id$='table_data'] tr[data-ri]")).isEmpty(), "no rows of another page are shown");
        }
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
        while (System.nanoTime() < deadline && !detail.contains("audit.words.exportCut.client")) {
            Thread.sleep(500);
            detail = lastExport(office, "office2", "TALENT");
        }
        assertTrue(detail.contains("audit.words.exportCut.client") && ExportIT.rowsOf(detail) > 0, detail);
    }
}
