package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.Batch;
import cn.wulian.liancai.shared.Neighbours;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.export.CsvFile;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.rest.PageRequests.FilterRule;
import cn.wulian.liancai.shared.rest.PageRequests;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.control.TalentQuery;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
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
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/talents}: the registry over HTTP. Office staff and platform managers read it (personal
 * data masked and internal notes left out for managers), reviewers not at all; changes are for
 * office staff and administrators.
 */
@Path("talents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class TalentsResource {

    static final List<String> FILTERS = List.of("q", "name", "school", "major", "city", "employer", "title", "village",
            "expertise", "stage", "degree", "township", "liaison", "ids", "cities", "villages", "returned");
    /** the filters that take codes or a year, not any text: another value is refused (PageRequests.FilterRule) */
    static final Map<String, FilterRule> RULES = Map.of("stage", FilterRule.codes(Stage.class), "degree", FilterRule.codes(Degree.class),
            "returned", FilterRule.year(), "ids", FilterRule.ids());

    @Inject
    Talents talents;

    @Inject
    TalentProfiles profiles;

    @Inject
    TalentBatch batch;

    @Inject
    FollowUps followUps;

    /** {@code ?offset=0&limit=20&sort=name&order=asc&stage=ENGAGED&school=大学}; {@code q} matches any text column */
    @GET
    public Page<TalentJson> list(@Context UriInfo uri,
                                 @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("20") int limit,
                                 @QueryParam("sort") String sort,
                                 @QueryParam("order") @DefaultValue("asc") String order) {
        return talents.list(PageRequests.from(uri, offset, limit, sort, order, FILTERS, TalentQuery.SORTABLE.keySet(), RULES));
    }

    /** the same list, with the same filters and sort, as a file: {@code GET …/export?stage=ENGAGED&format=csv}, xlsx without {@code format} */
    @GET
    @Path("export")
    @Produces({Spreadsheet.MEDIA_TYPE, CsvFile.MEDIA_TYPE})
    public Response export(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("format") String format,
                           @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("asc") String order) {
        return Downloads.list(talents, PageRequests.from(uri, 0, 1, sort, order, FILTERS, TalentQuery.SORTABLE.keySet(), RULES), headers, format, "talents");
    }

    /**
     * Stage and/or liaison of many talents: {@code {"ids": [..], "stage": "ENGAGED", "liaison":
     * "office2", "versions": {"12": 3}}}. 200 with one outcome per id ({@code id, ok, error,
     * fields}), in the order asked; 400 naming the field when the request as a whole is wrong;
     * 403 for a platform manager (who changes no talent). The selection's rows as a file:
     * {@code GET …/export?ids=12,15}.
     */
    @POST
    @Path("batch")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<Batch.Outcome> batch(TalentBatchInput input, @Context HttpHeaders headers) {
        return batch.reassign(input, Messages.preferred(headers.getAcceptableLanguages()));
    }

    /**
     * The talent; a record merged into another answers 308 with the survivor's address in
     * {@code Location} and {@code {"mergedInto": id}}: its old id still leads to the person.
     */
    @GET
    @Path("{id}")
    public Response find(@PathParam("id") long id, @Context UriInfo uri) {
        // one transaction: the talent, or the survivor of the record merged into it
        Talents.Found found = talents.findOrSurvivor(id);
        if (found.survivor() != null) {
            return Response.status(Response.Status.PERMANENT_REDIRECT)
                    .location(uri.getBaseUriBuilder().path(TalentsResource.class).path(String.valueOf(found.survivor())).build())
                    .entity(java.util.Map.of("mergedInto", found.survivor())).build();
        }
        return Response.ok(found.talent()).build();
    }

    /**
     * The teams, projects, applications, nominations and awards that name the talent, as far as the
     * caller may open them (a manager: their platform's), with their status and page.
     */
    @GET
    @Path("{id}/links")
    public List<TalentLink> links(@PathParam("id") long id, @Context HttpHeaders headers) {
        return profiles.links(id, Messages.preferred(headers.getAcceptableLanguages()));
    }

    /**
     * The talent's place in the list filtered and sorted as the list's query says
     * ({@code …/neighbours?stage=ENGAGED&sort=name&order=asc}), or among the talents a search finds
     * ({@code …/neighbours?search=北京大学}, in the results' order; {@code q} is the list's own filter): {@code position} (1-based, 0 when
     * the list does not hold it), {@code total}, {@code previous} and {@code next} ids.
     */
    @GET
    @Path("{id}/neighbours")
    public Neighbours neighbours(@PathParam("id") long id, @Context UriInfo uri, @QueryParam("sort") String sort,
                                 @QueryParam("order") @DefaultValue("asc") String order, @QueryParam("search") String search) {
        if (search != null && !search.isBlank()) {
            return profiles.neighboursInSearch(id, search);
        }
        return profiles.neighbours(id, PageRequests.from(uri, 0, 1, sort, order, FILTERS, TalentQuery.SORTABLE.keySet(), RULES));
    }

    @POST
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response register(TalentInput input, @Context UriInfo uri) {
        TalentJson created = talents.register(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public TalentJson revise(@PathParam("id") long id, TalentInput input) {
        return talents.revise(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response remove(@PathParam("id") long id) {
        talents.remove(id);
        return Response.noContent().build();
    }

    /** everything held about the talent, for the person who asked (PIPL access): JSON, or {@code /export} as a workbook */
    @GET
    @Path("{id}/personal-data")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response personalData(@PathParam("id") long id) {
        return Response.ok(talents.personalData(id))
                .header("Content-Disposition", "attachment; filename=\"talent-" + id + "-personal-data.json\"").build();
    }

    @GET
    @Path("{id}/personal-data/export")
    @Produces(Spreadsheet.MEDIA_TYPE)
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response personalDataWorkbook(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        return Downloads.xlsx(talents.personalDataWorkbook(id, locale), Messages.text(locale, "privacy.file") + " " + id,
                "talent-" + id + "-personal-data");
    }

    /** erasure on the person's request: {@code {"version": n, "reason": "…"}}; 409 when changed since, 400 when already erased */
    @POST
    @Path("{id}/erasure")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public TalentJson erase(@PathParam("id") long id, ErasureInput input) {
        return talents.erase(id, input);
    }

    /** the contacts and the steps of the records naming the talent (service requests), newest first */
    @GET
    @Path("{id}/timeline")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<TimelineEntry> timeline(@PathParam("id") long id, @Context HttpHeaders headers) {
        return profiles.timeline(id, Messages.preferred(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("{id}/interactions")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<InteractionJson> interactions(@PathParam("id") long id) {
        return talents.interactions(id);
    }

    @POST
    @Path("{id}/interactions")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response log(@PathParam("id") long id, InteractionInput input, @Context UriInfo uri) {
        InteractionJson logged = talents.log(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(logged.id())).build())
                .entity(logged).build();
    }

    @GET
    @Path("{id}/interactions/{interaction}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public InteractionJson interaction(@PathParam("id") long id, @PathParam("interaction") long interaction) {
        return talents.interaction(id, interaction);
    }

    /** moves the contact's open follow-up to another day, as 改期 on the 工作台 does */
    @PUT
    @Path("{id}/interactions/{interaction}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public InteractionJson reschedule(@PathParam("id") long id, @PathParam("interaction") long interaction, FollowUpInput input) {
        return followUps.reschedule(id, interaction, input == null ? null : input.followUpOn());
    }

    @GET
    @Path("{id}/relations/{relation}")
    public RelationJson relation(@PathParam("id") long id, @PathParam("relation") long relation) {
        return talents.relations(id).stream().filter(r -> r.id() == relation).findFirst()
                .orElseThrow(() -> new cn.wulian.liancai.shared.NotFound("relation", relation));
    }

    @GET
    @Path("{id}/relations")
    public List<RelationJson> relations(@PathParam("id") long id) {
        return talents.relations(id);
    }

    @POST
    @Path("{id}/relations")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response relate(@PathParam("id") long id, RelationInput input, @Context UriInfo uri) {
        RelationJson created = talents.relate(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}/relations/{relation}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response unrelate(@PathParam("id") long id, @PathParam("relation") long relation) {
        talents.unrelate(id, relation);
        return Response.noContent().build();
    }
}
