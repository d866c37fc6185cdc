package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import cn.wulian.liancai.team.entity.TeamAction;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A team's page: details, members, IP, financing, and its workflow — the steps this user may take
 * from the current status, and the history of steps taken.
 */
@Named
@ViewScoped
public class TeamDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Teams teams;

    @Inject
    CurrentUser user;

    private String idParam;
    private Long id;
    private TeamJson team;
    private List<TransitionJson> history;
    private String reason;

    public void load() {
        if (team == null) {
            id = UrlIds.parse(idParam, "team");
            refresh();
        }
    }

    private void refresh() {
        team = teams.find(id);
        history = teams.transitions(id);
    }

    /** the steps this user may take now: office staff every legal one, a manager only theirs */
    public List<TeamAction> getActions() {
        TeamStatus status = TeamStatus.valueOf(team.status());
        return Arrays.stream(TeamAction.values())
                .filter(a -> a.allowedFrom(status) && (user.isStaff() || a.managerMay())).toList();
    }

    public boolean isReasonAsked() {
        return getActions().stream().anyMatch(TeamAction::reasonRequired);
    }

    public void take(String action) {
        try {
            team = teams.take(id, new TransitionInput(action, reason, team.version()));
            history = teams.transitions(id);
            reason = null;
            FacesErrors.info("team.stepTaken", FacesErrors.text("enum.TeamAction." + action));
        } catch (DomainViolation e) {
            FacesErrors.show(e, "workflow");
        } catch (StaleVersion e) {
            refresh();
            FacesErrors.stale(e);
        }
    }

    public boolean isEditable() {
        return user.isStaff() || TeamStatus.valueOf(team.status()).editableByManager();
    }

    public boolean isDeletable() {
        return TeamStatus.DRAFT.name().equals(team.status());
    }

    /** a team that projects or applications name is refused with the reason, and the page stays */
    public String delete() {
        return FacesErrors.attempt("actions", () -> {
            teams.remove(id);
            FacesErrors.infoAfterRedirect("team.deleted");
            return "/teams/list?faces-redirect=true";
        }).orElse(null);
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public TeamJson getTeam() { return team; }
    public List<TransitionJson> getHistory() { return history; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
