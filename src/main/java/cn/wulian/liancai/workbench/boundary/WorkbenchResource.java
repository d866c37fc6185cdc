package cn.wulian.liancai.workbench.boundary;

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

/** {@code /api/workbench}: the caller's 工作台, the lines about each row in the caller's language. */
@Path("workbench")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class WorkbenchResource {

    @Inject
    Workbench workbench;

    @GET
    public WorkbenchJson today(@Context HttpHeaders headers) {
        return workbench.today(Messages.preferred(headers.getAcceptableLanguages()));
    }
}
