package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.platform.boundary.PlatformJson;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.ListMemory;
import cn.wulian.liancai.shared.web.PageLazyModel;
import cn.wulian.liancai.team.boundary.TeamChoices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import cn.wulian.liancai.shared.web.BatchResult;
import org.primefaces.model.StreamedContent;

/**
 * The application list: the office's queue of every application, a manager's of their platform's
 * (the facade scopes it). The filter bar's choices join the table's page and sort in one request,
 * so the count, paging, sorting and the Excel export all follow them. Links open it filtered
 * ({@code ?status=SUBMITTED&policy=space}, {@code ?status=APPROVED,GRANTED}, {@code ?platform=},
 * {@code ?kind=}, {@code ?year=}, {@code ?q=}).
 */
@Named
@ViewScoped
public class ApplicationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Policies policies;

    @Inject
    TeamChoices teamChoices;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private static final String LIST = "applications";

    @Inject
    ListMemory memory;

    private final ApplicationFilter filter = new ApplicationFilter();
    /** f:viewParam: the link's parameters as given, taken into {@link #filter} once, by {@link #load} */
    private final ApplicationFilter link = new ApplicationFilter();
    private PageLazyModel<ApplicationJson> model;
    private List<PolicyJson> policyOptions;
    private Long pending;
    private List<ApplicationJson> selected = new ArrayList<>();
    private String note;
    private List<BatchResult> results;

    @Inject
    ApplicationBatch batch;

    @PostConstruct
    void init() {
        Applications facade = applications;
        ApplicationFilter chosen = filter;
        model = new PageLazyModel<>(r -> facade.list(chosen.applyTo(r), ApplicationFormat.locale()), ApplicationJson::id);
    }

    /**
     * f:viewAction: a caller with no business here gets the 403 page; the link's filters are taken once, or without a
     * link the ones the list was left with in this session
     */
    public void load() {
        applications.list(new PageRequest(0, 1, null, true, Map.of()), ApplicationFormat.locale());
        memory.restore(LIST, filter, link, () -> {
            List<String> platforms = user.isStaff()
                    ? Stream.concat(teamChoices.getPlatforms().stream().map(PlatformJson::code), Stream.of("none")).toList() : List.of();
            filter.fromLink(link, getPolicies().stream().map(PolicyJson::code).toList(), platforms, thisYear());
        }, "applications:table");
    }

    /** the office's count of applications waiting for a decision, for the page's header */
    public long getPending() {
        if (pending == null) {
            pending = applications.list(new PageRequest(0, 1, null, true, Map.of("status", ApplicationFilter.PENDING)),
                    ApplicationFormat.locale()).total();
        }
        return pending;
    }

    /** the list as the user filtered and sorted it, as a file: {@code xlsx} or {@code csv} */
    public StreamedContent export(String format) {
        return FacesDownloads.list(applications, filter.applyTo(model.shown()), ExportFormat.parse(format));
    }

    /**
     * The ticked applications approved or returned ({@code APPROVE}, {@code RETURN}) in one step,
     * each checked as a single decision is, on the version the list showed; the outcome per row in
     * the result dialog.
     */
    public void decide(String decision) {
        List<BatchResult> done = BatchResult.run(selected, ApplicationJson::id, ApplicationJson::version,
                a -> "#" + a.id() + " " + a.subjectName() + " · " + a.policyName(), "applications",
                (ids, versions) -> batch.decide(new DecisionBatchInput(ids, decision, note, versions), ApplicationFormat.locale()));
        if (done != null) {
            results = done;
            selected = new ArrayList<>();
            note = null;
            pending = null;
        }
    }

    public List<ApplicationJson> getSelected() { return selected; }
    public void setSelected(List<ApplicationJson> selected) { this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<BatchResult> getResults() { return results; }

    public List<PolicyJson> getPolicies() {
        if (policyOptions == null) {
            policyOptions = policies.list(null, ApplicationFormat.locale());
        }
        return policyOptions;
    }

    public List<String> getYears() {
        return ApplicationFilter.years(thisYear());
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    public PageLazyModel<ApplicationJson> getModel() { return model; }
    public ApplicationFilter getFilter() { return filter; }
    public ApplicationFilter getLink() { return link; }
}
