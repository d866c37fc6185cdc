package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Causes;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A post to a page that fails is answered with a page the browser can show. Two ways it was a 500
 * with an empty body (and a stack trace in the log for every such request, anyone's):
 * <ul>
 * <li>a post without the nonce its page was given (PrimeFaces' CSP check: a form made up, or sent
 * from elsewhere) fails before Faces renders: the browser is sent to the page itself, by GET.
 * Nothing of the post was applied: the view state, which only the session's own pages hold, guards
 * the actions, and a made-up one is an expired page ({@code DomainExceptionHandler});</li>
 * <li>the error page was rendered as a postback of the form that failed, which PrimeFaces' check
 * refused in turn: it is rendered as a page of its own, a GET without the form's fields.</li>
 * </ul>
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class FailedPosts extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(FailedPosts.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter("GET".equals(request.getMethod()) ? request : new AsPageOfItsOwn(request), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!withoutNonce(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "a post to " + request.getRequestURI() + " without its page's nonce, sent back to the page: " + e.getMessage());
            response.reset();
            PageAddress.redirect(request, response, request.getContextPath() + PageAddress.of(request));
        }
    }

    private static boolean withoutNonce(Throwable e) {
        return Causes.causedBy(e, CspException.class);
    }

    /** the failed post as the error page sees it: a GET, none of the form's fields */
    private static final class AsPageOfItsOwn extends HttpServletRequestWrapper {

        AsPageOfItsOwn(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
