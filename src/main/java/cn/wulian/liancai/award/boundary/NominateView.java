package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * Nominate a talent in a cycle ({@code ?cycle=}): office staff and platform managers. The facade
 * judges: a talent the cycle's rule does not admit is refused with the reasons, a second
 * nomination in the same category as a duplicate, any nomination outside the window; each refusal
 * is shown beside its field or above the form, and everything typed stays.
 */
@Named
@ViewScoped
public class NominateView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "nominationForm";

    @Inject
    AwardCycles cycles;

    @Inject
    Nominations nominations;

    @Inject
    AwardPage page;

    private String cycleParam;
    private long cycleId;
    private CycleJson cycle;
    private Locale readIn;
    private NominationForm form;

    /** f:viewAction: office staff and platform managers only; the cycle once per view */
    public void load() {
        page.requireNominator();
        if (form == null) {
            cycleId = UrlIds.parse(cycleParam, "award cycle");
            readIn = page.locale();
            cycle = cycles.cycle(cycleId, readIn);
            form = new NominationForm();
            if (cycle.categories().size() == 1) {
                form.setCategory(cycle.categories().getFirst().code());
            }
        }
    }

    public String nominate() {
        return FacesErrors.attempt(FORM, () -> nominations.nominate(form.toInput(cycleId), page.locale())).map(n -> {
            FacesErrors.infoAfterRedirect("awards.nominate.done", n.nominee(), n.categoryName());
            return "/awards/cycle?faces-redirect=true&id=" + cycleId;
        }).orElse(null);
    }

    /** whether today lies in the nomination window; if not, the page says so before anyone types */
    public boolean isNominating() {
        return page.nominating(cycle);
    }

    /** the facade's own words for a closed window: "不在提名期内（2026-10-01 至 2026-12-15）" */
    public String getClosedText() {
        return Messages.text(page.locale(), "validation.award.nominationClosed", cycle.nominationOpens(), cycle.nominationCloses());
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }

    /** the cycle, read again when the page's language changes (its categories' names, the rule in words) */
    public CycleJson getCycle() {
        if (!page.locale().equals(readIn)) {
            readIn = page.locale();
            cycle = cycles.cycle(cycleId, readIn);
        }
        return cycle;
    }
    public NominationForm getForm() { return form; }
}
