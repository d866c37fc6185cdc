package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.search.control.ChineseAnalyzers;
import cn.wulian.liancai.search.control.Pinyin;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The search benchmark of issue 15: {@code bench.talents} (1,000,000) synthetic talents
 * ({@link SyntheticTalents}: common and special surnames, 8 % in Traditional) loaded through the
 * app's own import (CSV files of {@code bench.file-rows} rows over HTTP), then, on that registry and
 * one query mix (names, full pinyin, initials, schools, two-character words, misses), side by side
 * in one run:
 * <ul>
 * <li>the app over HTTP with Basic authentication: {@code /api/search}, the talent list API
 * ({@code /api/talents} with a filter and a sort), suggestions ({@code /api/search/suggest}),
 * {@code GET /api/talents/{id}} against {@code /health}, at 1 and 2 clients;</li>
 * <li>raw Lucene on a copy of the app's index (a bare {@code IndexSearcher}, the app's analyzer, a
 * {@code MultiFieldQueryParser}): the floor;</li>
 * <li>SQL {@code LIKE '%…%'} over the same database by JDBC, the app stopped: what a naive
 * system does;</li>
 * </ul>
 * plus the index's size and build rate (a start with the index folder removed) and the server's heap.
 * Prints the results (also to {@code target/search-benchmark.txt}).
 *
 * <p>Off in the normal test run; run it alone with
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SearchBenchmarkIT -Dbench=true}
 * ({@code -Dbench.talents=100000} for a quicker run; {@code -Dbench.load-only=true} loads and stops;
 * {@code -Dbench.reuse=true} measures an app folder loaded by an earlier run again; {@code
 * -Dbench.server-heap=1g} another heap for the server).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SearchBenchmarkIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 77;
    private static final String BASE = "http://localhost:" + PORT;
    private static final int TALENTS = Integer.getInteger("bench.talents", 1_000_000);
    private static final int FILE_ROWS = Integer.getInteger("bench.file-rows", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final long SEED = 2027;
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("office:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> report = new ArrayList<>();

    @Test
    void aMillionTalentsAgainstRawLuceneAndSqlLike() throws Exception {
        Path root = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-search-bench");
        Path work = root.resolve("app");
        Path gcLog = root.resolve("gc.log");
        List<String> jvm = new ArrayList<>(List.of("-Xlog:gc:file=" + gcLog.toAbsolutePath()));
        // -Dbench.server-heap=1g: the server's heap instead of the app's 512 MiB
        if (System.getProperty("bench.server-heap") != null) {
            jvm.add("-Xmx" + System.getProperty("bench.server-heap"));
        }
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.isDirectory(work.resolve("data"));
        report.add("Search benchmark, " + TALENTS + " synthetic talents, " + Runtime.getRuntime().availableProcessors() + " cores, "
                + ROUNDS + " rounds of the query mix per measurement");

        if (!reuse) {
            Files.createDirectories(root);
            try (RunningApp.Server app = RunningApp.launch(work, PORT, true, jvm, List.of())) {
                load(root.resolve("files"));
            }
            if (Boolean.getBoolean("bench.load-only")) {
                report.forEach(System.out::println);
                return;
            }
        }
        // the index's build rate: a start whose index folder is gone rebuilds it from the database
        long indexBytes = size(work.resolve("data").resolve("index"));
        // -Dbench.rebuild=false: keep the index of an earlier run (a start that finds it in step) to measure the queries again sooner
        boolean rebuild = !"false".equals(System.getProperty("bench.rebuild"));
        if (rebuild) {
            RunningApp.deleteTree(work.resolve("data").resolve("index"));
        }
        long start = System.nanoTime();
        Queries queries = Queries.of(TALENTS);
        try (RunningApp.Server app = RunningApp.launch(work, PORT, false, jvm, List.of())) {
            double ready = (System.nanoTime() - start) / 1e9;
            long total = json(get("/api/talents?limit=1")).getJsonNumber("total").longValue();
            report.add(String.format("index: %,d MiB on disk before, %s during a start of %.1f s (%,d talents listed)",
                    indexBytes >> 20, rebuild ? "rebuilt from the database" : "kept", ready, total));
            if (rebuild) {
                report.add("  " + rebuildLine(work));
            }
            report.add(String.format("index after the rebuild: %,d MiB", size(work.resolve("data").resolve("index")) >> 20));
            assertTrue(total >= TALENTS * 9L / 10, "the registry holds the talents: " + total);

            long someId = json(get("/api/talents?limit=1&sort=name")).getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
            Map<String, List<String>> mix = new LinkedHashMap<>();
            mix.put("/api/search", queries.all().stream().map(q -> "/api/search?limit=20&q=" + Api.q(q)).toList());
            mix.put("list API", queries.lists());
            // the deepest pages a list serves, 10,000 rows from either end (deeper ones are refused)
            mix.put("list API, 10,000 deep", List.of("/api/talents?limit=20&offset=10000&sort=name&order=asc",
                    "/api/talents?limit=20&offset=" + (total - 10_020) + "&sort=updatedAt&order=desc"));
            mix.put("suggest", queries.prefixes().stream().map(q -> "/api/search/suggest?q=" + Api.q(q)).toList());
            mix.put("GET /api/talents/{id}", Collections.nCopies(50, "/api/talents/" + someId));
            mix.put("/health", Collections.nCopies(50, "/health"));
            // warm-up: everything, over and over, as a server in service has run it (one round left the server's
            // hot code interpreted or half compiled: a read by id took 4 ms in its first 1,500 requests, 0.9 ms after a minute)
            long warmSeconds = Long.getLong("bench.warmup-seconds", 60);
            long warmUntil = System.nanoTime() + warmSeconds * 1_000_000_000L;
            int warmRequests = 0;
            do {
                for (List<String> urls : mix.values()) {
                    for (String url : urls) {
                        get(url);
                        warmRequests++;
                    }
                }
            } while (System.nanoTime() < warmUntil);
            report.add(String.format("warm-up: the whole mix repeated for %d s (%,d requests) before measuring", warmSeconds, warmRequests));
            // the heap while measuring, not while the start rebuilt the index
            long gcBefore = Files.size(gcLog);
            report.add("");
            report.add(String.format("%-24s %8s %8s %8s %8s %10s", "over HTTP (ms)", "clients", "p50", "p90", "p99", "req/s"));
            for (int clients : List.of(1, 2)) {
                for (Map.Entry<String, List<String>> kind : mix.entrySet()) {
                    measure(kind.getKey(), kind.getValue(), clients);
                }
            }
            report.add("server heap while measuring (GC log): " + ExportBenchmarkIT.heap(Files.readString(gcLog).substring((int) gcBefore)));
        }

        report.add("");
        Path copy = root.resolve("index-copy");
        RunningApp.deleteTree(copy);
        copyTree(work.resolve("data").resolve("index"), copy);
        rawLucene(copy, queries.all());
        sqlLike(work, queries.all());
        report.forEach(System.out::println);
        Files.write(Path.of("target", "search-benchmark.txt"), report);
    }

    /** the rows as CSV files of {@link #FILE_ROWS}, each imported over HTTP to the end */
    private void load(Path files) throws Exception {
        Files.createDirectories(files);
        long start = System.nanoTime();
        int added = 0;
        int held = 0;
        for (int from = 0; from < TALENTS; from += FILE_ROWS) {
            int n = Math.min(FILE_ROWS, TALENTS - from);
            Path csv = files.resolve("talents-" + from + ".csv");
            SyntheticTalents.writeCsv(csv, from, n, SEED);
            HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/imports?kind=TALENT&mode=VALID_ROWS&name=" + csv.getFileName()))
                    .header("Authorization", AUTH).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            long id = json(get("/api/imports?limit=1")).getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
            JsonObject done;
            do {
                Thread.sleep(500);
                done = json(get("/api/imports/" + id));
            } while ("RUNNING".equals(done.getString("status")));
            assertEquals("DONE", done.getString("status"), done.toString());
            added += done.getInt("added");
            held += done.getInt("held");
            Files.delete(csv);
            System.out.printf("loaded %,d rows of %,d (%.0f s)%n", from + n, TALENTS, (System.nanoTime() - start) / 1e9);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format("load through the app's import: %,d added, %,d held as maybe one person, in %.0f s (%.0f rows/s)",
                added, held, seconds, TALENTS / seconds));
    }

    private void measure(String kind, List<String> urls, int clients) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit((Callable<Void>) () -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = client; i < urls.size(); i += 1) {
                            long t = System.nanoTime();
                            get(urls.get((i + round * 7 + client * 13) % urls.size()));
                            nanos.add(System.nanoTime() - t);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        report.add(String.format("%-24s %8d %8s %8s %8s %10.0f", kind, clients, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                sorted.size() / seconds));
    }

    /** the same query mix on a bare IndexSearcher over a copy of the app's index: the analyzer and a parser, no permissions, no HTTP */
    private void rawLucene(Path index, List<String> queries) throws Exception {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, ChineseAnalyzers.forQuery());
            parser.setDefaultOperator(QueryParser.Operator.AND);
            List<Long> nanos = new ArrayList<>();
            // warmed as the server is (a third of its time suffices: only Lucene's code and the analyzer's)
            long warmUntil = System.nanoTime() + Long.getLong("bench.warmup-seconds", 60) * 1_000_000_000L / 3;
            for (int round = 0; round <= ROUNDS; round++) {
                for (String q : queries) {
                    long t = System.nanoTime();
                    Query query = parser.parse(QueryParser.escape(q));
                    searcher.search(query, 20);
                    searcher.count(query);
                    if (round > 0) {
                        nanos.add(System.nanoTime() - t);
                    }
                }
                if (round == 0 && System.nanoTime() < warmUntil) {
                    round--;
                }
            }
            Collections.sort(nanos);
            report.add(String.format("%-24s %8s %8s %8s %8s", "raw Lucene (ms)", "1", ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99)));
        }
    }

    /** the same words by SQL LIKE over name, school and employer, by JDBC on the app's database (the app stopped), one round */
    private void sqlLike(Path work, List<String> queries) throws Exception {
        List<Long> nanos = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(LargeRegistry.url(work));
             PreparedStatement count = c.prepareStatement("select count(*) from talent where lower(name) like ? or lower(school) like ?"
                     + " or lower(employer) like ?");
             PreparedStatement page = c.prepareStatement("select id, name from talent where lower(name) like ? or lower(school) like ?"
                     + " or lower(employer) like ? order by updated_at desc, id fetch first 20 rows only")) {
            List<String> sample = queries.stream().limit(Integer.getInteger("bench.like-queries", 24)).toList();
            for (String q : sample) {
                String like = "%" + q.toLowerCase() + "%";
                long t = System.nanoTime();
                for (PreparedStatement s : List.of(count, page)) {
                    s.setString(1, like);
                    s.setString(2, like);
                    s.setString(3, like);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
                nanos.add(System.nanoTime() - t);
            }
        } finally {
            LargeRegistry.shutDown(work);
        }
        Collections.sort(nanos);
        report.add(String.format("%-24s %8s %8s %8s %8s  (%d queries: count + first page)", "SQL LIKE '%…%' (ms)", "1", ms(nanos, 0.50),
                ms(nanos, 0.90), ms(nanos, 0.99), nanos.size()));
    }

    /** the query mix, drawn from the rows themselves (so that the names exist), and a few misses */
    record Queries(List<String> names, List<String> pinyin, List<String> initials, List<String> words, List<String> misses) {

        static Queries of(int talents) {
            List<String> names = new ArrayList<>();
            List<String> pinyin = new ArrayList<>();
            List<String> initials = new ArrayList<>();
            // forty names spread over the registry, the same for every run
            int stride = Math.max(1, talents / 40);
            java.util.concurrent.atomic.AtomicInteger k = new java.util.concurrent.atomic.AtomicInteger();
            SyntheticTalents.rows(talents, SEED).filter(row -> k.getAndIncrement() % stride == 0).limit(40).forEach(row -> {
                String name = row.get("姓名");
                names.add(name);
                String[] syllables = Pinyin.sortKey(name, true).split("\t")[0].split(" ");
                pinyin.add(String.join(names.size() % 2 == 0 ? " " : "", syllables));
                StringBuilder first = new StringBuilder();
                for (String s : syllables) {
                    first.append(s.charAt(0));
                }
                initials.add(first.toString());
            });
            List<String> words = List.of("山东大学", "中国海洋大学", "华为技术有限公司", "海尔集团", "大学", "华为", "海洋", "工程", "人工智能", "青岛");
            List<String> misses = List.of("不存在的人", "zzqxw", "量子纠缠", "xq不", "Tsinghau");
            return new Queries(names, pinyin, initials, words, misses);
        }

        List<String> all() {
            return Stream.of(names, pinyin.subList(0, 20), initials.subList(0, 10), words, misses).flatMap(List::stream).toList();
        }

        /** what is typed into the box before a name is complete */
        List<String> prefixes() {
            List<String> typed = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                // 马w: the surname written, the given name's first letter
                typed.add(names.get(i).substring(0, 1) + initials.get(i).substring(Math.min(1, initials.get(i).length() - 1)).charAt(0));
                typed.add(initials.get(i).substring(0, Math.min(2, initials.get(i).length())));
                typed.add(names.get(i).substring(0, Math.min(2, names.get(i).length())));
            }
            typed.addAll(List.of("山东", "华为", "ma", "zhang w", "shan"));
            return typed;
        }

        /** the talent list with a filter and a sort, as the office clicks it */
        List<String> lists() {
            List<String> urls = new ArrayList<>();
            String[] sorts = {"sort=name&order=asc", "sort=birthYear&order=desc", "sort=updatedAt&order=desc", "sort=school&order=asc", ""};
            for (int i = 0; i < 10; i++) {
                String sort = sorts[i % sorts.length];
                urls.add("/api/talents?limit=20&name=" + Api.q(names.get(i)) + "&" + sort);
                urls.add("/api/talents?limit=20&name=" + Api.q(initials.get(i)) + "&" + sort);
                urls.add("/api/talents?limit=20&q=" + Api.q(words.get(i)) + "&" + sort);
            }
            urls.add("/api/talents?limit=20&sort=name&order=asc");
            urls.add("/api/talents?limit=20&stage=ENGAGED&degree=DOCTORATE&sort=birthYear&order=asc");
            urls.add("/api/talents?limit=20&school=" + Api.q("山东大学") + "&city=" + Api.q("青岛") + "&sort=name&order=desc");
            urls.add("/api/talents?limit=20&offset=5000&sort=updatedAt&order=desc");
            urls.add("/api/talents?limit=20&offset=5000&sort=name&order=desc");
            return urls;
        }
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", AUTH).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static JsonObject json(String body) {
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
    }

    private static String ms(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.format("%.1f", sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6);
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    /** the start-up's log line that says how long rebuilding the talents' documents took */
    private static String rebuildLine(Path work) throws IOException {
        String last = "(no rebuild line in the server log)";
        for (String line : Files.readAllLines(work.resolve("server.log"), StandardCharsets.UTF_8)) {
            if (line.contains("search index: rebuilt") && line.contains(" talent documents")) {
                last = line.substring(line.indexOf("search index:")).strip();
            }
        }
        return last;
    }
}
