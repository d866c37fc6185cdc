package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.control.ProjectQuery;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.export.CsvFile;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.rest.PageRequests.FilterRule;
import cn.wulian.liancai.shared.rest.PageRequests;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Map;

/**
 * {@code /api/projects}: projects, their stage steps ({@code transitions}), commitment
 * ({@code milestones}) and progress ({@code updates}). Office staff see all; a platform manager only
 * their platform's projects (403 for any other id); reviewers none.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class ProjectsResource {

    static final List<String> FILTERS = List.of("platform", "stage", "industry", "countyLeader", "township", "team", "flag", "q");
    /** the filters that take codes or a year, not any text: another value is refused (PageRequests.FilterRule) */
    static final Map<String, FilterRule> RULES = Map.of("stage", FilterRule.codes(ProjectStage.class), "flag", FilterRule.codes(Projects.Flag.class));

    @Inject
    Projects projects;

    @GET
    public Page<ProjectJson> list(@Context UriInfo uri,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("20") int limit,
                                  @QueryParam("sort") String sort,
                                  @QueryParam("order") @DefaultValue("asc") String order) {
        return projects.list(PageRequests.from(uri, offset, limit, sort, order, FILTERS, ProjectQuery.SORTABLE.keySet(), RULES));
    }

    /** the same list, with the same filters and sort, as a file: {@code GET …/export?flag=YELLOW&format=csv}, xlsx without {@code format} */
    @GET
    @Path("export")
    @Produces({Spreadsheet.MEDIA_TYPE, CsvFile.MEDIA_TYPE})
    public Response export(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("format") String format,
                           @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("asc") String order) {
        return Downloads.list(projects, PageRequests.from(uri, 0, 1, sort, order, FILTERS, ProjectQuery.SORTABLE.keySet(), RULES), headers, format, "projects");
    }

    @GET
    @Path("{id}")
    public ProjectJson find(@PathParam("id") long id) {
        return projects.find(id);
    }

    @POST
    public Response open(ProjectInput input, @Context UriInfo uri) {
        ProjectJson created = projects.open(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ProjectJson revise(@PathParam("id") long id, ProjectInput input) {
        return projects.revise(id, input);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        projects.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/transitions")
    public List<StepJson> transitions(@PathParam("id") long id) {
        return projects.steps(id);
    }

    /** moves the project to its next stage; answers the project at its new stage */
    @POST
    @Path("{id}/transitions")
    public ProjectJson advance(@PathParam("id") long id, StepInput input) {
        return projects.advance(id, input);
    }

    @GET
    @Path("{id}/milestones")
    public List<MilestoneJson> milestones(@PathParam("id") long id) {
        return projects.milestones(id);
    }

    @POST
    @Path("{id}/milestones")
    public Response commit(@PathParam("id") long id, MilestoneInput input, @Context UriInfo uri) {
        MilestoneJson created = projects.commit(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    /** records the milestone met: {@code {"metOn": "2026-11-20"}}, today when no day is given */
    @POST
    @Path("{id}/milestones/{milestoneId}/met")
    public MilestoneJson meet(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, MetInput input) {
        return projects.meet(id, milestoneId, input);
    }

    @GET
    @Path("{id}/updates")
    public List<UpdateJson> updates(@PathParam("id") long id) {
        return projects.updates(id);
    }

    @POST
    @Path("{id}/updates")
    public Response post(@PathParam("id") long id, UpdateInput input, @Context UriInfo uri) {
        UpdateJson created = projects.post(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }
}
