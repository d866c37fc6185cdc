package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code POST /api/search-index/rebuild}: starts a full rebuild of the search index in the
 * background and answers 202 with its status (the running one's, if one runs already); {@code GET}
 * answers the status of the last one, phase {@code NONE} if none ran since the start. The talent
 * office and administrators.
 */
@Path("search-index/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN})
public class SearchIndexRebuildResource {

    public record Status(String phase, boolean running, String type, long done, long total, int percent, String startedBy,
                         Instant started, Instant finished, Long elapsedSeconds, String error) {

        static Status of(RebuildStatus s, Instant now) {
            if (s == null) {
                return new Status("NONE", false, null, 0, 0, 0, null, null, null, null, null);
            }
            return new Status(s.phase().name(), s.running(), s.type(), s.done(), s.total(), s.percent(), s.startedBy(), s.started(),
                    s.finished(), s.elapsedSeconds(now), s.error());
        }
    }

    @Inject
    SearchIndex index;

    @Inject
    Clock clock;

    @POST
    public Response start() {
        return Response.accepted(Status.of(index.rebuild(), clock.instant())).build();
    }

    @GET
    public Status status() {
        return Status.of(index.rebuildStatus(), clock.instant());
    }
}
