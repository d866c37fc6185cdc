package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/follow-ups}: the calling officer's open follow-ups that are due or overdue. */
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN})
public class FollowUpsResource {

    @Inject
    Talents talents;

    @GET
    public List<InteractionJson> due() {
        return talents.dueFollowUps();
    }
}
