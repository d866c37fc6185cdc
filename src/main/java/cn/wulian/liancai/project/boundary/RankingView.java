package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.RankingRules;
import cn.wulian.liancai.project.entity.UnitRanking;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.LocaleView;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * The monthly ranking page (月排名): one month's ranking, chosen in the URL ({@code ?month=2026-10},
 * so a published month keeps its link) or from the last two years' months. A month that is not one
 * (or lies ahead) is said so on the page. Office staff and platform managers; a manager sees the
 * project lines of their own platform only, reviewers are refused.
 */
@Named
@ViewScoped
public class RankingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS_OFFERED = 24;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Rankings rankings;

    @Inject
    Clock clock;

    @Inject
    LocaleView localeView;

    private String month;
    private String chosen;
    private RankingJson ranking;
    private boolean invalidMonth;

    public void load() {
        if (ranking != null || chosen != null) {
            return;
        }
        try {
            ranking = rankings.of(month);
            chosen = ranking.month();
        } catch (DomainViolation e) {
            chosen = YearMonth.now(clock).toString();
            invalidMonth = true;
        }
    }

    /** opens the chosen month at its own address */
    public void pick() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/ranking.xhtml?month=" + YearMonth.parse(chosen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** this month and the 23 before it, newest first, and the shown month if it is older */
    public List<String> getMonths() {
        YearMonth now = YearMonth.now(clock);
        List<String> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(now.minusMonths(i).toString());
        }
        if (chosen != null && !months.contains(chosen)) {
            months.add(chosen);
        }
        return months;
    }

    public String monthLabel(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        return "en".equals(locale().getLanguage())
                ? m.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH))
                : m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** whether the month is still running, so its ranking changes with every new record */
    public boolean isProvisional() {
        return ranking != null && ranking.provisional();
    }

    /** why a list holds fewer units than its places, in one line; "" when it needs no word */
    public String note(UnitRanking.ListNote note, boolean honour) {
        return RankingExport.note(note, honour, locale());
    }

    /** the moment whose records the ranking reflects, in the county's time */
    public String getKnownAt() {
        return ranking == null ? "" : MINUTES.format(ranking.knownAt().atZone(clock.getZone()));
    }

    /** when the closed month's ranking was first published (月公示) */
    public String getPublishedAt() {
        return ranking == null || ranking.publishedAt() == null ? "" : MINUTES.format(ranking.publishedAt().atZone(clock.getZone()));
    }

    /** the scoring rule in plain words, with the configured points */
    public String getRule() {
        RankingRules r = ranking.rules();
        return Messages.text(locale(), "ranking.rule", r.stepPoints(), r.metPoints(), r.missedPoints(), Math.round(r.listShare() * 100));
    }

    /** "honour", "laggard" or "" for a unit's row */
    public String listOf(UnitRanking units, UnitRanking.Entry entry) {
        if (units.honour().contains(entry)) {
            return "honour";
        }
        return units.laggards().contains(entry) ? "laggard" : "";
    }

    public StreamedContent getExport() {
        return FacesDownloads.xlsx(RankingExport.xlsx(ranking, locale()), RankingExport.fileName(ranking, locale()));
    }

    private Locale locale() {
        return localeView.getLocale();
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getChosen() { return chosen; }
    public void setChosen(String chosen) { this.chosen = chosen; }
    public RankingJson getRanking() { return ranking; }
    /** the URL's month was not a month up to this one */
    public boolean isInvalidMonth() { return invalidMonth; }
}
