package cn.wulian.liancai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries, so a fresh install is safe to expose: no framing (clickjacking), no
 * content sniffing (an uploaded file never runs as a page), no full address leaking to other sites,
 * no copy of a page or an API answer — they may carry personal data — in a browser's or a proxy's
 * cache (static resources stay cacheable), and, over HTTPS, a year's promise to browsers to use
 * nothing else (HSTS).
 * <p>
 * Content-Security-Policy: pages run only the app's own script files and the inline scripts that
 * carry the page's nonce. PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) moves its inline
 * event handlers into such scripts; {@link PagePolicy} puts the nonce of the page being rendered into
 * the policy. Styles keep {@code 'unsafe-inline'}: PrimeFaces components and our pages write
 * {@code style} attributes (widths, positions, colours); a style cannot run code. API answers and
 * other non-page answers allow nothing at all.
 * <p>
 * Set by the authentication mechanism, which sees every request first: a filter would miss the
 * answers the mechanism gives itself (401 to the API, the redirect to the login page). For the same
 * reason the absolute session limit is applied here, before the mechanism reads the session.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static final String CSP = "Content-Security-Policy";
    private static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        SessionLimits.enforce(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CSP, isData(request) ? DATA_POLICY : pagePolicy(null));
        response.setHeader("Referrer-Policy", "same-origin");
        if (PublicPage.isPublic(path(request))) {
            // the same for everyone (PublicPage): browsers and proxies may keep it a few minutes
            response.setHeader("Cache-Control", "public, max-age=300");
        } else if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (ClientAddress.isSecure(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** the policy of a page; scripts inline only with the given nonce (none: script files only) */
    static String pagePolicy(String nonce) {
        return nonce == null ? PAGE_POLICY : PAGE_POLICY + " 'nonce-" + nonce + "'";
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isData(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
