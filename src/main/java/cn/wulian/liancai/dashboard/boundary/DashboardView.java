package cn.wulian.liancai.dashboard.boundary;

import cn.wulian.liancai.dashboard.boundary.DashboardJson.Group;
import cn.wulian.liancai.shared.Money;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.ChartJs;
import cn.wulian.liancai.shared.web.ChartJs.Series;
import cn.wulian.liancai.shared.web.LocaleView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The dashboard page (总览): the figures of {@link Dashboard#today} as headline numbers, four charts
 * and the tables beside them. Office staff and administrators only; the facade refuses anyone else,
 * which the page answers with 403.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLANNED = "#2e7d5b";
    private static final String ACTUAL = "#e0a526";
    /** one green per stage, darker along the pipeline 洽谈 → 投产 */
    private static final List<String> PIPELINE = List.of("#b9dcc8", "#8cc5a6", "#5ea884", "#2e7d5b", "#1f5a41");

    @Inject
    Dashboard dashboard;

    @Inject
    LocaleView localeView;

    @Inject
    cn.wulian.liancai.service.boundary.ServiceRequests serviceRequests;

    private cn.wulian.liancai.service.control.ServiceFigures.Figures services;

    @Inject
    TalentSide talentSide;

    private TalentSideJson talentSideData;

    private DashboardJson data;
    private List<Group> townships;
    private Locale loadedIn;

    /**
     * Reads the figures, labelled in the session's language (a view action runs before f:view has
     * set it on the view root); again after the user switched language on this page.
     */
    public void load() {
        if (data == null || !localeView.getLocale().equals(loadedIn)) {
            loadedIn = localeView.getLocale();
            data = dashboard.today(loadedIn);
            townships = new ArrayList<>(data.byTownship());
            // by number of projects, as the chart counts them; "not recorded" stays last
            townships.sort(Comparator.comparing((Group g) -> g.key().isEmpty())
                    .thenComparing(Comparator.comparingLong(Group::projects).reversed()));
        }
    }

    /** the talent side: by stage and degree, contacts per month, where they are and come from */
    public TalentSideJson getTalents() {
        if (talentSideData == null) {
            talentSideData = talentSide.today(localeView.getLocale());
        }
        return talentSideData;
    }

    public String getContactChart() {
        List<TalentSideJson.Month> months = getTalents().contactsPerMonth();
        return ChartJs.bar(months.stream().map(TalentSideJson.Month::month).toList(), List.of(new Series(text("dashboard.talents.contacts"),
                months.stream().map(TalentSideJson.Month::contacts).toList(), PLANNED)), false, text("dashboard.talents.contactsAxis"));
    }

    public String getReturneeChart() {
        List<TalentSideJson.Count> years = getTalents().returneesPerYear();
        return ChartJs.bar(years.stream().map(TalentSideJson.Count::label).toList(), List.of(new Series(text("dashboard.talents.returnees"),
                years.stream().map(TalentSideJson.Count::count).toList(), PLANNED)), false, text("dashboard.talents.count"));
    }

    public String getProvinceChart() {
        return placeChart(getTalents().byProvince(), Integer.MAX_VALUE);
    }

    public String getCityChart() {
        return placeChart(getTalents().byCity(), CITIES_CHARTED);
    }

    public String getTownshipTalentChart() {
        return placeChart(getTalents().byTownship(), Integer.MAX_VALUE);
    }

    /** the cities in the chart: the rest are in the table beside it */
    static final int CITIES_CHARTED = 12;

    private String placeChart(List<TalentSideJson.Place> places, int most) {
        List<TalentSideJson.Place> shown = places.stream().limit(most).toList();
        return ChartJs.bar(shown.stream().map(TalentSideJson.Place::label).toList(), List.of(new Series(text("dashboard.talents.count"),
                shown.stream().map(TalentSideJson.Place::count).toList(), PLANNED)), true, text("dashboard.talents.count"));
    }

    /** a chart's height for this many bars (at most {@code most}) */
    public int barsHeight(List<?> rows, int most) {
        return Math.max(160, 60 + Math.min(rows.size(), most) * 26);
    }

    /** the one-stop service this year, and the requests open and overdue now */
    public cn.wulian.liancai.service.control.ServiceFigures.Figures getServices() {
        if (services == null) {
            services = serviceRequests.figures(null, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return services;
    }

    public long getServicesOpen() {
        return getServices().backlog().stream().mapToLong(cn.wulian.liancai.service.control.ServiceFigures.Backlog::open).sum();
    }

    /** this year's share settled on time: "88%", or "—" while nothing is settled */
    public String getServicesOnTime() {
        Double share = getServices().total().onTimeRate();
        return share == null ? "—" : Math.round(share * 100) + "%";
    }

    public long getServicesOverdue() {
        return getServices().backlog().stream().mapToLong(cn.wulian.liancai.service.control.ServiceFigures.Backlog::overdue).sum();
    }

    public DashboardJson getData() {
        load();
        return data;
    }

    public List<Group> getTownships() {
        load();
        return townships;
    }


    public String getPlatformChart() {
        return investment(getData().byPlatform());
    }

    public String getIndustryChart() {
        return investment(getData().byIndustry());
    }

    public String getStageChart() {
        List<Group> stages = getData().byStage();
        return ChartJs.bar(labels(stages), List.of(new Series(text("dashboard.col.projects"),
                stages.stream().map(Group::projects).toList(), PIPELINE)),
                false, text("dashboard.axis.projects"));
    }

    public String getTownshipChart() {
        List<Group> places = getTownships();
        return ChartJs.bar(labels(places), List.of(new Series(text("dashboard.col.projects"),
                places.stream().map(Group::projects).toList(), PLANNED)), true, text("dashboard.axis.projects"));
    }

    /** a horizontal chart's height: enough for every category's bars to keep their labels */
    public int height(List<Group> groups, int barsPerGroup) {
        return Math.max(160, 60 + groups.size() * (22 + 12 * barsPerGroup));
    }

    /** one axis needs one unit: the scale of the largest bar, so that 万元 figures do not read as 0.00 亿元 */
    private String investment(List<Group> groups) {
        BigDecimal largest = groups.stream().flatMap(g -> Stream.of(g.plannedInvestment(), g.actualInvestment()))
                .filter(Objects::nonNull).map(BigDecimal::abs).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        Money.Scale scale = Money.scaleOf(largest, localeView.getLocale());
        return ChartJs.bar(labels(groups), List.of(
                new Series(text("dashboard.series.planned"), values(groups, Group::plannedInvestment, scale), PLANNED),
                new Series(text("dashboard.series.actual"), values(groups, Group::actualInvestment, scale), ACTUAL)),
                true, scale.unit(localeView.getLocale()));
    }

    private static List<String> labels(List<Group> groups) {
        return groups.stream().map(Group::label).toList();
    }

    private static List<BigDecimal> values(List<Group> groups, Function<Group, BigDecimal> amount, Money.Scale scale) {
        return groups.stream().map(g -> scale.of(amount.apply(g))).toList();
    }

    private String text(String key) {
        return Messages.text(localeView.getLocale(), key);
    }
}
