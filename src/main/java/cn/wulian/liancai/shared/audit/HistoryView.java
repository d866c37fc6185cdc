package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history panel on a record's page ({@code WEB-INF/history.xhtml}): the newest entries of the
 * record and its parts, for office staff and administrators; read once per request. Also the
 * audit page's words for actions, records and changes.
 */
@Named
@RequestScoped
public class HistoryView {

    /** the panel shows this many; the audit page has the rest */
    static final int SHOWN = 15;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentUser user;

    @Inject
    LocaleView locale;

    private final Map<String, List<AuditRow>> read = new HashMap<>();
    private PhaseId readIn;

    /**
     * Read once per phase: a form posted on the same page (an erasure) changes the history after the
     * tree was first walked, and the page drawn afterwards must show it as it is then.
     */
    public List<AuditRow> rows(String record) {
        return rows(record, null);
    }

    /** with the entry that created the record in bulk when it came with {@code origin} (an import: {@code IMPORT_BATCH:7}) */
    public List<AuditRow> rows(String record, String origin) {
        if (!user.isStaff() || record == null || record.isBlank()) {
            return List.of();
        }
        PhaseId phase = FacesContext.getCurrentInstance() == null ? null : FacesContext.getCurrentInstance().getCurrentPhaseId();
        if (phase != readIn) {
            read.clear();
            readIn = phase;
        }
        boolean bulk = origin != null && !origin.isBlank();
        return read.computeIfAbsent(bulk ? record + " " + origin : record, r -> {
            List<AuditRow> found = trail.history(RecordRef.parse(record, "record"), bulk ? RecordRef.parse(origin, "origin") : null, SHOWN);
            expect(found);
            return found;
        });
    }

    /** the rows a page is about to show: the records they name are read at once, one query per kind, not one per row */
    public void expect(Collection<AuditRow> shown) {
        labels = trail.labels(locale.getLocale(), SHOWN_VALUE, shown);
    }

    public String changes(AuditRow row) {
        return labels().changes(row);
    }

    /** an entry's particulars in the reader's words: a feature's step by the feature's words for it */
    public String detail(AuditRow row) {
        return labels().detail(row.action(), row.detail());
    }

    public String action(String action) {
        return labels().action(action);
    }

    public String record(String ref) {
        return labels().record(ref);
    }

    private AuditLabels labels;

    /** values cut for a page: the audit page's file has them whole */
    private AuditLabels labels() {
        if (labels == null) {
            labels = trail.labels(locale.getLocale(), SHOWN_VALUE);
        }
        return labels;
    }

    /** a value on a page is cut here (a review sheet, a long description) */
    static final int SHOWN_VALUE = 120;
}
