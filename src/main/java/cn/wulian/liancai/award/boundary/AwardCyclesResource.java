package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.AuditJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ConflictJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.FlagJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.RankingJson;
import cn.wulian.liancai.award.control.Assigner;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.Downloads;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * {@code /api/award-cycles}: the award's cycles (every signed-in user reads them; office sets them
 * up), their nominations, conflicts, automatic assignment, ranking, the changes flagged for the
 * office's confirmation, decision, publication (公示), the final list and the audit trail.
 */
@Path("award-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER, Role.REVIEWER})
public class AwardCyclesResource {

    @Inject
    AwardCycles cycles;

    @Inject
    Nominations nominations;

    @Inject
    Assignments assignments;

    @Inject
    Decisions decisions;

    @Inject
    FlaggedChanges flags;

    @Context
    HttpHeaders headers;

    @GET
    public List<CycleJson> list() {
        return cycles.cycles(locale());
    }

    @POST
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response open(CycleInput input, @Context UriInfo uri) {
        CycleJson created = cycles.open(input, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public CycleJson find(@PathParam("id") long id) {
        return cycles.cycle(id, locale());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public CycleJson revise(@PathParam("id") long id, CycleInput input) {
        return cycles.revise(id, input, locale());
    }

    /** office: every nomination with its assignments and conflicts; a manager: their platform's */
    @GET
    @Path("{id}/nominations")
    @RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
    public List<NominationJson> nominations(@PathParam("id") long id) {
        return nominations.nominations(id, locale());
    }

    @GET
    @Path("{id}/conflicts")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<ConflictJson> conflicts(@PathParam("id") long id) {
        return assignments.conflicts(id, locale());
    }

    /** assigns reviewers to every nomination that lacks them; answers what was added and any shortfall */
    @POST
    @Path("{id}/assignments")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Assigner.Result assign(@PathParam("id") long id) {
        return assignments.assignAutomatically(id);
    }

    @GET
    @Path("{id}/ranking")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public RankingJson ranking(@PathParam("id") long id) {
        return decisions.ranking(id, locale());
    }

    @GET
    @Path("{id}/ranking/export")
    @Produces(Spreadsheet.MEDIA_TYPE)
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Response rankingExport(@PathParam("id") long id) {
        Locale locale = locale();
        RankingJson ranking = decisions.ranking(id, locale);
        return Downloads.xlsx(AwardExport.ranking(ranking, locale), Messages.text(locale, "award.ranking.file", String.valueOf(ranking.year())),
                "award-ranking-" + ranking.year());
    }

    /** the winners: {@code {"winners":[{"nomination":12,"justification":"…"}],"version":3}} */
    @POST
    @Path("{id}/decision")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public RankingJson decide(@PathParam("id") long id, DecisionInput input) {
        return decisions.decide(id, input, locale());
    }

    /** publishes the list for a notice period: {@code {"noticeDays":7,"version":3}} */
    @POST
    @Path("{id}/publication")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public CycleJson publish(@PathParam("id") long id, PublicationInput input) {
        return decisions.publish(id, input == null ? null : input.noticeDays(), input == null ? null : input.version(), locale());
    }

    /** makes the published list final: {@code {"version":4}} */
    @POST
    @Path("{id}/final")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public CycleJson finalizeCycle(@PathParam("id") long id, VersionInput input) {
        return decisions.finalizeCycle(id, input == null ? null : input.version(), locale());
    }

    /** the published or final list of winners */
    @GET
    @Path("{id}/winners")
    public List<NominationJson> winners(@PathParam("id") long id) {
        return decisions.winners(id, locale());
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<AuditJson> audit(@PathParam("id") long id) {
        return cycles.audit(id, locale());
    }

    /** what reviewers changed or declared after seeing the others' sheets, waiting for the office */
    @GET
    @Path("{id}/flags")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<FlagJson> flags(@PathParam("id") long id) {
        return flags.pending(id);
    }

    /** the flagged change or declaration of an assignment counts: {@code {"version":5}}, the assignment's; answers what still waits */
    @POST
    @Path("{id}/flags/{assignment}/confirmation")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<FlagJson> confirm(@PathParam("id") long id, @PathParam("assignment") long assignment, VersionInput input) {
        return flags.confirm(id, assignment, input == null ? null : input.version());
    }

    /** the flagged change does not count (the revision before keeps counting), or the declaration is not applied */
    @POST
    @Path("{id}/flags/{assignment}/rejection")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public List<FlagJson> reject(@PathParam("id") long id, @PathParam("assignment") long assignment, VersionInput input) {
        return flags.reject(id, assignment, input == null ? null : input.version());
    }

    public record PublicationInput(Integer noticeDays, Long version) {
    }

    public record VersionInput(Long version) {
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
