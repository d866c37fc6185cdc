package cn.wulian.liancai.team.boundary;

import org.primefaces.model.StreamedContent;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.PageLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The team list: lazy paging, sorting and filters by the database; a manager's list is their platform's only. */
@Named
@ViewScoped
public class TeamListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Teams teams;

    private PageLazyModel<TeamJson> model;

    @PostConstruct
    void init() {
        Teams facade = teams;
        model = new PageLazyModel<>(facade::list, TeamJson::id);
    }

    public PageLazyModel<TeamJson> getModel() {
        return model;
    }

    /** the list as the user filtered and sorted it, as a file: {@code xlsx} or {@code csv} */
    public StreamedContent export(String format) {
        return FacesDownloads.list(teams, model.shown(), ExportFormat.parse(format));
    }
}
