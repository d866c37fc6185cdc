package cn.wulian.liancai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a page request came from, and how to send the browser elsewhere, for the code that answers
 * before or around Faces (the log-in, an expired page).
 */
public final class PageAddress {

    private PageAddress() {
    }

    /**
     * The page as the user sees it, path and query within the app: a form posts to its page's path
     * without the query ({@code /talents/edit.xhtml}, the {@code ?id=323} lost), so for a post the
     * address it was sent from (its {@code Referer}) is taken when it is the same page of this app.
     */
    public static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            String sentFrom = sentFrom(request, path);
            if (sentFrom != null) {
                return sentFrom;
            }
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String sentFrom(HttpServletRequest request, String path) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String host = request.getHeader("Host");
            boolean sameApp = from.getRawAuthority() != null && from.getRawAuthority().equalsIgnoreCase(host)
                    && (request.getContextPath() + path).equals(from.getRawPath());
            return sameApp ? path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()) : null;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /**
     * {@code target} (a page of this app, with the context path) carrying the page the user asked for as
     * its {@code next}, so that whatever stood in the way (the log-in, a one-time password's change)
     * leads on to it; nothing is carried for the home page
     */
    public static String withNext(String target, HttpServletRequest request) {
        String original = of(request);
        return original.isEmpty() || "/".equals(original) ? target
                : target + "?next=" + URLEncoder.encode(original, StandardCharsets.UTF_8);
    }

    /**
     * the page to go on to: only a page inside this app, never another site (no open redirect), nor the
     * API, which a browser's log-in does not open (it answered the page with 401 and a password prompt)
     */
    public static String safeNext(String next) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && !next.startsWith("/login")
                && !next.equals("/api") && !next.startsWith("/api/") && !next.startsWith("/api?")) {
            return next;
        }
        return "/";
    }

    /** a redirect the browser follows, whether the request was a page or a JSF AJAX call (which would ignore a 302) */
    public static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            response.flushBuffer();
        } else {
            response.sendRedirect(target); // a browser follows it with GET, whatever was posted
        }
    }
}
