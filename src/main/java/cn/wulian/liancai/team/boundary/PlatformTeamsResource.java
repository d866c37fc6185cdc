package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.platform.boundary.Platforms;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/platforms/{code}/teams}: the teams a platform houses, as far as the caller may see them (a manager: only their own platform's). */
@Path("platforms/{code}/teams")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class PlatformTeamsResource {

    @Inject
    Platforms platforms;

    @Inject
    Teams teams;

    @GET
    public List<TeamJson> teams(@PathParam("code") String code) {
        platforms.find(code);
        return teams.ofPlatform(code);
    }
}
