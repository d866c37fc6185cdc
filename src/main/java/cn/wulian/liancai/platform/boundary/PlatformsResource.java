package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.Downloads;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/platforms}: the platforms with their figures ({@code /{code}/teams} is the team
 * feature's, {@code PlatformTeamsResource}). Everyone signed in reads them; office staff and
 * administrators create ({@code POST}), edit ({@code PUT /{code}} with the {@code version} read) and
 * delete them.
 */
@Path("platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class PlatformsResource {

    @Inject
    Platforms platforms;

    @GET
    public List<PlatformJson> all() {
        return platforms.all();
    }

    /** the platforms and their figures as an Excel file */
    @GET
    @Path("export")
    @Produces(Spreadsheet.MEDIA_TYPE)
    public Response export(@Context HttpHeaders headers) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        return Downloads.xlsx(PlatformExport.xlsx(platforms.all(), locale), Messages.text(locale, "platform.list.title"), "platforms");
    }

    @GET
    @Path("{code}")
    public PlatformJson find(@PathParam("code") String code) {
        return platforms.find(code);
    }

    @POST
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response create(PlatformInput input, @Context UriInfo uri) {
        PlatformJson created = platforms.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    /** 409 when the platform changed since {@code version} was read */
    @PUT
    @Path("{code}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public PlatformJson revise(@PathParam("code") String code, PlatformInput input) {
        return platforms.revise(code, input);
    }

    /** 409 naming what still refers to the platform */
    @DELETE
    @Path("{code}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public void remove(@PathParam("code") String code) {
        platforms.remove(code);
    }
}
