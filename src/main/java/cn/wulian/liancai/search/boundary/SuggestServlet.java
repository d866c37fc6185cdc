package cn.wulian.liancai.search.boundary;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The search box's suggestions for the pages ({@code /search-suggest?q=…}): the same as {@code GET
 * /api/search/suggest}, but with the browser's login session, since the API takes HTTP Basic only.
 * web.xml admits office staff, managers and administrators, as for the results page.
 */
@WebServlet("/search-suggest")
public class SuggestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SearchIndex index;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Suggestion s : index.suggestAsCaller(typed(request.getQueryString()))) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("kind", s.kind());
            if (s.type() != null) {
                item.add("type", s.type()).add("id", s.id());
            }
            list.add(item.add("title", s.title()).add("href", request.getContextPath() + s.href()));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // what a person may find changes with every write: never from a cache
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(list.build().toString());
    }

    /**
     * The text typed, {@code q} of the query string, decoded as UTF-8 as the page's script encodes it:
     * the container reads a query string as ISO-8859-1 unless told otherwise before anything read a
     * parameter, and Chinese typed into the box must reach the index as typed.
     */
    static String typed(String queryString) {
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                if (pair.startsWith("q=")) {
                    try {
                        return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException malformed) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
