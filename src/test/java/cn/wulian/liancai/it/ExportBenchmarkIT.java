package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.seed.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The export benchmark: {@code bench.talents} (100,000) synthetic talents ({@link SyntheticTalents},
 * inserted by a raw JDBC batch besides the demo data) exported through HTTP with authentication as
 * xlsx and CSV by the app under its normal heap ({@code -Xmx512m}), against a baseline measured in
 * the same run: a raw JDBC query of the same rows, in the list's default order, written by POI
 * SXSSF in the test JVM. Each file is read back (rows counted, phones unique — none lost or
 * repeated); the first export after the server's start (JIT cold) is reported apart, the figures
 * are the next ones; the server's heap is read from its GC log and by full collections during an
 * export; while the xlsx export
 * runs another client keeps reading the list, and its latencies and errors are reported. Prints
 * the results (also to {@code target/export-benchmark.txt}) and fails when a file is incomplete or
 * the xlsx took longer than {@code bench.max-seconds} (15) and than twice the baseline.
 *
 * <p>Off in the normal test run; run it alone with
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ExportBenchmarkIT -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ExportBenchmarkIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 63;
    private static final String BASE = "http://localhost:" + PORT;
    private static final int TALENTS = Integer.getInteger("bench.talents", 100_000);
    private static final double MAX_SECONDS = Double.parseDouble(System.getProperty("bench.max-seconds", "15"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Measured(String what, double seconds, long bytes, long rows) {
        String line() {
            return String.format("%-34s %7.2f s %,13d bytes %,9d rows", what, seconds, bytes, rows);
        }
    }

    @Test
    void aHundredThousandTalentsAsXlsxAndCsv() throws Exception {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-export-bench");
        LargeRegistry.prepare(work, PORT, TALENTS, 2026);
        long inDatabase;
        Measured baseline;
        Path files = Files.createDirectories(work.resolve("files"));
        try (Connection c = DriverManager.getConnection(LargeRegistry.url(work))) {
            inDatabase = count(c);
            baseline = baseline(c, files.resolve("baseline.xlsx"));
        } finally {
            LargeRegistry.shutDown(work);
        }
        assertEquals(inDatabase, baseline.rows());
        Path gcLog = work.resolve("gc.log");
        List<String> report = new ArrayList<>();
        try (RunningApp.Server app = RunningApp.launch(work, PORT, false, List.of("-Xlog:gc:file=" + gcLog.toAbsolutePath()), List.of())) {
            // the search index is rebuilt at start; wait until the list answers, then let the server settle
            assertEquals(inDatabase, total());
            Thread.sleep(5_000);
            // the first export after a start runs mostly in the interpreter (POI's and the persistence
            // layer's code is not compiled yet): measured and reported, but the figures are the next ones
            Measured cold = export("xlsx", files.resolve("first.xlsx"));
            long gcFrom = Files.size(gcLog);
            // other builds on the machine slow every figure down: the load says how much company there was
            String loadBefore = load();

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean exporting = new AtomicBoolean(true);
            Thread reader = Thread.ofPlatform().start(() -> readWhile(exporting, latencies, errors));
            Measured xlsx;
            try {
                xlsx = export("xlsx", files.resolve("talents.xlsx"));
            } finally {
                exporting.set(false);
                reader.join();
            }
            Measured csv = export("csv", files.resolve("talents.csv"));
            String heap = heap(Files.readString(gcLog).substring((int) gcFrom));
            // a third export, not timed: the live heap in the middle of it, by full collections (jcmd GC.class_histogram)
            String live = liveDuringExport(work, files.resolve("again.xlsx"));

            long xlsxRows = xlsxRowsWithUniquePhones(files.resolve("talents.xlsx"));
            long csvRows = csvRowsWithUniquePhones(files.resolve("talents.csv"));
            report.add("Export benchmark, " + inDatabase + " talents (" + TALENTS + " synthetic + the demo's), " + Runtime.getRuntime().availableProcessors()
                    + " cores, server -Xmx512m, load average before the exports " + loadBefore + ", after " + load());
            report.add(baseline.line() + "  (raw JDBC + POI SXSSF, test JVM)");
            report.add(new Measured("app xlsx, first after start", cold.seconds(), cold.bytes(), cold.rows()).line() + "  (the same, JIT cold)");
            report.add(xlsx.line() + "  (GET /api/talents/export, read back: " + xlsxRows + " rows, phones unique)");
            report.add(csv.line() + "  (GET /api/talents/export?format=csv, read back: " + csvRows + " rows, phones unique)");
            report.add(String.format("xlsx / baseline: %.2f", xlsx.seconds() / baseline.seconds()));
            report.add("server heap over both timed exports (GC log): " + heap);
            report.add("server live heap during a third export (xlsx), after full collections every 2 s: " + live);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            report.add("another client listing 20 talents during the xlsx export: " + sorted.size() + " requests, "
                    + (sorted.isEmpty() ? "" : "p50 " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.getLast() + " ms, ") + errors.size() + " errors");
            report.forEach(System.out::println);
            Files.write(Path.of("target", "export-benchmark.txt"), report);

            assertEquals(inDatabase, xlsx.rows());
            assertEquals(inDatabase, xlsxRows);
            assertEquals(inDatabase, csvRows);
            assertTrue(errors.isEmpty(), errors::toString);
            // the target is 15 s on this machine; when other builds load it so that even the raw baseline
            // takes more than half of that, the bound is twice the baseline of the same run
            assertTrue(xlsx.seconds() <= Math.max(MAX_SECONDS, 2 * baseline.seconds()),
                    "xlsx took " + xlsx.seconds() + " s, the baseline " + baseline.seconds() + " s");
        }
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? String.join(" ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3)) : "unknown";
    }

    private static long count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM talent")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** the same rows, in the list's default order, by plain JDBC into a streaming workbook: what the app's path costs more than that */
    private static Measured baseline(Connection c, Path file) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.name, t.gender, t.birth_year, w.name, t.village, t.degree,"
                + " t.school, t.major, t.graduation_year, t.city, t.employer, t.title, t.expertise, t.phone, t.email, t.wechat, t.stage,"
                + " a.display_name, t.notes FROM talent t LEFT JOIN township w ON w.id = t.township_id LEFT JOIN account a ON a.id = t.liaison_id"
                + " ORDER BY t.updated_at DESC, t.id");
             SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("人才库");
            Row head = sheet.createRow(0);
            for (int col = 0; col < 19; col++) {
                head.createCell(col).setCellValue("列" + col);
            }
            while (rs.next()) {
                Row row = sheet.createRow((int) ++rows);
                for (int col = 0; col < 19; col++) {
                    Object v = rs.getObject(col + 1);
                    if (v instanceof Number n) {
                        row.createCell(col).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(col).setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return new Measured("baseline (JDBC + SXSSF)", (System.nanoTime() - start) / 1e9, Files.size(file), rows);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("office:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "zh-CN");
    }

    private static long total() {
        return Api.as("office").at(BASE).get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
    }

    private static Measured export(String format, Path file) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Path> r = HTTP.send(request("/api/talents/export?format=" + format).build(), HttpResponse.BodyHandlers.ofFile(file));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, r.statusCode());
        String detail = ExportIT.lastExport(Api.as("office").at(BASE), "office", "TALENT");
        return new Measured("app " + format + " over HTTP", seconds, Files.size(file), ExportIT.rowsOf(detail));
    }

    private static void readWhile(AtomicBoolean running, List<Long> latencies, List<String> errors) {
        Api other = Api.as("office2").at(BASE);
        int page = 0;
        while (running.get()) {
            long start = System.nanoTime();
            try {
                Api.Reply r = other.get("/api/talents?limit=20&sort=name&offset=" + (page++ % 50) * 20);
                if (r.status() != 200) {
                    errors.add(r.status() + " " + r.body());
                }
            } catch (RuntimeException e) {
                errors.add(e.toString());
            }
            latencies.add((System.nanoTime() - start) / 1_000_000);
        }
    }

    /** the largest live heap, sampled by forcing a full collection every two seconds while an export runs */
    private static String liveDuringExport(Path work, Path file) throws Exception {
        String folder = work.toAbsolutePath().toString();
        long pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(folder) && c.contains("payara-micro")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no server for " + folder)).pid();
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(out);
                    if (total.find()) {
                        samples.add(Long.parseLong(total.group(1)) / (1024 * 1024));
                    }
                    Thread.sleep(2_000);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        try {
            export("xlsx", file);
        } finally {
            running.set(false);
            sampler.join();
        }
        return samples.isEmpty() ? "no sample" : samples.size() + " samples, at most " + Collections.max(samples) + " MB live (of 512 MB)";
    }

    /** the most heap in use before a collection and after one (young collections included: not the live set), from lines such as "Pause Young … 210M->80M(512M)" */
    static String heap(String gcLines) {
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(gcLines);
        long before = 0;
        long after = 0;
        long committed = 0;
        int collections = 0;
        while (m.find()) {
            collections++;
            before = Math.max(before, Long.parseLong(m.group(1)));
            after = Math.max(after, Long.parseLong(m.group(2)));
            committed = Math.max(committed, Long.parseLong(m.group(3)));
        }
        return collections + " collections, at most " + before + " MB in use before one and " + after + " MB after one, heap size up to "
                + committed + " MB";
    }

    /** rows of the workbook's first sheet under its header, read by SAX (the file is too large for a workbook in memory) */
    private static long xlsxRowsWithUniquePhones(Path file) throws Exception {
        Set<String> phones = new HashSet<>();
        long[] rows = {0};
        long[] withPhone = {0};
        int[] phoneColumn = {-1};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XMLReader xml = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                    new XSSFSheetXMLHandler.SheetContentsHandler() {
                        int row;

                        @Override
                        public void startRow(int rowNum) {
                            row = rowNum;
                            if (rowNum > 0) {
                                rows[0]++;
                            }
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            int col = new org.apache.poi.ss.util.CellReference(ref).getCol();
                            if (row == 0 && "手机".equals(value)) {
                                phoneColumn[0] = col;
                            } else if (row > 0 && col == phoneColumn[0]) {
                                withPhone[0]++;
                                phones.add(value);
                            }
                        }
                    }, false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                xml.parse(new InputSource(sheet));
            }
        }
        assertEquals(withPhone[0], phones.size(), "every row once: as many distinct phones as rows with one");
        assertTrue(withPhone[0] >= TALENTS, "every synthetic talent has a phone: " + withPhone[0]);
        return rows[0];
    }

    private static long csvRowsWithUniquePhones(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<Map<String, String>> rows = Csv.read(in);
            List<String> phones = rows.stream().map(r -> r.get("手机")).filter(p -> p != null).toList();
            assertEquals(phones.size(), new HashSet<>(phones).size(), "every row once: as many distinct phones as rows with one");
            assertTrue(phones.size() >= TALENTS, "every synthetic talent has a phone: " + phones.size());
            return rows.size();
        }
    }
}
