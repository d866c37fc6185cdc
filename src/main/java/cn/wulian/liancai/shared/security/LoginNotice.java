package cn.wulian.liancai.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Tells the account holder, once, on the first page after they logged in, how many times a wrong
 * password was given for their account since their previous log-in: the one who can tell a
 * forgotten password from someone guessing it.
 */
@Named
@RequestScoped
public class LoginNotice {

    @Inject
    Clock clock;

    private CallerDirectory.FailedLogins failed;
    private boolean taken;

    /** the failed log-ins to show on this page, taken from the session so that the next page shows them no more */
    public CallerDirectory.FailedLogins getFailed() {
        if (!taken) {
            taken = true;
            Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            if (session instanceof HttpSession s && s.getAttribute(LiancaiAuthentication.SESSION_FAILED_LOGINS) instanceof CallerDirectory.FailedLogins f) {
                s.removeAttribute(LiancaiAuthentication.SESSION_FAILED_LOGINS);
                failed = f;
            }
        }
        return failed;
    }

    public boolean isPresent() {
        return getFailed() != null && getFailed().count() > 0;
    }

    /** when the latest failure was, on the office's clock */
    public String getLast() {
        return isPresent() && failed.last() != null
                ? LocalDateTime.ofInstant(failed.last(), clock.getZone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                : "";
    }
}
