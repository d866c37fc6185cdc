package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.Downloads;
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
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * {@code /api/rankings}: the monthly ranking (月排名) of platforms and county leaders with the
 * 奋斗榜 and 锤炼榜; {@code /api/rankings/2026-10} for a past month, computed the same way again;
 * {@code /api/rankings/2026-10/export} the same as an Excel workbook.
 */
@Path("rankings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class RankingsResource {

    @Inject
    Rankings rankings;

    @GET
    public RankingJson current() {
        return rankings.of(null);
    }

    @GET
    @Path("{month}")
    public RankingJson of(@PathParam("month") String month) {
        return rankings.of(month);
    }

    /** the month's ranking as published: platforms, county leaders and projects on three sheets */
    @GET
    @Path("{month}/export")
    @Produces(Spreadsheet.MEDIA_TYPE)
    public Response export(@PathParam("month") String month, @Context HttpHeaders headers) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        RankingJson ranking = rankings.of(month);
        return Downloads.xlsx(RankingExport.xlsx(ranking, locale), RankingExport.fileName(ranking, locale), "ranking-" + ranking.month());
    }
}
