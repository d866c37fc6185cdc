package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.export.CsvFile;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.rest.PageRequests;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/audit}: the trail for office staff and administrators (403 otherwise), newest first.
 * Filters: {@code record} ({@code TALENT:12} — the record and its parts — or a kind,
 * {@code TALENT}), {@code actor} (a user name), {@code action}, {@code from} and {@code to}
 * (dates, inclusive). {@code /api/audit/export} is the same list as an Excel file.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.OFFICE})
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    public Page<AuditRow> list(@Context UriInfo uri,
                               @QueryParam("offset") @DefaultValue("0") int offset,
                               @QueryParam("limit") @DefaultValue("50") int limit,
                               @QueryParam("sort") String sort,
                               @QueryParam("order") @DefaultValue("desc") String order) {
        return trail.list(PageRequests.from(uri, offset, limit, sort, order, AuditTrail.FILTERS, AuditTrail.SORTABLE.keySet()));
    }

    /** the same list, with the same filters and sort, as a file: {@code GET …/export?format=csv}, xlsx without {@code format} */
    @GET
    @Path("export")
    @Produces({Spreadsheet.MEDIA_TYPE, CsvFile.MEDIA_TYPE})
    public Response export(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("format") String format,
                           @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("desc") String order) {
        return Downloads.list(trail, PageRequests.from(uri, 0, 1, sort, order, AuditTrail.FILTERS, AuditTrail.SORTABLE.keySet()), headers, format, "audit");
    }
}
