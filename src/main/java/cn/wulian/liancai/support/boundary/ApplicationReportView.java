package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.support.control.SupportReport;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.primefaces.model.StreamedContent;

/**
 * The support report for the office ({@code ?year=2026}, this year when left out): per policy the
 * applications, decisions, amounts and how much of the year's budget is used; per platform; and every
 * year's totals; as a page that prints and as an Excel file. Other callers get the 403 page.
 */
@Named
@ViewScoped
public class ApplicationReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Clock clock;

    private String year;
    private int chosen;
    private boolean invalidYear;
    private boolean loaded;
    private final InPageLanguage<SupportReport.Report> report = new InPageLanguage<>();

    /** f:viewAction: a caller other than the office gets the 403 page; a year that is not one is said so, and this year's report shown */
    public void load() {
        if (!loaded) {
            loaded = true;
            int thisYear = LocalDate.now(clock).getYear();
            chosen = thisYear;
            if (year != null && !year.isBlank()) {
                try {
                    chosen = Integer.parseInt(year.strip());
                } catch (NumberFormatException e) {
                    invalidYear = true;
                }
            }
            try {
                applications.report(chosen, Locale.ROOT);
            } catch (DomainViolation outOfRange) {
                invalidYear = true;
                chosen = thisYear;
            }
        }
    }

    /** the year menu: this year, every year with figures, and the one shown */
    public List<Integer> getYears() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(LocalDate.now(clock).getYear());
        years.add(chosen);
        getReport().years().forEach(y -> years.add(y.year()));
        return List.copyOf(years);
    }

    /** the page for another year, as a link one can keep */
    public void pick() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/applications/report.xhtml?year=" + chosen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the share of the year's budget committed, 0–100, for the bar */
    public int used(SupportReport.PolicyRow row) {
        if (row.budget() == null || row.budget().signum() <= 0) {
            return 0;
        }
        return row.committed().multiply(BigDecimal.valueOf(100)).divide(row.budget(), 0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100)).intValue();
    }

    public StreamedContent getExport() {
        var locale = ApplicationFormat.locale();
        return FacesDownloads.xlsx(ApplicationExport.report(getReport(), locale),
                Messages.text(locale, "application.report.file", String.valueOf(chosen)));
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public int getChosen() { return chosen; }
    public void setChosen(int chosen) { this.chosen = chosen; }
    public boolean isInvalidYear() { return invalidYear; }
    public SupportReport.Report getReport() { return report.get(locale -> applications.report(chosen, locale)); }
}
