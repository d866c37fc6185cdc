package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.project.boundary.ProjectJson;
import cn.wulian.liancai.project.boundary.Projects;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import cn.wulian.liancai.team.boundary.TeamJson;
import cn.wulian.liancai.team.boundary.Teams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A platform's page: details, figures, and the teams and projects the caller may see (none for a
 * reviewer, nor for another platform's manager).
 */
@Named
@ViewScoped
public class PlatformDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Platforms platforms;

    @Inject
    Teams teams;

    @Inject
    Projects projects;

    @Inject
    CurrentUser user;

    private String code;
    private String id;
    private PlatformJson platform;
    private List<TeamJson> platformTeams;
    private List<ProjectJson> platformProjects;

    public void load() {
        if (platform == null) {
            // a search hit names the platform by id, a link elsewhere by its code
            platform = code == null && id != null ? platforms.find(UrlIds.parse(id, "platform")) : platforms.find(code == null ? "" : code.strip());
            platformTeams = user.isStaff() || user.hasRole(Role.PLATFORM_MANAGER) ? teams.ofPlatform(platform.code()) : List.of();
            // a manager's project list is always their own platform's: on another platform's page it shows none
            platformProjects = user.isStaff() || platform.code().equals(user.platformCode())
                    ? projects.list(new PageRequest(0, PageRequest.MAX_LIMIT, "title", true, Map.of("platform", platform.code()))).rows()
                    : List.of();
        }
    }

    /** a platform that anything still houses or names is refused, naming those records, and the page stays */
    public String delete() {
        return FacesErrors.attempt("actions", () -> {
            platforms.remove(platform.code());
            FacesErrors.infoAfterRedirect("platform.deleted");
            return "/platforms/list?faces-redirect=true";
        }).orElse(null);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PlatformJson getPlatform() { return platform; }
    public List<TeamJson> getTeams() { return platformTeams; }
    public List<ProjectJson> getProjects() { return platformProjects; }
}
