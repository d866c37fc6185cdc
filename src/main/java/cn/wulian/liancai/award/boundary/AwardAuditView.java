package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.AuditJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cycle's audit trail ({@code ?id=}), for office staff: every set-up change, nomination,
 * assignment, declaration, score and its changes, decision and publication, oldest first, with
 * who, when and the particulars; the nomination named by its nominee.
 */
@Named
@ViewScoped
public class AwardAuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardCycles cycles;

    @Inject
    Nominations nominations;

    @Inject
    AwardPage page;


    private String idParam;
    private CycleJson cycle;
    private List<AuditJson> events;
    private Map<Long, String> nominees;

    /** f:viewAction: office staff only; the trail once per view */
    public void load() {
        page.requireStaff();
        if (events == null) {
            long id = UrlIds.parse(idParam, "award cycle");
            cycle = cycles.cycle(id, page.locale());
            events = cycles.audit(id, page.locale());
            nominees = nominations.listed(id, page.locale()).stream()
                    .collect(Collectors.toMap(NominationJson::id, n -> n.nominee() + " · " + n.categoryName()));
        }
    }

    /** the nomination an entry is about, "#12 厉志远 · 创新创业类"; empty for the cycle's own entries */
    public String nomination(Long id) {
        return id == null ? "" : "#" + id + " " + nominees.getOrDefault(id, "");
    }

    /**
     * an entry's particulars in the page's language, from the data the step recorded: a reviewer by
     * name ("孙国栋", not "reviewer2"), a nomination's category by its name and the talent by their
     * record ("创新创业类 · 人才 #12"), scores and dates in the reader's words; older entries as recorded
     */
    public String detail(AuditJson e) {
        return e.words() == null ? "" : e.words();
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public CycleJson getCycle() { return cycle; }
    public List<AuditJson> getEvents() { return events; }
}
