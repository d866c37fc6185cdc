package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.platform.boundary.PlatformJson;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.PageLazyModel;
import cn.wulian.liancai.team.boundary.TeamChoices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.model.StreamedContent;

/**
 * The project list: lazy paging, sorting and filters by the database (the flag filter by the
 * facade, since flags are computed); a manager's list is their platform's only. The list may be
 * opened filtered, as the dashboard links to it ({@code ?flag=YELLOW}, {@code ?stage=LANDED},
 * {@code ?platform=fatong} or {@code none}, {@code ?industry=…}, {@code ?countyLeader=…}): each
 * parameter becomes its column's initial filter, shown in the column's menu, so the count, paging,
 * sorting and export follow it and the user clears it as any other. A value the menu does not
 * offer is ignored, not a list that is filtered by a choice the menu cannot show.
 */
@Named
@ViewScoped
public class ProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    ProjectChoices choices;

    @Inject
    TeamChoices teamChoices;

    private PageLazyModel<ProjectJson> model;
    private String flag;
    private String stage;
    private String platform;
    private String industry;
    private String countyLeader;

    @PostConstruct
    void init() {
        Projects facade = projects;
        model = new PageLazyModel<>(facade::list, ProjectJson::id);
    }

    /**
     * f:viewAction: a caller with no business with projects gets the 403 page before anything is drawn; a link's
     * filters start the list afresh, which otherwise comes back as it was left (multiViewState)
     */
    public void load() {
        projects.list(new PageRequest(0, 1, null, true, Map.of()));
        if (Stream.of(flag, stage, platform, industry, countyLeader).anyMatch(v -> v != null && !v.isBlank())) {
            PageLazyModel.startAfresh("projects:table");
        }
    }

    public PageLazyModel<ProjectJson> getModel() {
        return model;
    }

    /** the list as the user filtered and sorted it, as a file: {@code xlsx} or {@code csv} */
    public StreamedContent export(String format) {
        return FacesDownloads.list(projects, model.shown(), ExportFormat.parse(format));
    }

    // the columns' initial filters (p:column filterValue), each one of its menu's values or none

    public Projects.Flag getFlagFilter() {
        return offered(choices.getFlags(), upper(flag));
    }

    public ProjectStage getStageFilter() {
        return offered(choices.getStages(), upper(stage));
    }

    public String getPlatformFilter() {
        return offered(Stream.concat(teamChoices.getPlatforms().stream().map(PlatformJson::code), Stream.of("none")).toList(), platform);
    }

    public String getIndustryFilter() {
        return offered(choices.getIndustries(), industry);
    }

    public String getCountyLeaderFilter() {
        return offered(choices.getCountyLeaders(), countyLeader);
    }

    private static <T> T offered(Collection<T> options, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip();
        return options.stream().filter(o -> o.toString().equals(wanted)).findFirst().orElse(null);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    // f:viewParam: the query parameters as given

    public String getFlag() { return flag; }
    public void setFlag(String flag) { this.flag = flag; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getCountyLeader() { return countyLeader; }
    public void setCountyLeader(String countyLeader) { this.countyLeader = countyLeader; }
}
