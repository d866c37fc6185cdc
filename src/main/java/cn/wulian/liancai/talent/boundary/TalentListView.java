package cn.wulian.liancai.talent.boundary;

import org.primefaces.model.StreamedContent;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.ListQueries;
import cn.wulian.liancai.shared.web.PageLazyModel;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The talent list: lazy paging, sorting and column filters, all done by the database. */
@Named
@ViewScoped
public class TalentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Talents talents;

    @Inject
    TalentChoices choices;

    private PageLazyModel<TalentJson> model;

    @PostConstruct
    void init() {
        Talents facade = talents;
        model = new PageLazyModel<>(facade::list, TalentJson::id);
    }

    public PageLazyModel<TalentJson> getModel() {
        return model;
    }

    /** the list as the user filtered and sorted it, for the links to the profiles: the profile walks the same list */
    public String getFrom() {
        return ListQueries.encode(model.shown());
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public List<Degree> getDegrees() {
        return List.of(Degree.values());
    }

    /** the list as the user filtered and sorted it, as a file: {@code xlsx} or {@code csv} */
    public StreamedContent export(String format) {
        return FacesDownloads.list(talents, model.shown(), ExportFormat.parse(format));
    }
}
