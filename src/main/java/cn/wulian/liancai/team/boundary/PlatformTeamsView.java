package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The teams on a platform's page: office staff see all, a manager only their own platform's, a reviewer none. */
@Named
@ViewScoped
public class PlatformTeamsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Teams teams;

    @Inject
    CurrentUser user;

    private String platformCode;
    private List<TeamJson> rows;

    public List<TeamJson> of(String platformCode) {
        if (rows == null || !platformCode.equals(this.platformCode)) {
            this.platformCode = platformCode;
            rows = user.isStaff() || user.isManager() ? teams.ofPlatform(platformCode) : List.of();
        }
        return rows;
    }
}
