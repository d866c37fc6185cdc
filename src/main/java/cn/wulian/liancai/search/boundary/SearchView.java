package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.InvalidQueryException;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.search.control.SearchResult;
import cn.wulian.liancai.shared.web.FacesErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/** The results page of the top bar's search box. */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE = 20;

    @Inject
    SearchIndex index;

    private String q;
    private int page;
    private SearchResult result;

    public void search() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            page = Math.clamp(page, 0, SearchRequest.MAX_OFFSET / PAGE);
            result = index.searchAsCaller(q, Set.of(), page * PAGE, PAGE);
        } catch (InvalidQueryException e) {
            FacesErrors.error(e);
        }
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * PAGE < result.total();
    }

    /** the page that shows a hit of the given type; every one of them takes the record's {@code id} */
    public String outcomeOf(String type) {
        return switch (type) {
            case "team" -> "/teams/view";
            case "project" -> "/projects/view";
            case "platform" -> "/platforms/view";
            default -> "/talents/profile";
        };
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public SearchResult getResult() { return result; }
}
