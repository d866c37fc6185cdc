package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/public/policies}: the support policies in force, in plain words, for anyone ({@link Policies#inForce}) */
@Path("public/policies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPoliciesResource {

    @Inject
    Policies policies;

    @Context
    HttpHeaders headers;

    @GET
    public List<Policies.PublicPolicy> list() {
        return policies.inForce(Messages.preferred(headers.getAcceptableLanguages()));
    }
}
