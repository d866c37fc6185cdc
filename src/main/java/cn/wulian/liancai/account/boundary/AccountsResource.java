package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/accounts}: administrators delete an account created by mistake (409 naming what still refers to it). */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class AccountsResource {

    @Inject
    Accounts accounts;

    @DELETE
    @Path("{username}")
    public void remove(@PathParam("username") String username) {
        accounts.remove(username);
    }
}
