package cn.wulian.liancai.shared.security;

import cn.wulian.liancai.shared.web.ClientAddress;
import cn.wulian.liancai.shared.web.HttpsOnly;
import cn.wulian.liancai.shared.web.PageAddress;
import cn.wulian.liancai.shared.web.PublicPage;
import cn.wulian.liancai.shared.web.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * The one authentication mechanism: HTTP Basic on every {@code /api} call (no session), and a
 * login page for the browser whose result this class keeps in its own session attribute.
 * <p>
 * Why not the built-in form mechanism or {@code @AutoApplySession}: on Payara Micro 7.2025.1 both
 * restore logins from the session in a way that answers spurious 403s under concurrent load
 * (FISH-7515). Re-announcing the caller from our own attribute on each request does not.
 */
@ApplicationScoped
public class LiancaiAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_LOGIN = LiancaiAuthentication.class.getName() + ".login";
    /** the failed log-ins to tell the holder of, once, after they logged in */
    public static final String SESSION_FAILED_LOGINS = LiancaiAuthentication.class.getName() + ".failedLogins";
    /** set on a refused log-in: seconds before the next attempt is heard */
    public static final String RETRY_AFTER = LiancaiAuthentication.class.getName() + ".retryAfter";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** where a holder of a one-time password is sent, whatever they asked for */
    public static final String PASSWORD_PAGE = "/accounts/password.xhtml";
    /** the one call the API answers to a holder of a one-time password */
    static final String API_PASSWORD = "/api/me/password";

    /** what the session remembers of a browser login; the stamp ends it when the account changes */
    record SessionLogin(String caller, Set<String> groups, long stamp) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identities;

    @Inject
    VerifiedCredentials verified;

    @Inject
    CallerDirectory directory;

    @Inject
    LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.addTo(request, response);
        if (HttpsOnly.redirected(request, response)) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (isApi(request)) {
            if (PublicPage.isPublic(path(request)) && request.getHeader("Authorization") == null) {
                // the public API answers anyone; credentials sent anyway are checked as everywhere
                return context.doNothing();
            }
            return basic(request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof SessionLogin login) {
            Caller caller = directory.find(login.caller()).orElse(null);
            if (caller == null || !caller.enabled() || caller.securityStamp() != login.stamp()) {
                // disabled, deleted, or its password or role changed since: this session is over
                session.invalidate();
                return context.isProtected() ? redirectToLogin(request, response) : context.doNothing();
            }
            if (caller.passwordChangeRequired() && !mayUseWithOneTimePassword(path(request))) {
                // the page asked for comes after the change
                return redirect(request, response, PageAddress.withNext(request.getContextPath() + PASSWORD_PAGE, request));
            }
            return context.notifyContainerAboutLogin(login.caller(), login.groups());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String address = ClientAddress.of(request);
        long wait = throttle.waitSeconds(username, address);
        if (wait > 0) {
            request.setAttribute(RETRY_AFTER, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identities.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed(username, address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username);
        Caller caller = directory.find(result.getCallerPrincipal().getName()).orElseThrow();
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        SessionLogin login = new SessionLogin(caller.username(), Set.copyOf(result.getCallerGroups()), caller.securityStamp());
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_LOGIN, login);
        CallerDirectory.FailedLogins unseen = directory.loggedIn(caller.username());
        if (unseen.count() > 0) {
            session.setAttribute(SESSION_FAILED_LOGINS, unseen);
        }
        return context.notifyContainerAboutLogin(login.caller(), login.groups());
    }

    /**
     * After the holder changed their own password in this session: the session takes on the
     * account's new stamp, under a new id, and stays open; the account's other sessions end.
     */
    public static void restamp(HttpServletRequest request, long stamp) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof SessionLogin login) {
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_LOGIN, new SessionLogin(login.caller(), login.groups(), stamp));
        }
    }

    private void failed(String username, String address) {
        throttle.failed(username, address);
        directory.failedLogin(username);
    }

    /** the password page, its resources, and nothing else */
    private static boolean mayUseWithOneTimePassword(String path) {
        return path.equals(PASSWORD_PAGE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return unauthorized(response, context);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String username = decoded.substring(0, colon);
                String password = decoded.substring(colon + 1);
                VerifiedCredentials.Verified known = verified.find(username, password);
                if (known == null) {
                    Lock checking = verified.checking(username, password);
                    checking.lock();
                    try {
                        known = verified.find(username, password);
                        if (known == null) {
                            String address = ClientAddress.of(request);
                            long wait = throttle.waitSeconds(username, address);
                            if (wait > 0) {
                                return tooManyAttempts(response, context, wait);
                            }
                            CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(username, password));
                            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                                failed(username, address);
                                return unauthorized(response, context);
                            }
                            throttle.succeeded(username);
                            Caller caller = directory.find(result.getCallerPrincipal().getName()).orElseThrow();
                            known = verified.remember(username, password, caller.username(), result.getCallerGroups(), caller.passwordChangeRequired());
                        }
                    } finally {
                        checking.unlock();
                    }
                }
                if (known.passwordChangeRequired() && !path(request).equals(API_PASSWORD)) {
                    return passwordChangeRequired(response, context);
                }
                return context.notifyContainerAboutLogin(known.caller(), known.groups());
            }
        }
        return unauthorized(response, context);
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, HttpMessageContext context, long wait) {
        response.setHeader("Retry-After", String.valueOf(wait));
        return error(response, context, 429, "{\"error\":\"登录失败次数过多，请 " + wait + " 秒后再试 (too many failed log-ins: try again in "
                + wait + " s)\",\"fields\":{},\"retryAfter\":" + wait + "}");
    }

    private static AuthenticationStatus passwordChangeRequired(HttpServletResponse response, HttpMessageContext context) {
        return error(response, context, HttpServletResponse.SC_FORBIDDEN,
                "{\"error\":\"请先修改一次性密码 (change your one-time password first: PUT " + API_PASSWORD
                        + ")\",\"fields\":{\"password\":\"一次性密码须先修改 (a one-time password must be changed)\"}}");
    }

    private static AuthenticationStatus error(HttpServletResponse response, HttpMessageContext context, int status, String json) {
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.setStatus(status);
            response.getWriter().write(json);
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"liancai\", charset=\"UTF-8\"");
        return error(response, context, HttpServletResponse.SC_UNAUTHORIZED, "{\"error\":\"需要登录 (authentication required)\",\"fields\":{}}");
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        // a form saved after the session ended comes back to its page with the record it showed (edit.xhtml?id=…)
        String target = PageAddress.withNext(request.getContextPath() + LOGIN_PAGE, request);
        // a form sent after its session ended is not saved: the login page says so, not only shows itself (a poll or
        // the log-out, marked nothingTyped, sent nothing a user typed)
        boolean sent = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && request.getParameter("nothingTyped") == null;
        if (sent && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            target += (target.contains("?") ? "&" : "?") + "expired=true";
        }
        return redirect(request, response, target);
    }

    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response, String target) {
        try {
            PageAddress.redirect(request, response, target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_LOGIN);
        }
    }
}
