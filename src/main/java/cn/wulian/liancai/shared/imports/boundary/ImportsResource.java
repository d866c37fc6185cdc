package cn.wulian.liancai.shared.imports.boundary;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.BodyLimit;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/imports}: spreadsheets in, for office staff. {@code POST ?kind=TALENT&name=校友.xlsx}
 * with the file as the body (at most {@value #MAX_BYTES} bytes) answers the import with its guessed
 * mapping and a preview; {@code …&mode=VALID_ROWS} (or ALL_OR_NOTHING) starts it at once with that
 * mapping. Then {@code GET /{id}} for progress and the first report lines, {@code /{id}/problems}
 * for all of them, {@code /{id}/report} as a workbook.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN})
public class ImportsResource {

    /** 64 MB: 200,000 rows of a talent list as CSV, with room */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    @Inject
    Imports imports;

    public record MappingInput(List<String> mapping) {
    }

    public record StartInput(String mode, List<String> mapping) {
    }

    public record DecisionInput(String decision, Long candidate) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(bytes = MAX_BYTES, field = "file")
    public Response upload(@QueryParam("kind") @DefaultValue("TALENT") String kind, @QueryParam("name") String name,
                           @QueryParam("mode") String mode, InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) {
        Locale locale = locale(headers);
        if (mode != null && !mode.isBlank()) {
            // a wrong mode is refused before the file is kept: nothing of the request stays behind
            cn.wulian.liancai.shared.InputChecks.enumValue(cn.wulian.liancai.shared.imports.entity.ImportBatch.Mode.class, mode, "mode", true);
        }
        ImportJson created = imports.upload(kind, name, body == null ? InputStream.nullInputStream() : body, locale);
        if (mode != null && !mode.isBlank()) {
            created = imports.start(created.id(), mode, null, locale);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    public Page<ImportJson> list(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit,
                                 @Context HttpHeaders headers) {
        return imports.list(offset, limit, locale(headers));
    }

    /** the template to fill in: {@code ?kind=TALENT&format=xlsx|csv}, headers in the language the client accepts */
    @GET
    @Path("template")
    @Produces(MediaType.WILDCARD)
    public Response template(@QueryParam("kind") @DefaultValue("TALENT") String kind, @QueryParam("format") @DefaultValue("xlsx") String format,
                             @Context HttpHeaders headers) {
        Locale locale = locale(headers);
        byte[] bytes = imports.template(kind, format, locale);
        String name = Messages.text(locale, "import.template.file");
        if ("csv".equalsIgnoreCase(format)) {
            return Downloads.file(bytes, "text/csv; charset=UTF-8", "import-template.csv");
        }
        return Downloads.xlsx(bytes, name, "import-template");
    }

    @GET
    @Path("{id}")
    public ImportJson get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return imports.get(id, locale(headers));
    }

    @PUT
    @Path("{id}/mapping")
    public ImportJson map(@PathParam("id") long id, MappingInput input, @Context HttpHeaders headers) {
        return imports.map(id, input == null ? null : input.mapping(), locale(headers));
    }

    @POST
    @Path("{id}/start")
    public ImportJson start(@PathParam("id") long id, StartInput input, @Context HttpHeaders headers) {
        return imports.start(id, input == null ? null : input.mode(), input == null ? null : input.mapping(), locale(headers));
    }

    @POST
    @Path("{id}/cancel")
    public ImportJson cancel(@PathParam("id") long id, @Context HttpHeaders headers) {
        return imports.cancel(id, locale(headers));
    }

    @GET
    @Path("{id}/problems")
    public Page<ImportJson.ProblemJson> problems(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
                                                 @QueryParam("limit") @DefaultValue("100") int limit, @Context HttpHeaders headers) {
        return imports.problems(id, offset, limit, locale(headers));
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.WILDCARD)
    public Response report(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = locale(headers);
        return Downloads.xlsx(imports.report(id, locale), Messages.text(locale, "import.report.file") + "-" + id, "import-report-" + id);
    }

    /** a held row decided: {@code {"decision":"ADD"|"SKIP"|"MERGE","candidate":12}} */
    @POST
    @Path("{id}/rows/{issue}/decision")
    public ImportJson.HeldJson decide(@PathParam("id") long id, @PathParam("issue") long issue, DecisionInput input) {
        return imports.decide(id, issue, input == null ? null : input.decision(), input == null ? null : input.candidate());
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
