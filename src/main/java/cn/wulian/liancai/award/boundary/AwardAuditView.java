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

    @Inject
    cn.wulian.liancai.shared.web.PeopleNames names;

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
            events = cycles.audit(id);
            nominees = nominations.nominations(id, page.locale()).stream()
                    .collect(Collectors.toMap(NominationJson::id, n -> n.nominee() + " · " + n.categoryName()));
        }
    }

    /** the nomination an entry is about, "#12 厉志远 · 创新创业类"; empty for the cycle's own entries */
    public String nomination(Long id) {
        return id == null ? "" : "#" + id + " " + nominees.getOrDefault(id, "");
    }

    /**
     * an entry's detail as the office reads it: a reviewer by name ("评委 孙国栋", not "reviewer2"), a
     * nomination's category by its name and the talent by their record ("创新创业类 · 人才 #12", not
     * "innovation TALENT:12"); other details as they were recorded
     */
    public String detail(AuditJson e) {
        String d = e.detail();
        if (d == null) {
            return "";
        }
        switch (e.action()) {
            case "ASSIGNED", "UNASSIGNED" -> {
                boolean auto = d.endsWith(" (auto)");
                String reviewer = auto ? d.substring(0, d.length() - " (auto)".length()) : d;
                return names.of(reviewer) + (auto ? " · " + cn.wulian.liancai.shared.i18n.Messages.text(page.locale(), "awards.assignment.auto") : "");
            }
            case "NOMINATED" -> {
                String[] parts = d.split(" ", 2);
                if (parts.length == 2 && parts[1].startsWith("TALENT:")) {
                    String category = cycle.categories().stream().filter(c -> c.code().equals(parts[0]))
                            .map(AwardJsonViews.CategoryJson::name).findFirst().orElse(parts[0]);
                    return category + " · " + cn.wulian.liancai.shared.i18n.Messages.text(page.locale(), "reference.kind.TALENT")
                            + " #" + parts[1].substring("TALENT:".length());
                }
                return d;
            }
            default -> {
                return d;
            }
        }
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public CycleJson getCycle() { return cycle; }
    public List<AuditJson> getEvents() { return events; }
}
