package cn.wulian.liancai.shared.imports.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One import's page: map the columns (with the first rows as they would be saved), choose all or
 * nothing or the valid rows, start; then the progress, polled while it runs, which a reload finds
 * where it was; then the report, and the rows held as maybe-registered people, decided one by one.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Imports imports;

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    private String idParam;
    private long id;
    private ImportJson current;
    private List<String> mapping = new ArrayList<>();
    private String mode = "VALID_ROWS";
    private int problemsFirst;
    private List<ImportJson.ProblemJson> problems = List.of();

    /** f:viewAction: office staff only; the id from the address */
    public void load() {
        user.requireStaff("imports are for office staff");
        id = UrlIds.parse(idParam, "import");
        refresh();
        mapping = new ArrayList<>(current.mapping());
    }

    public void refresh() {
        current = imports.get(id, localeView.getLocale());
        problems = current.problems();
        if (problemsFirst > 0) {
            problems = imports.problems(id, problemsFirst, Imports.REPORT_ON_PAGE, localeView.getLocale()).rows();
        }
    }

    /** the mapping changed: a fresh preview */
    public void remap() {
        FacesErrors.attempt("import", () -> imports.map(id, mapping, localeView.getLocale())).ifPresent(j -> current = j);
    }

    public void start() {
        FacesErrors.attempt("import", () -> imports.start(id, mode, mapping, localeView.getLocale())).ifPresent(j -> refresh());
    }

    public void cancel() {
        FacesErrors.attempt("import", () -> imports.cancel(id, localeView.getLocale())).ifPresent(j -> refresh());
    }

    /** a held row decided; "the same person" goes on to the merge screen with both records */
    public void decide(long issue, String decision, Long candidate) {
        FacesErrors.attempt("import", () -> imports.decide(id, issue, decision, candidate)).ifPresent(done -> {
            if ("MERGE".equals(decision) && done.recordId() != null && candidate != null) {
                try {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                            + imports.mergePage(id, candidate, done.recordId()));
                    return;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            refresh();
        });
    }

    /** the merge screen for a held row decided "the same person" and left unmerged */
    public String mergePage(long existing, long added) {
        return imports.mergePage(id, existing, added);
    }

    public StreamedContent report() {
        return FacesDownloads.xlsx(imports.report(id, localeView.getLocale()),
                Messages.text(localeView.getLocale(), "import.report.file") + "-" + id);
    }

    public void moreProblems(int step) {
        problemsFirst = (int) Math.max(0, Math.min(problemsFirst + (long) step * Imports.REPORT_ON_PAGE, current.problemCount() - 1));
        refresh();
    }

    /** the first rows' raw cells of a column, to recognise it by */
    public String sample(int column) {
        return current.samples() == null || column >= current.samples().size() ? "" : current.samples().get(column);
    }

    /** "1 234 / 5 000 行 · 812 行/秒 · 约 6 秒" */
    public String progressText() {
        ImportJson j = current;
        String text = Messages.text(localeView.getLocale(), "import.progress.rows", j.done(), j.work());
        if (j.rowsPerSecond() != null) {
            text += " · " + Messages.text(localeView.getLocale(), "import.progress.rate", Math.round(j.rowsPerSecond()));
        }
        if (j.secondsLeft() != null) {
            text += " · " + Messages.text(localeView.getLocale(), "import.progress.left", j.secondsLeft());
        }
        return text;
    }

    public String recordPage() {
        return imports.recordPage(id);
    }

    public String reasons(List<String> reasons) {
        return String.join(Messages.text(localeView.getLocale(), "reference.separator"),
                reasons.stream().map(r -> Messages.text(localeView.getLocale(), "import.reason." + r)).toList());
    }

    public ImportJson getCurrent() { return current; }
    public List<String> getMapping() { return mapping; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public List<ImportJson.ProblemJson> getProblems() { return problems; }
    public int getProblemsFirst() { return problemsFirst; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
}
