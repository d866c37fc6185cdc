package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.PageLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The audit page for office staff and administrators: the trail newest first, filtered by record
 * ({@code ?record=TALENT:12} from a record's history panel), person, action and dates, paged by
 * the database, and the filtered list as an Excel file.
 */
@Named
@ViewScoped
public class AuditListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** the actions offered in the filter; the award's steps are there under the award */
    public static final List<String> ACTIONS = List.of("CREATED", "UPDATED", "DELETED", "VIEWED", "EXPORTED", "LOGGED_IN", "LOGIN_FAILED",
            "PASSWORD_CHANGED", "PASSWORD_RESET", "ERASED", "BACKED_UP", "BACKUP_FAILED", "INDEX_VERIFIED", "INDEX_REPAIRED");

    @Inject
    AuditTrail trail;

    @Inject
    CurrentUser user;

    @Inject
    HistoryView history;

    private final Map<String, String> filters = new HashMap<>();
    private PageLazyModel<AuditRow> model;

    @PostConstruct
    void init() {
        AuditTrail facade = trail;
        Map<String, String> shown = filters;
        HistoryView words = history;
        model = new PageLazyModel<>(request -> {
            Page<AuditRow> page = list(facade, request, shown);
            words.expect(page.rows());
            return page;
        }, AuditRow::id);
    }

    /** while a filter cannot be read the table shows nothing; {@link #checkFilters} says why, beside the filter */
    private static Page<AuditRow> list(AuditTrail facade, PageRequest request, Map<String, String> form) {
        try {
            return facade.list(request.withForm(form, AuditTrail.FILTERS));
        } catch (DomainViolation wrongFilter) {
            return new Page<>(0, List.of());
        }
    }

    /** the filters' ajax listener: runs before the table is drawn, so the message shows with it */
    public void checkFilters() {
        try {
            trail.checkFilters(new PageRequest(0, 1, null, false, Map.of()).withForm(filters, AuditTrail.FILTERS));
        } catch (DomainViolation wrongFilter) {
            FacesErrors.show(wrongFilter, "audit");
        }
    }

    /** f:viewAction: office staff and administrators only, before the page is drawn */
    public void load() {
        user.requireStaff("the audit trail is the office's");
    }

    /** the list as the user filtered and sorted it, as a file: {@code xlsx} or {@code csv} */
    public StreamedContent export(String format) {
        // a filter the trail cannot read is said above the list, as when it was typed; no file, not an error page
        return FacesErrors.attempt("audit", () -> FacesDownloads.list(trail, model.shown().withForm(filters, AuditTrail.FILTERS),
                ExportFormat.parse(format))).orElse(null);
    }

    public PageLazyModel<AuditRow> getModel() { return model; }
    public Map<String, String> getFilters() { return filters; }
    public List<String> getActions() { return ACTIONS; }

    /** {@code ?record=} fills the record filter */
    public String getRecord() { return filters.get("record"); }
    public void setRecord(String record) { filters.put("record", record); }
}
