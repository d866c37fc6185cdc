package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A second start keeps every change, loads no seed data twice, and rebuilds a lost search index
 * from the database. Runs its own server on its own data folder, stopped and started again.
 */
class RestartIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 7;
    private static final String BASE = "http://localhost:" + PORT;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("office:lian2019".getBytes(StandardCharsets.UTF_8));

    @Test
    void dataSurvivesARestartAndALostIndexIsRebuilt() throws Exception {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-restart");
        long id;
        long total;
        try (RunningApp.Server first = RunningApp.launch(work, PORT, true)) {
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(BASE + "/api/talents"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"name":"重啟測試員","school":"山東大學","stage":"ENGAGED","phone":"13700001111"}""")));
            assertEquals(201, created.statusCode(), created.body());
            id = json(created.body()).getJsonNumber("id").longValue();
            total = json(get("/api/talents?limit=1").body()).getJsonNumber("total").longValue();
            assertEquals(1, searchTotal("重启测试员"));
        }

        deleteTree(work.resolve("data").resolve("index"));

        try (RunningApp.Server second = RunningApp.launch(work, PORT, false)) {
            JsonObject again = json(get("/api/talents/" + id).body());
            assertEquals("重啟測試員", again.getString("name"));
            assertEquals("ENGAGED", again.getString("stage"));
            assertEquals(total, json(get("/api/talents?limit=1").body()).getJsonNumber("total").longValue(),
                    "demo data must not be loaded a second time");
            assertEquals(1, searchTotal("重启测试员"), "the lost index must be rebuilt from the database");
            assertEquals(1, searchTotal("13700001111"));
        }
        String log = Files.readString(work.resolve("server.log"));
        assertTrue(log.contains("rebuilt " + total + " talent documents"), "the second start reports rebuilding all " + total);
    }

    private static long searchTotal(String q) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getJsonNumber("total").longValue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.header("Authorization", AUTH).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
