package cn.wulian.liancai.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;

/**
 * How long a browser session lives and what its cookie allows. A session ends after
 * {@code liancai.session.idle-minutes} without use (the container's timer) and, used or not,
 * {@code liancai.session.max-hours} after it began: a stolen or forgotten session does not live for
 * ever by being kept busy. The next request then meets the login page.
 * <p>
 * The cookie is {@code HttpOnly}, and {@code Secure} whenever HTTPS is required (then no session is
 * ever begun over plain HTTP: the redirect comes first); over a direct HTTPS connection the container
 * marks it {@code Secure} anyway. {@code SameSite=Lax} is set on the listeners by
 * {@code config/preboot.asadmin}: Payara Micro 7.2025.1 ignores the servlet API's cookie attributes.
 */
@WebListener
public class SessionLimits implements ServletContextListener, HttpSessionListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (WebSettings.current().httpsRequired()) {
            cookie.setSecure(true);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) Math.max(1, WebSettings.current().idle().toSeconds()));
    }

    /** ends the request's session when it has outlived the absolute limit, before anyone reads it */
    static void enforce(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            if (outlived(session.getCreationTime(), System.currentTimeMillis(), WebSettings.current().maxAge())) {
                session.invalidate();
            }
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile by another request or by the idle timer: nothing left to do
        }
    }

    static boolean outlived(long createdMillis, long nowMillis, Duration maxAge) {
        return nowMillis - createdMillis >= maxAge.toMillis();
    }
}
