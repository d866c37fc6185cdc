package cn.wulian.liancai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries, so a fresh install is safe to expose: no framing (clickjacking), no
 * content sniffing (an uploaded file never runs as a page), no full address leaking to other sites,
 * and no copy of a page or an API answer — they may carry personal data — in a browser's or a proxy's
 * cache. Static resources (scripts, styles, images) stay cacheable.
 * <p>
 * The policy restricts framing, forms, plugins and the base address only; limiting scripts needs
 * PrimeFaces' CSP mode and a page without inline script, which is a step of its own.
 * <p>
 * Set by the authentication mechanism, which sees every request first: a filter would miss the
 * answers the mechanism gives itself (401 to the API, the redirect to the login page).
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static final String POLICY = "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
