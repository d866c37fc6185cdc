package cn.wulian.liancai.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * The empty files named {@code WEB-INF__lib__<jar>_jar} at the WAR's root are not content: the build
 * puts one beside each library (pom.xml, class-model-markers) so that Payara leaves the library's
 * classes out of its class model. Whoever asks for one, logged in or not, is told there is no such
 * page, as for any other name, so the files say nothing about which libraries of which versions run.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE, DispatcherType.ERROR})
public class LibraryMarkers extends HttpFilter {

    static final String PREFIX = "/WEB-INF__";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        // the decoded path, as the default servlet resolves it (a %5F for an underscore finds the file too)
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        if (path.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
