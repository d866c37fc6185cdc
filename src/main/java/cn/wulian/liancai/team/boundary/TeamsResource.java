package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.export.CsvFile;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.rest.PageRequests.FilterRule;
import cn.wulian.liancai.shared.rest.PageRequests;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.team.control.TeamQuery;
import cn.wulian.liancai.team.entity.TeamStatus;
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
 * {@code /api/teams}: teams, their members and their workflow. Office staff see all teams; a
 * platform manager only their platform's (403 for any other id); reviewers none.
 */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class TeamsResource {

    static final List<String> FILTERS = List.of("platform", "status", "field", "q");
    /** the filters that take codes or a year, not any text: another value is refused (PageRequests.FilterRule) */
    static final Map<String, FilterRule> RULES = Map.of("status", FilterRule.codes(TeamStatus.class));

    @Inject
    Teams teams;

    @GET
    public Page<TeamJson> list(@Context UriInfo uri,
                               @QueryParam("offset") @DefaultValue("0") int offset,
                               @QueryParam("limit") @DefaultValue("20") int limit,
                               @QueryParam("sort") String sort,
                               @QueryParam("order") @DefaultValue("asc") String order) {
        return teams.list(PageRequests.from(uri, offset, limit, sort, order, FILTERS, TeamQuery.SORTABLE.keySet(), RULES));
    }

    /** the same list, with the same filters and sort, as a file: {@code GET …/export?status=INCUBATING&format=csv}, xlsx without {@code format} */
    @GET
    @Path("export")
    @Produces({Spreadsheet.MEDIA_TYPE, CsvFile.MEDIA_TYPE})
    public Response export(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("format") String format,
                           @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("asc") String order) {
        return Downloads.list(teams, PageRequests.from(uri, 0, 1, sort, order, FILTERS, TeamQuery.SORTABLE.keySet(), RULES), headers, format, "teams");
    }

    @GET
    @Path("{id}")
    public TeamJson find(@PathParam("id") long id) {
        return teams.find(id);
    }

    @POST
    public Response register(TeamInput input, @Context UriInfo uri) {
        TeamJson created = teams.register(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public TeamJson revise(@PathParam("id") long id, TeamInput input) {
        return teams.revise(id, input);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        teams.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    public List<TeamJson.Member> members(@PathParam("id") long id) {
        return teams.find(id).members();
    }

    @GET
    @Path("{id}/transitions")
    public List<TransitionJson> transitions(@PathParam("id") long id) {
        return teams.transitions(id);
    }

    /** takes a workflow step; answers the team in its new status */
    @POST
    @Path("{id}/transitions")
    public TeamJson take(@PathParam("id") long id, TransitionInput input) {
        return teams.take(id, input);
    }
}
