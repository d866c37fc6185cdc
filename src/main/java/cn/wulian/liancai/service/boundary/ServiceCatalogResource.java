package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.shared.DomainViolation;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/service-catalog}: the kinds of service request ({@code kinds}), the departments that
 * settle them ({@code departments}) and the calendar of holidays and adjusted working days
 * ({@code calendar}). Office staff and platform managers read; office staff change. Kinds and
 * departments are retired ({@code "active": false}), not deleted.
 */
@Path("service-catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class ServiceCatalogResource {

    @Inject
    ServiceCatalog catalog;

    @Context
    HttpHeaders headers;

    @GET
    @Path("kinds")
    public List<CatalogJson.Kind> kinds() {
        return catalog.kinds(locale());
    }

    @POST
    @Path("kinds")
    public Response addKind(CatalogInput.Kind input, @Context UriInfo uri) {
        CatalogJson.Kind added = catalog.addKind(input, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build()).entity(added).build();
    }

    @PUT
    @Path("kinds/{code}")
    public CatalogJson.Kind reviseKind(@PathParam("code") String code, CatalogInput.Kind input) {
        return catalog.reviseKind(code, input, locale());
    }

    @GET
    @Path("departments")
    public List<CatalogJson.Department> departments() {
        return catalog.departments(locale());
    }

    @POST
    @Path("departments")
    public Response addDepartment(CatalogInput.Department input, @Context UriInfo uri) {
        CatalogJson.Department added = catalog.addDepartment(input, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build()).entity(added).build();
    }

    @PUT
    @Path("departments/{code}")
    public CatalogJson.Department reviseDepartment(@PathParam("code") String code, CatalogInput.Department input) {
        return catalog.reviseDepartment(code, input, locale());
    }

    /** the named days of a year ({@code ?year=2026}), or of every year */
    @GET
    @Path("calendar")
    public List<CatalogJson.Day> days(@QueryParam("year") Integer year) {
        return catalog.days(year);
    }

    /** names a day: {@code PUT …/calendar/2026-10-01 {"working": false, "name": "国庆节"}} */
    @PUT
    @Path("calendar/{date}")
    public CatalogJson.Day putDay(@PathParam("date") String date, CatalogInput.Day input) {
        return catalog.putDay(date(date), input == null ? new CatalogInput.Day(null, null, null) : input);
    }

    @DELETE
    @Path("calendar/{date}")
    public Response removeDay(@PathParam("date") String date) {
        catalog.removeDay(date(date));
        return Response.noContent().build();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainViolation.of("date", "validation.date.format");
        }
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
