package cn.wulian.liancai.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * JSF pages over plain HTTP, without a browser: the fields a page's forms would post (its inputs,
 * the view state, PrimeFaces' nonce) and the log-in form. For tests that need many sessions or a
 * form's exact answer, where a browser would be too slow or hide it.
 */
final class PageForms {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private PageForms() {
    }

    /** every input of the page by name, with its value as rendered, and the nonce PrimeFaces' script would add to a post */
    static Map<String, String> fields(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher inputs = INPUT.matcher(page);
        while (inputs.find()) {
            Matcher n = NAME.matcher(inputs.group());
            Matcher v = VALUE.matcher(inputs.group());
            if (n.find()) {
                form.put(n.group(1), v.find() ? v.group(1).replace("&amp;", "&") : "");
            }
        }
        // PrimeFaces' CSP mode: its script adds the page's nonce to every form post
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return form;
    }

    static HttpRequest.BodyPublisher encoded(Map<String, String> form) {
        return HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /**
     * Fills in and posts the log-in form of {@code base}, sending {@code cookie} (null: none); a
     * successful log-in answers 302 with the new session's cookie.
     */
    static HttpResponse<String> login(HttpClient http, String base, String user, String password, String cookie)
            throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> form = fields(page);
        form.put("loginForm:username", user);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(encoded(form));
        if (cookie != null) {
            post.header("Cookie", cookie);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** the {@code JSESSIONID=…} pair a successful log-in set, to send back as a Cookie header */
    static String sessionCookie(HttpResponse<?> login) {
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie after log-in: " + login.statusCode() + " " + login.headers()));
        return cookie.substring(0, cookie.indexOf(';'));
    }
}
