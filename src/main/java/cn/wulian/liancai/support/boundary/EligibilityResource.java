package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/eligibility/{kind}/{id}}: which support policies a talent, team or project qualifies
 * for today, with every condition's outcome in words. Office staff ask about anyone; a platform
 * manager about talents and their own platform's teams and projects (403 for any other id).
 */
@Path("eligibility")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class EligibilityResource {

    @Inject
    Policies policies;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{kind}/{id}")
    public EligibilityJson check(@PathParam("kind") String kind, @PathParam("id") long id) {
        return policies.eligibility(kind, id, Messages.preferred(headers.getAcceptableLanguages()));
    }
}
