package cn.wulian.liancai.shared.imports.boundary;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The imports page: choose what the file holds (every kind a feature offers), bring the file or
 * download that kind's template to fill in, and the imports so far, newest first. An upload opens
 * the import's own page to map and start it.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Imports imports;

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    @Inject
    ImportTargets targets;

    private String kind = "TALENT";
    private int first;
    private Page<ImportJson> page = new Page<>(0, List.of());

    /** f:viewAction: office staff only */
    public void load() {
        user.requireStaff("imports are for office staff");
        refresh();
    }

    public void refresh() {
        page = imports.list(first, 20, localeView.getLocale());
    }

    public void upload(FileUploadEvent event) {
        FacesErrors.attempt("upload", () -> {
            try (InputStream in = event.getFile().getInputStream()) {
                return imports.upload(kind, event.getFile().getFileName(), in, localeView.getLocale());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).ifPresent(created -> {
            try {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/imports/import.xhtml?id=" + created.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public StreamedContent template(String format, String language) {
        java.util.Locale locale = "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        byte[] bytes = imports.template(kind, format, locale);
        // the kind in the name: a talent template and a team template downloaded together stay apart
        String name = "import-template-" + kind.toLowerCase(java.util.Locale.ROOT) + "-" + language;
        if ("csv".equals(format)) {
            return DefaultStreamedContent.builder().name(name + ".csv").contentType("text/csv; charset=UTF-8")
                    .stream(() -> new ByteArrayInputStream(bytes)).build();
        }
        return FacesDownloads.xlsx(bytes, name);
    }

    public void next() {
        if (first + 20 < page.total()) {
            first += 20;
            refresh();
        }
    }

    public void previous() {
        first = Math.max(0, first - 20);
        refresh();
    }

    public Page<ImportJson> getPage() { return page; }
    public int getFirst() { return first; }
    /** the kinds the menu offers: every feature's import target */
    public List<String> getKinds() { return targets.kinds(); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
}
