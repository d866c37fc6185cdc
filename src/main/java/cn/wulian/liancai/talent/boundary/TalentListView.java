package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import org.primefaces.model.StreamedContent;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.web.BatchResult;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.ListQueries;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.PageLazyModel;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The talent list: lazy paging, sorting and column filters, all done by the database; for office
 * staff, rows ticked on any page (kept by row key) to change their stage or liaison in one step or
 * to export just them.
 */
@Named
@ViewScoped
public class TalentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Talents talents;

    @Inject
    TalentBatch batch;

    @Inject
    TalentChoices choices;

    private PageLazyModel<TalentJson> model;
    private List<TalentJson> selected = new ArrayList<>();
    private String batchStage;
    private String batchLiaison;
    private List<BatchResult> results;

    /** a link's filters ({@code ?township=371121001&villages=前河村}, {@code ?cities=青岛|青島}, {@code ?stage=}, {@code ?degree=}, {@code ?returned=2024}), kept for the view */
    private Map<String, String> linked = Map.of();

    /** the filters a link may set: what the office's figures link to */
    static final List<String> LINKABLE = List.of("stage", "degree", "township", "villages", "cities", "returned");

    @PostConstruct
    void init() {
        Talents facade = talents;
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<String, String> fromLink = new java.util.LinkedHashMap<>();
        for (String name : LINKABLE) {
            String value = params.get(name);
            if (value != null && !value.isBlank() && value.length() <= 500) {
                fromLink.put(name, value.strip());
            }
        }
        linked = Map.copyOf(fromLink);
        Map<String, String> kept = linked;
        model = new PageLazyModel<>(r -> facade.list(r.withForm(kept, LINKABLE)), TalentJson::id);
    }

    /**
     * A link that filters the list (the office's figures) starts it afresh: otherwise the table comes back as it was
     * left (multiViewState), on page 3 of a sort the link did not ask for.
     */
    public void openedFromLink() {
        if (!linked.isEmpty()) {
            PageLazyModel.startAfresh("talents:table");
        }
    }

    /** the list as shown: the table's page, sort and filters, and the link's */
    private PageRequest shown() {
        return model.shown().withForm(linked, LINKABLE);
    }

    /** what the link filtered by, in words for the chip above the list ("青岛", "汪湖镇 · 前河村"); empty when nothing */
    public String getLinkedText() {
        List<String> parts = new ArrayList<>();
        linked.forEach((name, value) -> parts.add(switch (name) {
            case "cities", "villages" -> value.split("\\|")[0];
            case "stage", "degree" -> Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    "enum." + (name.equals("stage") ? "Stage." : "Degree.") + value.toUpperCase(Locale.ROOT));
            case "returned" -> Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "talent.list.returnedIn", value);
            case "township" -> choices.getTownships().stream().filter(t -> t.getCode().equals(value)).map(t -> t.getName()).findFirst().orElse(value);
            default -> value;
        }));
        return String.join(" · ", parts);
    }

    public PageLazyModel<TalentJson> getModel() {
        return model;
    }

    /** the list as the user filtered and sorted it, for the links to the profiles: the profile walks the same list */
    public String getFrom() {
        return ListQueries.encode(shown());
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public List<Degree> getDegrees() {
        return List.of(Degree.values());
    }

    /** the list as the user filtered and sorted it, as a file: {@code xlsx} or {@code csv} */
    public StreamedContent export(String format) {
        return FacesDownloads.list(talents, shown(), ExportFormat.parse(format));
    }

    /** the ticked rows only, in the list's sort, with the list export's columns and masking */
    public StreamedContent exportSelected(String format) {
        PageRequest shown = model.shown();
        String ids = selected.stream().map(t -> String.valueOf(t.id())).collect(Collectors.joining(","));
        return FacesDownloads.list(talents, new PageRequest(0, 1, shown.sortField(), shown.ascending(), Map.of("ids", ids)),
                ExportFormat.parse(format));
    }

    /** the chosen stage for the ticked rows */
    public void changeStage() {
        reassign(batchStage, null);
    }

    /** the chosen liaison for the ticked rows */
    public void changeLiaison() {
        reassign(null, batchLiaison);
    }

    private void reassign(String stage, String liaison) {
        if ((stage == null || stage.isBlank()) && (liaison == null || liaison.isBlank())) {
            FacesErrors.error("validation.batch.nothing");
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<BatchResult> done = BatchResult.run(selected, TalentJson::id, TalentJson::version, TalentJson::name, "talents",
                (ids, versions) -> batch.reassign(new TalentBatchInput(ids, stage, liaison, versions), locale));
        if (done != null) {
            results = done;
            selected = new ArrayList<>();
        }
    }

    public List<TalentJson> getSelected() { return selected; }
    public void setSelected(List<TalentJson> selected) { this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected); }
    public String getBatchStage() { return batchStage; }
    public void setBatchStage(String batchStage) { this.batchStage = batchStage; }
    public String getBatchLiaison() { return batchLiaison; }
    public void setBatchLiaison(String batchLiaison) { this.batchLiaison = batchLiaison; }
    public List<BatchResult> getResults() { return results; }
}
