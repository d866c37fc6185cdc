package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history panel on a record's page ({@code WEB-INF/history.xhtml}): the newest entries of the
 * record and its parts, for office staff and administrators; read once per request.
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

    public List<AuditRow> rows(String record) {
        if (!user.isStaff() || record == null || record.isBlank()) {
            return List.of();
        }
        return read.computeIfAbsent(record, r -> trail.history(RecordRef.parse(r, "record"), SHOWN));
    }

    public String changes(AuditRow row) {
        return AuditLabels.changes(locale.getLocale(), row);
    }

    public String action(String action) {
        return AuditLabels.action(locale.getLocale(), action);
    }

    public String record(String ref) {
        return AuditLabels.record(locale.getLocale(), ref);
    }
}
