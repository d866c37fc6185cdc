package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.search.control.ChineseAnalyzers;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The import benchmark: {@code bench.talents} (100,000) synthetic talent rows ({@link SyntheticTalents})
 * as the office's CSV, uploaded over HTTP with authentication and imported by the app (valid rows;
 * rows that may be one person held) under its normal heap ({@code -Xmx512m}), against a baseline
 * measured in the same run on the same rows: a raw JDBC batch insert into the same schema on Derby
 * (a second app folder, {@link SyntheticTalents#insert}) plus a raw Lucene indexing of the same
 * text with the app's analyzer, one commit. The bar: the import takes no longer than twice
 * the baseline. Prints the results (also to {@code target/import-benchmark.txt}).
 *
 * <p>Off in the normal test run; run it alone with
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmarkIT -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ImportBenchmarkIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 67;
    private static final String BASE = "http://localhost:" + PORT;
    private static final int TALENTS = Integer.getInteger("bench.talents", 100_000);
    private static final long SEED = 2026;

    @Test
    void aHundredThousandRowsAgainstRawJdbcAndLucene() throws Exception {
        Path root = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-import-bench");
        Path files = Files.createDirectories(root.resolve("files"));
        Path csv = files.resolve("talents.csv");
        SyntheticTalents.writeCsv(csv, TALENTS, SEED);

        // -Dbench.derby-page-cache=4000: Derby's page cache (pages of 4 KiB; 1000 by default) for the baseline and the app alike
        String pageCache = System.getProperty("bench.derby-page-cache");
        if (pageCache != null) {
            System.setProperty("derby.storage.pageCacheSize", pageCache);
        }
        // the baseline first, on its own database with the app's schema
        Path raw = root.resolve("raw");
        RunningApp.launch(raw, PORT, true).close();
        double jdbc;
        try (Connection c = DriverManager.getConnection(LargeRegistry.url(raw))) {
            long start = System.nanoTime();
            SyntheticTalents.insertAsImport(c, TALENTS, SEED);
            jdbc = (System.nanoTime() - start) / 1e9;
        } finally {
            LargeRegistry.shutDown(raw);
        }
        double lucene = luceneIndexing(root.resolve("raw-index"));

        Path work = root.resolve("app");
        Path gcLog = root.resolve("gc.log");
        List<String> report = new ArrayList<>();
        List<String> jvm = new ArrayList<>(List.of("-Xlog:gc:file=" + gcLog.toAbsolutePath()));
        if (pageCache != null) {
            jvm.add("-Dderby.storage.pageCacheSize=" + pageCache);
        }
        // -Dbench.jfr=target/import.jfr: a flight recording of the server, to see where an import's time goes
        if (System.getProperty("bench.jfr") != null) {
            jvm.add("-XX:StartFlightRecording=filename=" + Path.of(System.getProperty("bench.jfr")).toAbsolutePath() + ",settings=profile");
        }
        try (RunningApp.Server app = RunningApp.launch(work, PORT, true, jvm, List.of())) {
            Api office = Api.as("office").at(BASE);
            long before = office.get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
            long start = System.nanoTime();
            HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/imports?kind=TALENT&mode=VALID_ROWS&name=talents.csv"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("office:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            double upload = (System.nanoTime() - start) / 1e9;
            long id = Api.as("office").at(BASE).get("/api/imports?limit=1").json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
            JsonObject done;
            do {
                Thread.sleep(250);
                done = office.get("/api/imports/" + id).json();
            } while ("RUNNING".equals(done.getString("status")));
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = office.get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
            String heap = ExportBenchmarkIT.heap(Files.readString(gcLog));

            report.add("Import benchmark, " + TALENTS + " synthetic talent rows (CSV " + Files.size(csv) / 1024 + " KiB), "
                    + Runtime.getRuntime().availableProcessors() + " cores, server -Xmx512m"
                    + (pageCache == null ? "" : ", Derby page cache " + pageCache + " pages"));
            report.add(String.format("baseline: raw JDBC batch insert %7.2f s + raw Lucene indexing %7.2f s = %7.2f s", jdbc, lucene, jdbc + lucene));
            report.add(String.format("app: upload (read, checked, columns guessed) %7.2f s, import to the end %7.2f s — %d added, %d held as maybe one person, %d invalid; %.0f rows/s",
                    upload, seconds, done.getInt("added"), done.getInt("held"), done.getInt("invalid"), TALENTS / seconds));
            report.add(String.format("app / baseline: %.2f (the bar: 2)", seconds / (jdbc + lucene)));
            report.add("server heap during the import (GC log): " + heap);
            report.forEach(System.out::println);
            Files.write(Path.of("target", "import-benchmark.txt"), report);

            assertEquals("DONE", done.getString("status"), done.toString());
            assertEquals(TALENTS, done.getInt("added") + done.getInt("held") + done.getInt("invalid"));
            assertEquals(before + done.getInt("added"), after, "every added row is in the list");
            assertTrue(Api.as("office").at(BASE).get("/api/search?q=" + Api.q(SyntheticTalents.rows(1, SEED).findFirst().orElseThrow().get("姓名")))
                    .body().contains("hits"));
        }
    }

    /** the same rows' text as the talents' documents carry it, indexed by a bare IndexWriter with the app's analyzer, one commit */
    private static double luceneIndexing(Path dir) throws Exception {
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.forIndexing()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            int[] id = {0};
            SyntheticTalents.rows(TALENTS, SEED).forEach(row -> {
                Document d = new Document();
                d.add(new StringField("key", "talent:" + id[0]++, Field.Store.YES));
                d.add(new TextField("title", row.get("姓名"), Field.Store.YES));
                d.add(new TextField("text", String.join(" ", text(row)), Field.Store.YES));
                d.add(new TextField("personal", String.join(" ", row.get("手机"), row.get("邮箱"), row.get("微信")), Field.Store.YES));
                try {
                    writer.addDocument(d);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<String> text(Map<String, String> row) {
        return List.of(row.get("姓名"), row.get("乡镇"), row.get("村（社区）"), row.get("毕业院校"), row.get("专业"), row.get("现居城市"),
                row.get("工作单位"), row.get("职务职称"), row.get("专长"));
    }
}
