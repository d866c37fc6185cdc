package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.service.control.ServiceFigures;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesDownloads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;

/**
 * The office's figures of the one-stop service for a year ({@code ?year=2026}): per department the
 * requests received and settled, the on-time rate, the median working days and the satisfaction,
 * month by month; and each department's open and overdue requests now, each count a link to the
 * list filtered to it.
 */
@Named
@ViewScoped
public class ServiceFiguresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    @Inject
    Clock clock;

    private Integer year;
    private ServiceFigures.Figures figures;

    public void load() {
        int now = LocalDate.now(clock).getYear();
        if (year == null || year < now - 9 || year > now) {
            year = now;
        }
        figures = requests.figures(year, locale());
    }

    public void pick() {
        figures = requests.figures(year, locale());
    }

    public StreamedContent export() {
        Locale locale = locale();
        return FacesDownloads.xlsx(ServiceExport.figures(figures, locale),
                Messages.text(locale, "service.figures.file", String.valueOf(figures.year())));
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(0, 9).mapToObj(i -> now - i).toList();
    }

    /** 0.875 → "88%"; nothing settled → "—" */
    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + "%";
    }

    /** 4.0 → "4", 4.5 → "4.5"; none → "—" */
    public String number(Double value) {
        if (value == null) {
            return "—";
        }
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public ServiceFigures.Figures getFigures() { return figures; }
}
