package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.SearchHit;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.search.control.SearchResult;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The results page of the top bar's search box: the hits of one type or of all, a tab per type
 * with its count, the facets with theirs (a click narrows, a second click widens again), three
 * orders, and the next page after a cursor. Every choice is in the URL, so a result can be
 * bookmarked, shared and walked back with the browser's Back.
 */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE = 20;
    /** the types in the order of the tabs */
    static final List<String> TYPES = List.of("talent", "team", "project", "platform", "policy", "application", "nomination");

    /** one tab: a type (null for all) with its count */
    public record Tab(String type, long count, boolean current, String href) {
    }

    /** one value of a facet, with its count; a click on it narrows to it, or widens again when it is chosen */
    public record FacetValue(String value, String label, long count, boolean chosen, String href) {
    }

    /** a facet with its values among the hits */
    public record Facet(String name, List<FacetValue> values) {
    }

    @Inject
    SearchIndex index;

    @Inject
    LocaleView localeView;

    @Inject
    @Any
    Instance<FacetLabels> labels;

    private String q;
    private String type;
    private String sort;
    private String after;
    private final Map<String, String> chosen = new HashMap<>();
    private SearchResult result;
    /** built once per request: the labels ask every feature, the talents' townships from the database */
    private List<Facet> facets;

    public void search() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            Map<String, Set<String>> facets = new LinkedHashMap<>();
            chosen.forEach((facet, value) -> facets.put(facet, Set.of(value)));
            result = index.searchAsCaller(q, type == null ? Set.of() : Set.of(type), 0, PAGE, facets, order(), after);
        } catch (DomainViolation e) {
            FacesErrors.error(e);
        }
    }

    private SearchRequest.Order order() {
        for (SearchRequest.Order order : SearchRequest.Order.values()) {
            if (order.name().equalsIgnoreCase(sort)) {
                return order;
            }
        }
        return SearchRequest.Order.RELEVANCE;
    }

    /** 全部 and a tab per type that has hits, or is the one chosen */
    public List<Tab> getTabs() {
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab(null, result.types().values().stream().mapToLong(Long::longValue).sum(), type == null, href("type", null)));
        for (String t : TYPES) {
            long count = result.types().getOrDefault(t, 0L);
            if (count > 0 || t.equals(type)) {
                tabs.add(new Tab(t, count, t.equals(type), href("type", t)));
            }
        }
        return tabs;
    }

    /** the facets with values among the hits, each value labelled in the page's language */
    public List<Facet> getFacets() {
        if (facets == null) {
            facets = facets();
        }
        return facets;
    }

    private List<Facet> facets() {
        Locale locale = localeView.getLocale();
        Map<String, Map<String, String>> words = new HashMap<>();
        // one facet may be filled by several features (the stage: a talent's and a project's, whose codes differ)
        labels.forEach(l -> l.labels(locale).forEach((facet, named) -> words.computeIfAbsent(facet, f -> new HashMap<>()).putAll(named)));
        List<Facet> built = new ArrayList<>();
        for (String name : SearchRequest.FACETS) {
            List<FacetValue> values = new ArrayList<>(result.facets().getOrDefault(name, List.of()).stream()
                    .map(c -> {
                        boolean isChosen = c.value().equals(chosen.get(name));
                        String label = words.getOrDefault(name, Map.of()).getOrDefault(c.value(), c.value());
                        return new FacetValue(c.value(), label, c.count(), isChosen, href(name, isChosen ? null : c.value()));
                    }).toList());
            String picked = chosen.get(name);
            if (picked != null && values.stream().noneMatch(FacetValue::chosen)) {
                // chosen but matched by nothing (a link from before a change, a value typed into the URL): still shown, to be undone
                values.add(new FacetValue(picked, words.getOrDefault(name, Map.of()).getOrDefault(picked, picked), 0, true, href(name, null)));
            }
            if (!values.isEmpty()) {
                built.add(new Facet(name, values));
            }
        }
        return built;
    }

    public String getSortRelevance() { return href("sort", null); }
    public String getSortName() { return href("sort", "name"); }
    public String getSortChanged() { return href("sort", "changed"); }

    /** the same search from its first page: the order's current choice kept */
    public String getFirstPage() {
        return href("after", null);
    }

    /** the page after this one, or null on the last */
    public String getNextPage() {
        return result == null || result.next() == null ? null : href("after", result.next());
    }

    /**
     * The query string of this search with one parameter changed (null removes it); any change but
     * the page's own starts again from the first page.
     */
    String href(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("type", type);
        params.put("sort", sort);
        SearchRequest.FACETS.forEach(f -> params.put(f, chosen.get(f)));
        params.put("after", "after".equals(name) ? null : after);
        params.put(name, value);
        if (!"after".equals(name)) {
            params.put("after", null);
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getType() { return type; }
    public void setType(String type) { this.type = TYPES.contains(type) ? type : null; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort == null || sort.isBlank() ? null : sort.strip().toLowerCase(Locale.ROOT); }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after == null || after.isBlank() ? null : after; }
    public SearchResult getResult() { return result; }

    // the facets, one value each on the page (the API takes several)
    public String getTownship() { return chosen.get("township"); }
    public void setTownship(String v) { choose("township", v); }
    public String getCity() { return chosen.get("city"); }
    public void setCity(String v) { choose("city", v); }
    public String getDegree() { return chosen.get("degree"); }
    public void setDegree(String v) { choose("degree", v); }
    public String getStage() { return chosen.get("stage"); }
    public void setStage(String v) { choose("stage", v); }
    public String getIndustry() { return chosen.get("industry"); }
    public void setIndustry(String v) { choose("industry", v); }
    public String getPlatform() { return chosen.get("platform"); }
    public void setPlatform(String v) { choose("platform", v); }

    private void choose(String facet, String value) {
        if (value == null || value.isBlank()) {
            chosen.remove(facet);
        } else {
            chosen.put(facet, value.strip());
        }
    }

    /**
     * The page that shows a hit, at the record, from the application's root; a talent opened from
     * the results walks them (上一个 / 下一个), so its link carries the search.
     */
    public String link(SearchHit hit) {
        String href = Suggestion.href(hit.type(), hit.id());
        return "talent".equals(hit.type()) ? href + "&search=" + URLEncoder.encode(q, StandardCharsets.UTF_8) : href;
    }
}
