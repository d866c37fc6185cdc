package cn.wulian.liancai.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the API tests: one user's Basic credentials, JSON in and out. */
public final class Api {

    public static final String PASSWORD = "lian2019";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String authorization;
    private final String language;

    private final String base;

    private Api(String authorization, String language) {
        this(authorization, language, RunningApp.BASE);
    }

    private Api(String authorization, String language, String base) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    public static Api as(String user) {
        return as(user, PASSWORD);
    }

    public static Api as(String user, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), null);
    }

    /** sends this exact Authorization header, e.g. a malformed one */
    public static Api withAuthorization(String header) {
        return new Api(header, null);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    /** the same caller against another running instance, e.g. "http://localhost:18087" */
    public Api at(String otherBase) {
        return new Api(authorization, language, otherBase);
    }

    public Api inEnglish() {
        return new Api(authorization, "en", base);
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonStructure jsonValue() {
            return Json.createReader(new StringReader(body)).read();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** a GET that takes any type, e.g. a spreadsheet export, whatever it answers (a download's body read as text) */
    public Reply getAny(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    /** a GET with one extra request header, e.g. one a proxy would add */
    public Reply get(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * any method with this {@code Content-Type} (null: no such header) and body (null: none at all),
     * e.g. a POST that forgot its body
     */
    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** a file as the request body, of the given type */
    public Reply upload(String path, byte[] content, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** the bytes of a download, with the answer's status in the reply's body when it is not 200 */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("download " + path + " answered " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
