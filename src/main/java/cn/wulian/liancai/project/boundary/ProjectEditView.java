package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Open and revise a project; the facade refuses other platforms' projects and names every bad field at once. */
@Named
@ViewScoped
public class ProjectEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    Clock clock;

    private String idParam;
    private Long id;
    private ProjectForm form;
    private boolean loaded;

    /** f:viewAction: loads the project once per view when editing */
    public void load() {
        if (!loaded) {
            if (idParam != null && !idParam.isBlank()) {
                id = UrlIds.parse(idParam, "project");
                form = ProjectForm.of(projects.find(id));
            } else {
                form = new ProjectForm(LocalDate.now(clock));
            }
        }
        loaded = true;
    }

    public String save() {
        return FacesErrors.attempt("projectForm", () -> id == null ? projects.open(form.toInput()) : projects.revise(id, form.toInput()))
                .map(saved -> {
                    FacesErrors.infoAfterRedirect("project.saved");
                    return "/projects/view?faces-redirect=true&id=" + saved.id();
                })
                .orElse(null);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public ProjectForm getForm() { return form; }
}
