package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * HTTPS end to end on an instance of its own: a keystore made with the JDK's keytool at test time,
 * Payara Micro serving HTTPS with it (as the launcher does when LIANCAI_HTTPS_KEYSTORE is set), and
 * 127.0.0.1 configured as the one trusted reverse proxy. Over HTTPS every answer carries HSTS and the
 * session cookie after login is Secure; plain HTTP is redirected (301 for reads, 308 for writes). A
 * request claiming {@code X-Forwarded-Proto: https} counts only from the trusted proxy: from
 * 127.0.0.2 it is plain HTTP and redirected.
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
class HttpsIT {

    private static final int HTTP_PORT = Integer.getInteger("it.port", 18080) + 27;
    private static final int HTTPS_PORT = HTTP_PORT + 1;
    private static final String HSTS = "max-age=31536000";

    @Test
    void httpsIsServedHttpIsRedirectedAndOnlyTheTrustedProxyIsBelieved() throws Exception {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-https");
        RunningApp.deleteTree(work);
        Files.createDirectories(work);
        Path keystore = work.resolve("liancai-test.p12");
        String password = UUID.randomUUID().toString();
        keytool(keystore, password);

        try (RunningApp.Server server = RunningApp.launch(work, HTTP_PORT, false,
                List.of("-Djavax.net.ssl.keyStore=" + keystore.toAbsolutePath(), "-Djavax.net.ssl.keyStorePassword=" + password,
                        "-Dliancai.https.keystore=" + keystore.toAbsolutePath(), "-Dliancai.https.port=" + HTTPS_PORT,
                        "-Dliancai.proxy.trusted=127.0.0.1"),
                List.of("--sslport", String.valueOf(HTTPS_PORT), "--sslcert", "liancai"))) {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore, password)).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "https://localhost:" + HTTPS_PORT;

            // HTTPS: HSTS on pages, API answers and the redirect to the login page
            HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertEquals(HSTS, login.headers().firstValue("Strict-Transport-Security").orElse(null));
            HttpResponse<String> api = https.send(HttpRequest.newBuilder(URI.create(base + "/api/talents?limit=1"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("office:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, api.statusCode(), api.body());
            assertEquals(HSTS, api.headers().firstValue("Strict-Transport-Security").orElse(null));
            HttpResponse<String> protectedPage = https.send(HttpRequest.newBuilder(URI.create(base + "/talents/list.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, protectedPage.statusCode());
            assertEquals(HSTS, protectedPage.headers().firstValue("Strict-Transport-Security").orElse(null));

            // logging in over HTTPS: the session cookie is Secure, HttpOnly, SameSite=Lax
            HttpResponse<String> loggedIn = https.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(loginForm(login.body(), "office", Api.PASSWORD))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, loggedIn.statusCode(), "login answers a redirect into the app: " + loggedIn.body());
            String cookie = sessionCookie(loggedIn.headers().allValues("Set-Cookie"));
            assertNotNull(cookie, () -> "login sets the session cookie: " + loggedIn.headers().map());
            String lower = cookie.toLowerCase(Locale.ROOT);
            assertTrue(lower.contains("; secure") && lower.contains("httponly") && lower.contains("samesite=lax"), cookie);

            // plain HTTP: redirected before anything answers; no session, no HSTS
            Raw get = Raw.send("127.0.0.1", "GET /talents/list.xhtml?tab=2 HTTP/1.1", Map.of());
            assertEquals(301, get.status());
            assertEquals(base + "/talents/list.xhtml?tab=2", get.header("Location"));
            assertNull(get.header("Strict-Transport-Security"));
            assertNull(sessionCookie(get.headers("Set-Cookie")));
            Raw post = Raw.send("127.0.0.1", "POST /api/talents HTTP/1.1", Map.of("Content-Type", "application/json", "Content-Length", "2"), "{}");
            assertEquals(308, post.status(), "a write keeps its method and body");
            assertEquals(base + "/api/talents", post.header("Location"));

            // behind the trusted proxy: X-Forwarded-Proto counts, so the request is HTTPS
            Raw proxied = Raw.send("127.0.0.1", "GET /login.xhtml HTTP/1.1", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.7"));
            assertEquals(200, proxied.status());
            assertEquals(HSTS, proxied.header("Strict-Transport-Security"));
            String proxiedCookie = sessionCookie(proxied.headers("Set-Cookie"));
            assertTrue(proxiedCookie == null || proxiedCookie.toLowerCase(Locale.ROOT).contains("; secure"), proxiedCookie);

            // from anywhere else the same header is a claim, not a fact: plain HTTP, redirected
            Raw spoofed = Raw.send("127.0.0.2", "GET /login.xhtml HTTP/1.1", Map.of("X-Forwarded-Proto", "https"));
            assertEquals(301, spoofed.status());
            assertNull(spoofed.header("Strict-Transport-Security"));
            assertNull(sessionCookie(spoofed.headers("Set-Cookie")));
        }
    }

    private static void keytool(Path keystore, String password) throws IOException, InterruptedException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "liancai", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + output);
    }

    private static SSLContext trusting(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** the login form as the browser posts it: its hidden fields (view state, PrimeFaces' CSP nonce), the credentials, the button */
    private static String loginForm(String page, String user, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(page);
        while (hidden.find()) {
            String name = attribute(hidden.group(), "name");
            if (name != null) {
                fields.put(name, String.valueOf(attribute(hidden.group(), "value")).replace("&amp;", "&"));
            }
        }
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        assertTrue(nonce.find(), "the page starts PrimeFaces' CSP mode with its nonce");
        fields.put("primefaces.nonce", nonce.group(1));
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:username", user);
        fields.put("loginForm:password", password);
        fields.put("loginForm:submit", "");
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
    }

    /** one plain HTTP/1.1 exchange from a chosen local address, as a proxy (or someone pretending) would send it */
    private record Raw(int status, Map<String, List<String>> headerMap) {

        static Raw send(String from, String requestLine, Map<String, String> headers) throws IOException {
            return send(from, requestLine, headers, "");
        }

        static Raw send(String from, String requestLine, Map<String, String> headers, String body) throws IOException {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", HTTP_PORT), 5000);
                socket.setSoTimeout(60_000);
                StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost:").append(HTTP_PORT)
                        .append("\r\nConnection: close\r\n");
                headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
                request.append("\r\n").append(body);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
                String[] lines = head.split("\r\n");
                Map<String, List<String>> map = new LinkedHashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    map.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
                return new Raw(Integer.parseInt(lines[0].split(" ")[1]), map);
            }
        }

        List<String> headers(String name) {
            return headerMap.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.getFirst();
        }
    }
}
