package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.Batch;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.export.CsvFile;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.rest.PageRequests.FilterRule;
import cn.wulian.liancai.shared.rest.PageRequests;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.support.control.ApplicationQuery;
import cn.wulian.liancai.support.control.SupportReport;
import cn.wulian.liancai.support.entity.ApplicationStatus;
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
 * {@code /api/applications}: applications for support policies, their steps ({@code transitions}:
 * approve, reject, withdraw, close) and payments ({@code disbursements}), and the support report.
 * Office staff see and decide all; a platform manager applies for and follows their platform's
 * teams and projects (403 for any other id) and may withdraw; reviewers none.
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class ApplicationsResource {

    static final List<String> FILTERS = List.of("status", "policy", "kind", "platform", "year", "subject", "q");
    /** the filters that take codes or a year, not any text: another value is refused (PageRequests.FilterRule) */
    static final Map<String, FilterRule> RULES = Map.of("status", FilterRule.codes(ApplicationStatus.class).several(), "kind", FilterRule.codes(SubjectKind.class),
            "year", FilterRule.year(), "subject", FilterRule.record(SubjectKind.class));

    @Inject
    Applications applications;

    @Inject
    ApplicationBatch batch;

    @Context
    HttpHeaders headers;

    @GET
    public Page<ApplicationJson> list(@Context UriInfo uri,
                                      @QueryParam("offset") @DefaultValue("0") int offset,
                                      @QueryParam("limit") @DefaultValue("20") int limit,
                                      @QueryParam("sort") String sort,
                                      @QueryParam("order") @DefaultValue("asc") String order) {
        return applications.list(PageRequests.from(uri, offset, limit, sort, order, FILTERS, ApplicationQuery.SORTABLE.keySet(), RULES), locale());
    }

    /** the same list, with the same filters and sort, as a file: {@code GET …/export?format=csv}, xlsx without {@code format} */
    @GET
    @Path("export")
    @Produces({Spreadsheet.MEDIA_TYPE, CsvFile.MEDIA_TYPE})
    public Response export(@Context UriInfo uri, @QueryParam("format") String format,
                           @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("asc") String order) {
        return Downloads.list(applications, PageRequests.from(uri, 0, 1, sort, order, FILTERS, ApplicationQuery.SORTABLE.keySet(), RULES), headers, format, "applications");
    }

    /** the year's figures per policy and platform, and every year's totals: {@code ?year=2026}, this year when left out */
    @GET
    @Path("report")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public SupportReport.Report report(@QueryParam("year") Integer year) {
        return applications.report(year, locale());
    }

    @GET
    @Path("report/export")
    @Produces(Spreadsheet.MEDIA_TYPE)
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response reportExport(@QueryParam("year") Integer year) {
        Locale locale = locale();
        SupportReport.Report report = applications.report(year, locale);
        return Downloads.xlsx(ApplicationExport.report(report, locale),
                Messages.text(locale, "application.report.file", String.valueOf(report.year())), "support-report-" + report.year());
    }

    /**
     * One decision on many applications: {@code {"ids": [..], "decision": "APPROVE|RETURN", "note":
     * "…", "versions": {"12": 3}}}. 200 with one outcome per id ({@code id, ok, error, fields}) in
     * the order asked, each application checked as a single decision is; 400 naming the field when
     * the request as a whole is wrong; 403 for anyone but office staff.
     */
    @POST
    @Path("batch-decision")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<Batch.Outcome> decide(DecisionBatchInput input) {
        return batch.decide(input, locale());
    }

    @GET
    @Path("{id}")
    public ApplicationJson find(@PathParam("id") long id) {
        return applications.find(id);
    }

    @POST
    public Response submit(ApplicationInput input, @Context UriInfo uri) {
        ApplicationJson created = applications.submit(input, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}/transitions")
    public List<ApplicationJson.TransitionJson> transitions(@PathParam("id") long id) {
        return applications.transitions(id);
    }

    /** a step: {@code {"to": "APPROVED", "amount": 500000, "conditions": "…", "version": 0}}; answers the application after it */
    @POST
    @Path("{id}/transitions")
    public ApplicationJson step(@PathParam("id") long id, StepInput input) {
        return applications.step(id, input, locale());
    }

    @GET
    @Path("{id}/disbursements")
    public List<ApplicationJson.DisbursementJson> disbursements(@PathParam("id") long id) {
        return applications.disbursements(id);
    }

    /** a payment: {@code {"paidOn": "2026-11-20", "amount": 250000, "voucherNo": "WL-2026-0042"}}; answers 201 with the application */
    @POST
    @Path("{id}/disbursements")
    public Response disburse(@PathParam("id") long id, DisbursementInput input, @Context UriInfo uri) {
        ApplicationJson after = applications.disburse(id, input);
        long newest = after.disbursements().stream().mapToLong(ApplicationJson.DisbursementJson::id).max().orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(newest)).build()).entity(after).build();
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
