package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/policies}: the support policies (五个一), current versions and their history. Office
 * staff and platform managers read them (a reviewer has no use for them); office staff and administrators create and edit them, each edit a new version
 * (send the {@code version} read; 409 when another edit came first).
 */
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class PoliciesResource {

    @Inject
    Policies policies;

    @Context
    HttpHeaders headers;

    /** {@code ?kind=TEAM} for one kind of beneficiary */
    @GET
    public List<PolicyJson> list(@QueryParam("kind") String kind) {
        return policies.list(kind, Messages.preferred(headers.getAcceptableLanguages()));
    }

    /** the current version, or {@code ?version=n} */
    @GET
    @Path("{code}")
    public PolicyJson find(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return policies.find(code, version, Messages.preferred(headers.getAcceptableLanguages()));
    }

    /** every version, newest first */
    @GET
    @Path("{code}/versions")
    public List<PolicyJson> versions(@PathParam("code") String code) {
        return policies.versions(code, Messages.preferred(headers.getAcceptableLanguages()));
    }

    @POST
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response create(PolicyInput input, @Context UriInfo uri) {
        PolicyJson created = policies.create(input, Messages.preferred(headers.getAcceptableLanguages()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    /** a new version; answers it (or the current one, unchanged, when nothing differs) */
    @PUT
    @Path("{code}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public PolicyJson revise(@PathParam("code") String code, PolicyInput input) {
        return policies.revise(code, input, Messages.preferred(headers.getAcceptableLanguages()));
    }

    /** a policy entered by mistake, with all its versions; 409 naming the applications while any refer to it */
    @DELETE
    @Path("{code}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public void remove(@PathParam("code") String code) {
        policies.remove(code);
    }
}
