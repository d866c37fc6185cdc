package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Register and revise a team, with its members, IP and financing rounds edited in place. */
@Named
@ViewScoped
public class TeamEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Teams teams;

    private String idParam;
    private Long id;
    private TeamForm form = new TeamForm();
    private boolean loaded;

    /** f:viewAction: loads the team once per view when editing; the facade refuses other platforms' teams */
    public void load() {
        if (!loaded && idParam != null && !idParam.isBlank()) {
            id = UrlIds.parse(idParam, "team");
            form = TeamForm.of(teams.find(id));
        }
        loaded = true;
    }

    public String save() {
        try {
            TeamJson saved = id == null ? teams.register(form.toInput()) : teams.revise(id, form.toInput());
            FacesErrors.infoAfterRedirect("team.saved");
            return "/teams/view?faces-redirect=true&id=" + saved.id();
        } catch (DomainViolation e) {
            FacesErrors.show(e, "teamForm");
            return null;
        } catch (StaleVersion e) {
            FacesErrors.stale(e);
            return null;
        }
    }

    public void addMember() { form.getMembers().add(new TeamForm.MemberRow()); }
    public void removeMember(int index) { form.getMembers().remove(index); }
    public void addIp() { form.getIp().add(new TeamForm.IpRow()); }
    public void removeIp(int index) { form.getIp().remove(index); }
    public void addFinancing() { form.getFinancing().add(new TeamForm.FinancingRow()); }
    public void removeFinancing(int index) { form.getFinancing().remove(index); }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public TeamForm getForm() { return form; }
}
