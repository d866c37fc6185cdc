package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.AssignmentJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.BodyLimit;
import cn.wulian.liancai.shared.rest.Downloads;
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
import cn.wulian.liancai.award.entity.Attachment;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
    Nominations nominations;

    @Inject
    Assignments assignments;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
    public Response nominate(NominationInput input, @Context UriInfo uri) {
        NominationJson created = nominations.nominate(input, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public NominationJson find(@PathParam("id") long id) {
        return nominations.nomination(id, locale());
    }

    /** {@code {"reviewer":"reviewer3"}} */
    @POST
    @Path("{id}/assignments")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response assign(@PathParam("id") long id, ReviewerInput input, @Context UriInfo uri) {
        AssignmentJson created = assignments.assign(id, input.reviewer(), locale());
        return Response.created(uri.getAbsolutePathBuilder().path(created.reviewer()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}/assignments/{reviewer}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response unassign(@PathParam("id") long id, @PathParam("reviewer") String reviewer) {
        assignments.unassign(id, reviewer);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/attachments")
    public List<Attachment.Info> attachments(@PathParam("id") long id) {
        return nominations.attachments(id);
    }

    /**
     * the file as the request body, any content type (what it is is told by its content):
     * {@code POST …/attachments?name=证书.pdf}; at most 10 MB, a larger body is refused before it is read
     */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(bytes = Attachment.MAX_BYTES, field = "file")
    @RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body, @Context UriInfo uri) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Attachment.MAX_BYTES + 1);
        Attachment.Info created = nominations.attach(id, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created)
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Attachment a = nominations.download(id, attachmentId);
        return Downloads.file(a.getContent(), a.getContentType(), a.getFileName());
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        nominations.detach(id, attachmentId);
        return Response.noContent().build();
    }

    public record ReviewerInput(String reviewer) {
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
