package cn.wulian.liancai.shared.security;

import cn.wulian.liancai.shared.web.HttpsOnly;
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
    static final String LOGIN_PAGE = "/login.xhtml";

    /** what the session remembers of a browser login */
    record SessionLogin(String caller, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identities;

    @Inject
    VerifiedCredentials verified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.addTo(request, response);
        if (HttpsOnly.redirected(request, response)) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof SessionLogin login) {
            return context.notifyContainerAboutLogin(login.caller(), login.groups());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        CredentialValidationResult result = identities.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        SessionLogin login = new SessionLogin(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
        request.getSession().setAttribute(SESSION_LOGIN, login);
        return context.notifyContainerAboutLogin(login.caller(), login.groups());
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
                if (known != null) {
                    return context.notifyContainerAboutLogin(known.caller(), known.groups());
                }
                CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(username, password));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    verified.remember(username, password, result.getCallerPrincipal().getName(), result.getCallerGroups());
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        return unauthorized(response, context);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"liancai\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"error\":\"需要登录 (authentication required)\",\"fields\":{}}");
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getContextPath() + LOGIN_PAGE;
        String original = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            original += "?" + request.getQueryString();
        }
        if (!original.isEmpty() && !"/".equals(original)) {
            target += "?next=" + java.net.URLEncoder.encode(original, StandardCharsets.UTF_8);
        }
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target.replace("&", "&amp;") + "\"/></partial-response>");
                response.flushBuffer();
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_LOGIN);
        }
    }
}
