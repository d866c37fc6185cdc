package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.ComparisonJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueSummaryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewJson;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/reviews}: a reviewer's assignments ({@code GET}, {@code ?unscoredOnly=true}), their day
 * ({@code GET /queue}: counts, deadline, past sheets apart), a category side by side
 * ({@code GET /comparison?cycle=&category=}), one review ({@code GET /{id}}), the
 * draft ({@code PUT /{id}}), submitting ({@code POST /{id}/submission}; a change needs a
 * {@code reason}) and declaring a conflict ({@code POST /{id}/conflict}). Reviewers only, each their
 * own assignments.
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER)
public class ReviewsResource {

    @Inject
    Reviews reviews;

    @Context
    HttpHeaders headers;

    /** every assignment; {@code unscoredOnly}: only those not submitted nor stepped aside from */
    @GET
    public List<QueueJson> mine(@QueryParam("unscoredOnly") boolean unscoredOnly) {
        return reviews.mine().stream().filter(q -> !unscoredOnly || q.submittedRevision() == 0 && !q.declared()).toList();
    }

    /** the reviewer's day: this year's sheets by cycle with done / total and the deadline, the past cycles' apart */
    @GET
    @Path("queue")
    public QueueSummaryJson queue(@QueryParam("unscoredOnly") boolean unscoredOnly) {
        return reviews.queue(locale()).json(unscoredOnly);
    }

    /** the reviewer's nominees of one category of a cycle side by side, with their own scores */
    @GET
    @Path("comparison")
    public ComparisonJson comparison(@QueryParam("cycle") Long cycle, @QueryParam("category") String category) {
        if (cycle == null) {
            throw DomainViolation.of("cycle", "validation.required");
        }
        if (category == null || category.isBlank()) {
            throw DomainViolation.of("category", "validation.required");
        }
        return reviews.comparison(cycle, category, locale());
    }

    @GET
    @Path("{id}")
    public ReviewJson find(@PathParam("id") long id) {
        return reviews.find(id, locale());
    }

    @PUT
    @Path("{id}")
    public ReviewJson saveDraft(@PathParam("id") long id, SheetInput input) {
        return reviews.saveDraft(id, input, locale());
    }

    @POST
    @Path("{id}/submission")
    public ReviewJson submit(@PathParam("id") long id, SheetInput input) {
        return reviews.submit(id, input, locale());
    }

    /** {@code {"reason":"…"}} */
    @POST
    @Path("{id}/conflict")
    public Response declare(@PathParam("id") long id, ConflictInput input) {
        reviews.declareConflict(id, input.reason());
        return Response.noContent().build();
    }

    public record ConflictInput(String reason) {
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }
}
