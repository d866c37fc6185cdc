package cn.wulian.liancai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * With HTTPS required, a plain HTTP request is sent to the same address over HTTPS (301 for reads,
 * 308 for the rest so that a form or API call keeps its method and body) before anything answers it,
 * so no page, no session cookie and no API answer travels unencrypted.
 * <p>
 * Called by the authentication mechanism, the first code every request meets: a servlet filter runs
 * only after the mechanism has answered the API with 401 or sent the browser to the login page.
 */
public final class HttpsOnly {

    private HttpsOnly() {
    }

    /** true when the request was answered with the redirect and must go no further */
    public static boolean redirected(HttpServletRequest request, HttpServletResponse response) {
        WebSettings settings = WebSettings.current();
        if (!settings.httpsRequired() || ClientAddress.isSecure(request)) {
            return false;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", httpsAddress(request, settings.httpsPort()));
        response.setContentLength(0);
        return true;
    }

    static String httpsAddress(HttpServletRequest request, int port) {
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String query = request.getQueryString();
        return "https://" + host + (port == 443 ? "" : ":" + port) + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
