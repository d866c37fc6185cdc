package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewerJson;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.award.entity.RankingBasis;
import cn.wulian.liancai.rules.control.RuleEditor;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open a cycle, or revise one while it is open ({@code ?id=}): name and year, the two windows, the
 * categories and their quotas, the rubric, the committee, the eligibility rule (the policies'
 * {@link RuleEditor} over a talent's facts), reviewers per nomination, which score ranks and the
 * disagreement threshold. Office staff only. Once a review is submitted the facade keeps the rubric
 * and the committee as they are; the page says so before anyone tries.
 */
@Named
@ViewScoped
public class AwardCycleEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "cycleForm";

    @Inject
    AwardCycles cycles;

    @Inject
    AwardPage page;

    private String idParam;
    private Long id;
    private CycleForm form;
    private RuleEditor editor;
    private String status;
    private List<ReviewerJson> reviewers;

    /** f:viewAction: office staff only; reads the cycle (or makes a new form) once per view */
    public void load() {
        page.requireStaff();
        if (form != null) {
            return;
        }
        LocalDate today = page.today();
        List<CategoryJson> categories = cycles.categories(page.locale());
        reviewers = cycles.reviewers();
        FactCatalog catalog = cycles.catalog();
        if (idParam != null && !idParam.isBlank()) {
            id = UrlIds.parse(idParam, "award cycle");
            CycleJson cycle = cycles.cycle(id, page.locale());
            form = CycleForm.of(cycle, categories);
            status = cycle.status();
            editor = RuleEditor.of(RuleJson.stored(cycle.rule().toString(), catalog), catalog, today);
        } else {
            form = CycleForm.fresh(freeYear(today.getYear()), today, categories, reviewers.stream().map(ReviewerJson::username).toList());
            status = CycleStatus.OPEN.name();
            editor = new RuleEditor(catalog, today);
        }
    }

    /** this year, or the first year after it without a cycle (one cycle a year) */
    private int freeYear(int year) {
        Set<Integer> taken = cycles.cycles(page.locale()).stream().map(CycleJson::year).collect(Collectors.toSet());
        int free = year;
        while (taken.contains(free)) {
            free++;
        }
        return free;
    }

    public String save() {
        CycleInput input = form.toInput(getEditor().ruleJson());
        Locale locale = page.locale();
        return FacesErrors.attempt(FORM, () -> {
            try {
                return id == null ? cycles.open(input, locale) : cycles.revise(id, input, locale);
            } catch (DomainViolation e) {
                throw editor.explain(e);
            }
        }).map(saved -> {
            FacesErrors.infoAfterRedirect(id == null ? "awards.edit.opened" : "awards.edit.saved", saved.name());
            return "/awards/cycle?faces-redirect=true&id=" + saved.id();
        }).orElse(null);
    }

    /** the rule editor, its facts given back after the view was restored from a serialised session */
    public RuleEditor getEditor() {
        if (editor != null && editor.catalog() == null) {
            editor.attach(cycles.catalog());
        }
        return editor;
    }

    public List<ReviewerJson> getReviewers() {
        return reviewers;
    }

    public List<String> getBases() {
        return Arrays.stream(RankingBasis.values()).map(Enum::name).toList();
    }

    public boolean isNew() {
        return id == null;
    }

    /** a cycle past its decision is no longer set up; the page shows it read-only */
    public boolean isEditable() {
        return CycleStatus.OPEN.name().equals(status);
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public CycleForm getForm() { return form; }
    /** the year picker's bounds: the span the cycle's own check accepts */
    public int getFirstYear() { return AwardCycle.FIRST_YEAR; }
    public int getLastYear() { return AwardCycle.LAST_YEAR; }
    public String getStatus() { return status; }
}
