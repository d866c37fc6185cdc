package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The projects on a platform's page: office staff see all, a manager only on their own platform's page. */
@Named
@ViewScoped
public class PlatformProjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    CurrentUser user;

    private String platformCode;
    private List<ProjectJson> rows;

    public List<ProjectJson> of(String platformCode) {
        if (rows == null || !platformCode.equals(this.platformCode)) {
            this.platformCode = platformCode;
            // a manager's project list is always their own platform's, whatever it asks: on another platform's page it shows none
            rows = user.isStaff() || platformCode.equals(user.platformCode())
                    ? projects.list(new PageRequest(0, PageRequest.MAX_LIMIT, "title", true, Map.of("platform", platformCode))).rows()
                    : List.of();
        }
        return rows;
    }
}
