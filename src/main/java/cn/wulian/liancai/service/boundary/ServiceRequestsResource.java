package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.service.control.ServiceFigures;
import cn.wulian.liancai.service.control.ServiceRequestQuery;
import cn.wulian.liancai.service.entity.ServiceStatus;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.export.CsvFile;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.rest.PageRequests.FilterRule;
import cn.wulian.liancai.shared.rest.PageRequests;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/service-requests}: the one-stop service's requests and their steps, the officer's
 * reminders and the figures per department and month. Office staff see and settle all; a platform
 * manager files and follows their platform's teams' and projects' (403 for any other id) and may add
 * notes; reviewers none.
 */
@Path("service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class ServiceRequestsResource {

    /** the filters that take codes, words, a year or one record, not any text (PageRequests.FilterRule) */
    static final Map<String, FilterRule> RULES = Map.of("status", FilterRule.codes(ServiceStatus.class, "open").several(),
            "due", FilterRule.words("overdue", "soon", "attention", "late"), "year", FilterRule.year(),
            "subject", FilterRule.record(SubjectKind.class));

    @Inject
    ServiceRequests requests;

    @Context
    HttpHeaders headers;

    /** filters: {@code status} (or {@code open}), {@code kind}, {@code department}, {@code officer}, {@code due} (overdue, soon, attention, late), {@code subject}, {@code year}, {@code q} */
    @GET
    public Page<ServiceRequestJson> list(@Context UriInfo uri,
                                         @QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("20") int limit,
                                         @QueryParam("sort") String sort,
                                         @QueryParam("order") @DefaultValue("asc") String order) {
        return requests.list(PageRequests.from(uri, offset, limit, sort, order, ServiceRequestQuery.FILTERS, ServiceRequestQuery.SORTABLE.keySet(), RULES), locale());
    }

    @GET
    @Path("export")
    @Produces({Spreadsheet.MEDIA_TYPE, CsvFile.MEDIA_TYPE})
    public Response export(@Context UriInfo uri, @QueryParam("format") String format,
                           @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("asc") String order) {
        return Downloads.list(requests, PageRequests.from(uri, 0, 1, sort, order, ServiceRequestQuery.FILTERS, ServiceRequestQuery.SORTABLE.keySet(), RULES), headers, format, "service-requests");
    }

    /** the signed-in officer's requests that are overdue or due within two working days, soonest first */
    @GET
    @Path("reminders")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Page<ServiceRequestJson> reminders(@Context UriInfo uri,
                                              @QueryParam("offset") @DefaultValue("0") int offset,
                                              @QueryParam("limit") @DefaultValue("50") int limit) {
        return requests.reminders(PageRequests.from(uri, offset, limit, "dueOn", "asc", List.of(), ServiceRequestQuery.SORTABLE.keySet()), locale());
    }

    /** the year's figures per department and month and each department's open requests now: {@code ?year=2026} */
    @GET
    @Path("figures")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public ServiceFigures.Figures figures(@QueryParam("year") Integer year) {
        return requests.figures(year, locale());
    }

    @GET
    @Path("figures/export")
    @Produces(Spreadsheet.MEDIA_TYPE)
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response figuresExport(@QueryParam("year") Integer year) {
        Locale locale = locale();
        ServiceFigures.Figures figures = requests.figures(year, locale);
        return Downloads.xlsx(ServiceExport.figures(figures, locale),
                Messages.text(locale, "service.figures.file", String.valueOf(figures.year())), "service-figures-" + figures.year());
    }

    @GET
    @Path("{id}")
    public ServiceRequestJson find(@PathParam("id") long id) {
        return requests.find(id, locale());
    }

    /** {@code {"kind": "housing", "subjectKind": "TEAM", "subjectId": 12, "description": "…", "receivedOn": "2026-12-01"}}: 201 */
    @POST
    public Response file(ServiceRequestInput input, @Context UriInfo uri) {
        ServiceRequestJson created = requests.file(input, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}/steps")
    public List<ServiceRequestJson.StepJson> steps(@PathParam("id") long id) {
        return requests.steps(id, locale());
    }

    /** a step: {@code {"action": "ASSIGN", "department": "zjj", "officer": "office2", "version": 0}}; answers the request after it */
    @POST
    @Path("{id}/steps")
    public ServiceRequestJson step(@PathParam("id") long id, ServiceStepInput input) {
        return requests.step(id, input, locale());
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
