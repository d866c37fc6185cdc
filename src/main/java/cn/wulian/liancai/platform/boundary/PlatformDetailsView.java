package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A platform's page: its details and figures. The teams and projects it houses are listed on the
 * same page by those features' own views ({@code PlatformTeamsView}, {@code PlatformProjectsView}).
 */
@Named
@ViewScoped
public class PlatformDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Platforms platforms;

    private String code;
    private String id;
    private PlatformJson platform;

    public void load() {
        if (platform == null) {
            // a search hit names the platform by id, a link elsewhere by its code
            platform = code == null && id != null ? platforms.find(UrlIds.parse(id, "platform")) : platforms.find(code == null ? "" : code.strip());
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
}
