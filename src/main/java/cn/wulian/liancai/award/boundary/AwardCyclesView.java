package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.entity.CycleStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The award's cycles, newest year first: the windows, where each stands and how many nominations
 * it has. Office staff open new cycles from here; platform managers come here to nominate.
 * Reviewers work from their queue and are refused (403).
 */
@Named
@ViewScoped
public class AwardCyclesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardCycles awardCycles;

    @Inject
    AwardPage page;

    private List<CycleJson> cycles;
    private Locale readIn;

    /** f:viewAction: office staff and platform managers */
    public void load() {
        page.requireNominator();
    }

    /** the cycles, read again when the page's language changes (category names, the rule in words) */
    public List<CycleJson> getCycles() {
        if (cycles == null || !page.locale().equals(readIn)) {
            readIn = page.locale();
            cycles = awardCycles.cycles(readIn);
        }
        return cycles;
    }

    /** whether nominations are taken today */
    public boolean nominating(CycleJson c) {
        return page.nominating(c);
    }
}
