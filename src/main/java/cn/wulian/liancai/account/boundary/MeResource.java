package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/me}: the caller's own account, and {@code PUT /api/me/password} with
 * {@code currentPassword} and {@code newPassword} to change their own password — the one call a
 * holder of a one-time password may make.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.OFFICE, Role.PLATFORM_MANAGER, Role.REVIEWER})
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    public AccountJson me() {
        return accounts.me();
    }

    @PUT
    @Path("password")
    public AccountJson changePassword(PasswordInput input) {
        accounts.changeOwnPassword(input);
        return accounts.me();
    }
}
