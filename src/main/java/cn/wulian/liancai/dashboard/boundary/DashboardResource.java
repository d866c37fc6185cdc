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

/** {@code /api/dashboard}: the office's overview today, labels in the caller's language. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN})
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @GET
    public DashboardJson today(@Context HttpHeaders headers) {
        return dashboard.today(Messages.preferred(headers.getAcceptableLanguages()));
    }
}
