package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/talents/merges}: merges of two records of one person and their undo, for office staff
 * and administrators. {@code POST} {@code {survivorId, mergedId, survivorVersion, mergedVersion,
 * fields: {name: "merged"|"survivor", …}}} → 201 with the merge; a stale version → 409; the same
 * talent twice, an erased or already merged talent, an unknown field → 400 naming the field.
 * {@code GET ?survivorId=&mergedId=} is the comparison the merge screen shows.
 */
@Path("talents/merges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN})
public class TalentMergesResource {

    @Inject
    TalentMerges merges;

    @GET
    @Path("preview")
    public MergePreview preview(@QueryParam("survivorId") Long survivorId, @QueryParam("mergedId") Long mergedId) {
        return merges.preview(survivorId, mergedId);
    }

    @POST
    public Response merge(MergeInput input, @Context UriInfo uri) {
        MergeJson merge = merges.merge(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(merge.id())).build()).entity(merge).build();
    }

    @GET
    @Path("{id}")
    public MergeJson find(@PathParam("id") long id) {
        return merges.find(id);
    }

    /** 200 with the merge, undone; 400 naming what changed since when undo can no longer restore exactly */
    @POST
    @Path("{id}/undo")
    public MergeJson undo(@PathParam("id") long id) {
        return merges.undo(id);
    }
}
