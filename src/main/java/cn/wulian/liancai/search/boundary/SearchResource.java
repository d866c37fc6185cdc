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
import cn.wulian.liancai.search.control.SearchResult.FacetCount;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /api/search?q=…[&type=talent][&township=…&degree=…][&sort=relevance|name|changed][&limit=20]
 * [&offset=0 | &after=…]}: one search box over every searchable record. The answer holds the page of
 * hits, the count of hits per type (whatever type was asked for), the facets' values among the hits
 * with their counts, and {@code next}, the {@code after} of the following page (null on the last).
 * A facet named twice ({@code degree=PHD&degree=MASTER}) takes either value. Above 100,000 hits the
 * facets' counts are estimated from a sample of them ({@code facetsEstimated} true); the total and
 * the types' counts are always exact.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class SearchResource {

    public record Hit(String type, long id, String title, String highlight) {
    }

    public record Hits(long total, List<Hit> hits, Map<String, Long> types, Map<String, List<FacetCount>> facets, String next,
                       boolean facetsEstimated) {
    }

    @Inject
    SearchIndex index;

    @GET
    public Hits search(@QueryParam("q") String q, @QueryParam("type") String type,
                       @QueryParam("offset") @DefaultValue("0") int offset,
                       @QueryParam("limit") @DefaultValue("20") int limit,
                       @QueryParam("sort") @DefaultValue("relevance") String sort,
                       @QueryParam("after") String after, @Context UriInfo uri) {
        if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
            throw DomainViolation.of("offset", "validation.offset");
        }
        SearchRequest.Order order;
        try {
            order = SearchRequest.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainViolation.of("sort", "error.search.sort");
        }
        Map<String, Set<String>> facets = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            List<String> values = uri.getQueryParameters().getOrDefault(facet, List.of());
            Set<String> given = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).collect(Collectors.toSet());
            if (!given.isEmpty()) {
                facets.put(facet, given);
            }
        }
        SearchResult result = index.searchAsCaller(q, type == null || type.isBlank() ? Set.of() : Set.of(type.strip()),
                after == null || after.isBlank() ? offset : 0, Math.clamp(limit, 1, SearchRequest.MAX_LIMIT), facets, order, after);
        return new Hits(result.total(), result.hits().stream()
                .map(h -> new Hit(h.type(), h.id(), h.title(), h.highlight())).toList(), result.types(), result.facets(), result.next(),
                result.facetsEstimated());
    }

    /**
     * {@code GET /api/search/suggest?q=马w}: up to eight records for what is being typed — titles
     * holding the text, or whose pinyin begins with the letters — each with the page that shows it
     * ({@code kind} {@code record}), then up to four schools and employers of talents the caller may
     * see ({@code kind} {@code school} or {@code employer}, without type and id), each with the
     * search for it.
     */
    @GET
    @Path("suggest")
    public List<Suggestion> suggest(@QueryParam("q") String q) {
        return index.suggestAsCaller(q);
    }
}
