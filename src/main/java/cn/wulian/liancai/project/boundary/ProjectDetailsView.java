package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A project's page: the stage pipeline with the step to the next stage, the flags and why, the key
 * facts, the commitment (the office adds milestones and records them met) and the progress
 * timeline with the phone-sized form to post to it. Whoever may open the page may post progress
 * and take the next step; the facade refuses everything else.
 */
@Named
@ViewScoped
public class ProjectDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** one stage of the pipeline as the header draws it: reached on a day, the current one, or still ahead */
    public record PipelineStep(ProjectStage stage, LocalDate on, boolean reached, boolean current) {
    }

    @Inject
    Projects projects;

    @Inject
    ProjectRules rules;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private String idParam;
    private Long id;
    private ProjectJson project;
    private List<StepJson> steps;
    private List<MilestoneJson> milestones;
    private List<UpdateJson> updates;

    private LocalDate stepOn;
    private String stepNote;
    private String milestoneTitle;
    private LocalDate milestoneDueOn;
    private String milestoneStandard;
    private Long metMilestoneId;
    private LocalDate metOn;
    private LocalDate updateOn;
    private BigDecimal updatePercent;
    private String updateText;

    public void load() {
        if (project == null) {
            id = UrlIds.parse(idParam, "project");
            refresh();
            stepOn = today();
            freshUpdate();
        }
    }

    private void refresh() {
        project = projects.find(id);
        steps = projects.steps(id);
        milestones = projects.milestones(id);
        updates = projects.updates(id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** the next update starts from today and the percent reached so far */
    private void freshUpdate() {
        updateOn = today();
        updatePercent = BigDecimal.valueOf(project.percent());
        updateText = null;
    }

    public void post() {
        int before = project.percent();
        BigDecimal posted = updatePercent;
        FacesErrors.attempt("updateForm", () -> projects.post(id, new UpdateInput(updateOn, updatePercent, updateText))).ifPresent(u -> {
            refresh();
            freshUpdate();
            // a lower figure may be right (the project was re-planned), but it lowers the project's progress: say so
            if (posted != null && posted.compareTo(BigDecimal.valueOf(before)) < 0) {
                FacesErrors.info("project.update.savedLower", posted.stripTrailingZeros().toPlainString(), before);
            } else {
                FacesErrors.info("project.update.saved");
            }
        });
    }

    /** takes the next step; refused, the page shows the project as it now stands (it may have moved meanwhile) */
    public void advance() {
        FacesErrors.attempt("stageForm", () -> projects.advance(id, new StepInput(stepOn, stepNote, project.version()))).ifPresent(p -> {
            stepOn = today();
            stepNote = null;
            FacesErrors.info("project.advanced", FacesErrors.text("enum.ProjectStage." + p.stage()));
        });
        refresh();
    }

    public void addMilestone() {
        FacesErrors.attempt("milestoneForm", () -> projects.commit(id, new MilestoneInput(milestoneTitle, milestoneDueOn, milestoneStandard)))
                .ifPresent(m -> {
                    refresh();
                    milestoneTitle = null;
                    milestoneDueOn = null;
                    milestoneStandard = null;
                    FacesErrors.info("project.milestone.saved");
                });
    }

    /** opens the "met" dialog for one milestone, dated today */
    public void chooseMet(long milestoneId) {
        metMilestoneId = milestoneId;
        metOn = today();
    }

    public void meet() {
        FacesErrors.attempt("metForm", () -> projects.meet(id, metMilestoneId, new MetInput(metOn))).ifPresent(m -> {
            refresh();
            FacesErrors.info("project.milestone.metSaved");
        });
    }

    public String delete() {
        return FacesErrors.attempt("actions", () -> {
            projects.remove(id);
            FacesErrors.infoAfterRedirect("project.deleted");
            return "/projects/list?faces-redirect=true";
        }).orElse(null);
    }

    /** the five stages, each with the day it was reached (talks: the day they began) */
    public List<PipelineStep> getPipeline() {
        ProjectStage current = ProjectStage.valueOf(project.stage());
        return Arrays.stream(ProjectStage.values()).map(s -> new PipelineStep(s,
                s == ProjectStage.NEGOTIATING ? project.openedOn()
                        : steps.stream().filter(t -> t.to().equals(s.name())).map(StepJson::on).findFirst().orElse(null),
                s.compareTo(current) <= 0, s == current)).toList();
    }

    public List<FlagReasons.Reason> getFlagReasons() {
        return FlagReasons.of(project, milestones, steps, rules.flags(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** the stage a step leads to, or null when the project is in production */
    public ProjectStage getNextStage() {
        return ProjectStage.valueOf(project.stage()).next();
    }

    /** the commitment is the office's: a manager sees it but neither adds to it nor certifies it */
    public boolean isCommitmentEditable() {
        return user.isStaff();
    }

    public boolean isDeletable() {
        return user.isStaff() && ProjectStage.NEGOTIATING.name().equals(project.stage());
    }

    public MilestoneJson getMetMilestone() {
        return milestones.stream().filter(m -> metMilestoneId != null && m.id() == metMilestoneId).findFirst().orElse(null);
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public ProjectJson getProject() { return project; }
    public List<StepJson> getSteps() { return steps; }
    public List<MilestoneJson> getMilestones() { return milestones; }
    public List<UpdateJson> getUpdates() { return updates; }
    public LocalDate getStepOn() { return stepOn; }
    public void setStepOn(LocalDate stepOn) { this.stepOn = stepOn; }
    public String getStepNote() { return stepNote; }
    public void setStepNote(String stepNote) { this.stepNote = stepNote; }
    public String getMilestoneTitle() { return milestoneTitle; }
    public void setMilestoneTitle(String milestoneTitle) { this.milestoneTitle = milestoneTitle; }
    public LocalDate getMilestoneDueOn() { return milestoneDueOn; }
    public void setMilestoneDueOn(LocalDate milestoneDueOn) { this.milestoneDueOn = milestoneDueOn; }
    public String getMilestoneStandard() { return milestoneStandard; }
    public void setMilestoneStandard(String milestoneStandard) { this.milestoneStandard = milestoneStandard; }
    public LocalDate getMetOn() { return metOn; }
    public void setMetOn(LocalDate metOn) { this.metOn = metOn; }
    public LocalDate getUpdateOn() { return updateOn; }
    public void setUpdateOn(LocalDate updateOn) { this.updateOn = updateOn; }
    public BigDecimal getUpdatePercent() { return updatePercent; }
    public void setUpdatePercent(BigDecimal updatePercent) { this.updatePercent = updatePercent; }
    public String getUpdateText() { return updateText; }
    public void setUpdateText(String updateText) { this.updateText = updateText; }
}
