package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/award-categories}: the award's categories, seeded as data and the office's to edit —
 * {@code PUT /{code}} with {@code {"name","nameEn","description"}} renames one or adds a new one.
 */
@Path("award-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER, Role.REVIEWER})
public class AwardCategoriesResource {

    @Inject
    AwardCategories categories;

    @GET
    public List<AwardCategories.CategoryRow> list() {
        return categories.categoryRows();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public AwardCategories.CategoryRow save(@PathParam("code") String code, AwardCategories.CategoryRow input) {
        return categories.saveCategory(code, input);
    }
}
