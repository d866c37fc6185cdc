package cn.wulian.liancai.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which navigation entry the page being shown belongs to ({@code #{navSection.is('talents')}}),
 * decided by the view's folder, so a profile, an edit form or a merge marks 人才 as the place one is
 * in, on a phone as on a desk. The reviews share the awards' folder: a review sheet is a reviewer's
 * page, not the award's set-up.
 */
@Named
@RequestScoped
public class NavSection {

    /** view-id prefixes to entries; the first that matches wins, so the narrower come first */
    private static final Map<String, String> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("/workbench.", "workbench");
        ENTRIES.put("/awards/review", "reviews");
        // the side-by-side table of a category is the reviewer's, opened from their reviews
        ENTRIES.put("/awards/compare.", "reviews");
        ENTRIES.put("/awards/", "awards");
        ENTRIES.put("/talents/", "talents");
        ENTRIES.put("/followups.", "followups");
        ENTRIES.put("/platforms/", "platforms");
        ENTRIES.put("/teams/", "teams");
        ENTRIES.put("/projects/", "projects");
        ENTRIES.put("/ranking.", "ranking");
        ENTRIES.put("/dashboard.", "dashboard");
        ENTRIES.put("/policies/", "policies");
        ENTRIES.put("/applications/", "applications");
        ENTRIES.put("/services/", "services");
        ENTRIES.put("/accounts/password.", "ownAccount");
        ENTRIES.put("/accounts/", "accounts");
        ENTRIES.put("/imports/", "imports");
        ENTRIES.put("/audit/", "audit");
        ENTRIES.put("/admin/backups.", "backups");
        ENTRIES.put("/admin/search-index.", "searchIndex");
        ENTRIES.put("/search.", "search");
        ENTRIES.put("/index.", "home");
    }

    private String current;

    /** whether the page shown belongs to this entry */
    public boolean is(String entry) {
        return entry.equals(current());
    }

    /** the entry of the page shown, or "" when no entry leads to it (the login page, an error page) */
    public String current() {
        if (current == null) {
            UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
            current = of(view == null ? null : view.getViewId());
        }
        return current;
    }

    static String of(String viewId) {
        if (viewId != null) {
            for (Map.Entry<String, String> e : ENTRIES.entrySet()) {
                if (viewId.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return "";
    }
}
