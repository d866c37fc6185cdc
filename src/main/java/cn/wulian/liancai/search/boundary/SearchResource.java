package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.search.control.SearchResult;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/** {@code GET /api/search?q=…[&type=talent][&offset=0&limit=20]}: one search box over every searchable record. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class SearchResource {

    public record Hit(String type, long id, String title, String highlight) {
    }

    public record Hits(long total, List<Hit> hits) {
    }

    @Inject
    SearchIndex index;

    @GET
    public Hits search(@QueryParam("q") String q, @QueryParam("type") String type,
                       @QueryParam("offset") @DefaultValue("0") int offset,
                       @QueryParam("limit") @DefaultValue("20") int limit) {
        if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
            throw DomainViolation.of("offset", "validation.offset");
        }
        SearchResult result = index.searchAsCaller(q, type == null || type.isBlank() ? Set.of() : Set.of(type.strip()),
                offset, Math.clamp(limit, 1, SearchRequest.MAX_LIMIT));
        return new Hits(result.total(), result.hits().stream()
                .map(h -> new Hit(h.type(), h.id(), h.title(), h.highlight())).toList());
    }
}
