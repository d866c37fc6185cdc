package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.AssignmentJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/**
 * {@code /api/nominations}: nominating (office and platform managers), reading one nomination
 * (office; a manager their platform's; a reviewer only one assigned to them without a conflict,
 * masked), and assigning reviewers by hand (office).
 */
@Path("nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER, Role.REVIEWER})
public class NominationsResource {

    @Inject
    Awards awards;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
    public Response nominate(NominationInput input, @Context UriInfo uri) {
        NominationJson created = awards.nominate(input, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public NominationJson find(@PathParam("id") long id) {
        return awards.nomination(id, locale());
    }

    /** {@code {"reviewer":"reviewer3"}} */
    @POST
    @Path("{id}/assignments")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response assign(@PathParam("id") long id, ReviewerInput input, @Context UriInfo uri) {
        AssignmentJson created = awards.assign(id, input == null ? null : input.reviewer(), locale());
        return Response.created(uri.getAbsolutePathBuilder().path(created.reviewer()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}/assignments/{reviewer}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response unassign(@PathParam("id") long id, @PathParam("reviewer") String reviewer) {
        awards.unassign(id, reviewer);
        return Response.noContent().build();
    }

    public record ReviewerInput(String reviewer) {
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
