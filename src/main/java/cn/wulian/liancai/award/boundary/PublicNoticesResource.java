package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/public/notices}: the award's published 公示, for anyone, without a login ({@link PublicNotices}) */
@Path("public/notices")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicNoticesResource {

    @Inject
    PublicNotices notices;

    @Context
    HttpHeaders headers;

    @GET
    public List<PublicNotices.Notice> list() {
        return notices.notices(Messages.preferred(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("{id}")
    public PublicNotices.Notice find(@PathParam("id") long id) {
        return notices.notice(id, Messages.preferred(headers.getAcceptableLanguages()));
    }
}
