package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.control.DuplicatePair;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code /api/talents/duplicates}: pairs of talents that may be one person, best first, with the
 * reasons (PHONE, EMAIL, WECHAT, NAME_BIRTH_TOWNSHIP) and a score; office staff and administrators.
 * {@code POST …/distinct} {@code {firstId, secondId}} marks a pair as two people: it is not offered again.
 */
@Path("talents/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN})
public class TalentDuplicatesResource {

    @Inject
    TalentMerges merges;

    @GET
    public Page<DuplicatePair> list(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        return merges.duplicates(new PageRequest(offset, limit, null, true, Map.of()));
    }

    @POST
    @Path("distinct")
    public Response notSamePerson(PairInput input) {
        merges.notSamePerson(input == null ? null : input.firstId(), input == null ? null : input.secondId());
        return Response.noContent().build();
    }

    /** two talents by id */
    public record PairInput(Long firstId, Long secondId) {
    }
}
