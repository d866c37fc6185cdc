package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexDifference;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/admin/search-index/verification[?repair=true]}: compares the search index with
 * the database record by record and answers what differs; with {@code repair}, rebuilds the types
 * that differ and says whether the index is in step afterwards. Administrators only. A POST: it
 * reads every record, and a repair writes.
 */
@Path("admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class SearchIndexResource {

    /** at most this many ids of each kind of difference are listed; the counts are always whole */
    static final int LISTED = 100;

    public record Kind(String type, int inDatabase, int inIndex, boolean inStep, int missingCount, List<Long> missing,
                       int extraCount, List<Long> extra, int staleCount, List<Long> stale) {
        static Kind of(IndexDifference d) {
            return new Kind(d.type(), d.inDatabase(), d.inIndex(), d.inStep(), d.missing().size(), first(d.missing()),
                    d.extra().size(), first(d.extra()), d.stale().size(), first(d.stale()));
        }
    }

    public record Report(Instant checkedAt, boolean inStep, boolean foundInStep, boolean schemaCurrent, List<Kind> kinds,
                         List<String> rebuilt, List<String> repaired) {
    }

    @Inject
    SearchIndex index;

    @POST
    @Path("verification")
    public Report verify(@QueryParam("repair") boolean repair) {
        IndexVerification v = index.verify(repair);
        return new Report(v.checkedAt(), v.inStep(), v.foundInStep(), v.schemaCurrent(),
                v.kinds().stream().map(Kind::of).toList(), v.rebuilt(), v.repaired());
    }

    private static List<Long> first(List<Long> ids) {
        return ids.size() <= LISTED ? ids : ids.subList(0, LISTED);
    }
}
