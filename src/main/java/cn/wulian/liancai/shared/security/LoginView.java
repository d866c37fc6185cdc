package cn.wulian.liancai.shared.security;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.shared.web.PageAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The login and logout of the browser UI; the API uses HTTP Basic instead. The login page is a
 * stateless view that speaks its own language parameter, so an anonymous visitor gets no session:
 * one is made only for a successful log-in.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    LocaleView localeView;

    private String username;
    private String password;
    private String next;
    private boolean expired;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        AuthenticationStatus status = security.authenticate(
                request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(), password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            localeView.use(getLocale()); // the session exists now: keep the language chosen on this page
            ext.redirect(ext.getRequestContextPath() + PageAddress.safeNext(next));
            faces.responseComplete();
        } else {
            password = null;
            if (request.getAttribute(LiancaiAuthentication.RETRY_AFTER) instanceof Long wait) {
                FacesErrors.error("login.throttled", wait);
            } else {
                FacesErrors.error("login.failed");
            }
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }

    /** the login page's language, without a session */
    public Locale getLocale() {
        return LocaleView.ofRequest(FacesContext.getCurrentInstance());
    }

    public String getLanguageTag() {
        return "en".equals(getLocale().getLanguage()) ? "en" : "zh-CN";
    }

    /** the language the page's switch offers */
    public String getOtherLanguage() {
        return "en".equals(getLocale().getLanguage()) ? "zh" : "en";
    }

    public String getLang() {
        return "en".equals(getLocale().getLanguage()) ? "en" : "zh";
    }

    /** the page's texts, like {@code #{msg}} but without the session {@code msg} lives in */
    public ResourceBundle getText() {
        return Messages.bundle(getLocale());
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    /** the page was opened because a form was sent after its session had ended (nothing of it saved) */
    public boolean isExpired() { return expired; }
    public void setExpired(boolean expired) { this.expired = expired; }
    public void setNext(String next) { this.next = next; }
}
