package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.PageLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The project list: lazy paging, sorting and filters by the database (the flag filter by the
 * facade, since flags are computed); a manager's list is their platform's only.
 */
@Named
@ViewScoped
public class ProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    private PageLazyModel<ProjectJson> model;

    @PostConstruct
    void init() {
        Projects facade = projects;
        model = new PageLazyModel<>(facade::list, ProjectJson::id);
    }

    /** f:viewAction: a caller with no business with projects gets the 403 page before anything is drawn */
    public void load() {
        projects.list(new PageRequest(0, 1, null, true, Map.of()));
    }

    public PageLazyModel<ProjectJson> getModel() {
        return model;
    }

    /** the list as the user filtered and sorted it, as an Excel file */
    public StreamedContent getExport() {
        return FacesDownloads.shownList(model, ProjectExport::xlsx, "project.list.title");
    }
}
