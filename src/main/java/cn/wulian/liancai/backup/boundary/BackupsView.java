package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.shared.FileSizes;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The backups page for administrators: the list, newest first, and "back up now", whose progress
 * the page follows by polling while a backup runs.
 */
@Named
@ViewScoped
public class BackupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Backups backups;

    @Inject
    CurrentUser user;

    private List<BackupJson> list = List.of();

    /** the database product when the app does not back it up (PostgreSQL: pg_dump does), else null */
    private String unsupported;

    /** f:viewAction: administrators only, before the page is drawn */
    public void load() {
        user.requireRole("backups are the administrator's", Role.ADMIN);
        unsupported = backups.unsupportedDatabase().orElse(null);
        refresh();
    }

    public void refresh() {
        list = backups.list();
    }

    public void backUpNow() {
        try {
            BackupJson started = backups.start();
            FacesErrors.info("backup.started", started.name());
        } catch (BackupRefused e) {
            FacesErrors.error(e.messageKey(), e.arguments());
        }
        refresh();
    }

    public List<BackupJson> getList() {
        return list;
    }

    /** the database product whose own tools back it up (the page says so instead of offering "back up now"); null on Derby */
    public String getUnsupported() {
        return unsupported;
    }

    public boolean isRunning() {
        return list.stream().anyMatch(BackupJson::isRunning);
    }

    public String getFolder() {
        return backups.folder().toString();
    }

    /** "1.2 MB", or "" when unknown */
    public String size(Long bytes) {
        return bytes == null ? "" : FileSizes.text(bytes);
    }

    /** "3.4 s", or "" when unknown */
    public String seconds(Long millis) {
        return millis == null ? "" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
