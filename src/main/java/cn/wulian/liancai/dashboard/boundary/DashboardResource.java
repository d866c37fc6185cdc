package cn.wulian.liancai.dashboard.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/dashboard}: the office's overview today, labels in the caller's language;
 * {@code /api/dashboard/talents} its talent side.
 */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN})
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @Inject
    TalentSide talentSide;

    @GET
    public DashboardJson today(@Context HttpHeaders headers) {
        return dashboard.today(Messages.preferred(headers.getAcceptableLanguages()));
    }

    /** the talent side: by stage and degree, contacts per month, and where the talents are and come from */
    @GET
    @Path("talents")
    public TalentSideJson talents(@Context HttpHeaders headers) {
        return talentSide.today(Messages.preferred(headers.getAcceptableLanguages()));
    }
}
