package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.control.AccountQuery;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.rest.PageRequests.FilterRule;
import cn.wulian.liancai.shared.rest.PageRequests;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * {@code /api/accounts}: administrators manage every account, office staff those of platform
 * managers and reviewers (403 otherwise). Lists filter by {@code q, role, platform, status}
 * ({@code enabled|disabled}). Changes send the {@code version} read (409 when another came first).
 * A new account's {@code password} is a one-time password its holder must change at the first log-in.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.OFFICE})
public class AccountsResource {

    @Inject
    Accounts accounts;

    @GET
    public Page<AccountJson> list(@Context UriInfo uri,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("20") int limit,
                                  @QueryParam("sort") String sort,
                                  @QueryParam("order") @DefaultValue("asc") String order) {
        return accounts.list(PageRequests.from(uri, offset, limit, sort, order, AccountQuery.FILTERS, AccountQuery.SORTABLE.keySet(),
                Map.of("role", FilterRule.words(Role.ALL), "status", FilterRule.words("enabled", "disabled"))));
    }

    @GET
    @Path("{username}")
    public AccountJson find(@PathParam("username") String username) {
        return accounts.find(username);
    }

    @POST
    public Response create(AccountInput input, @Context UriInfo uri) {
        AccountJson created = accounts.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}")
    public AccountJson revise(@PathParam("username") String username, AccountInput input) {
        return accounts.revise(username, input);
    }

    /** body {@code {"version": n}}: the account can no longer log in, its open sessions end, its history stays */
    @POST
    @Path("{username}/disable")
    public AccountJson disable(@PathParam("username") String username, VersionInput input) {
        return accounts.disable(username, input.version());
    }

    @POST
    @Path("{username}/enable")
    public AccountJson enable(@PathParam("username") String username, VersionInput input) {
        return accounts.enable(username, input.version());
    }

    /** body {@code {"newPassword": "...", "version": n}}: a one-time password, to be changed at the next log-in */
    @PUT
    @Path("{username}/password")
    public AccountJson resetPassword(@PathParam("username") String username, PasswordInput input) {
        return accounts.resetPassword(username, input);
    }

    /** an account created by mistake (administrators only); 409 naming what still refers to it */
    @DELETE
    @Path("{username}")
    @RolesAllowed(Role.ADMIN)
    public void remove(@PathParam("username") String username) {
        accounts.remove(username);
    }

    /** the body of a change that carries nothing but the version read */
    public record VersionInput(Long version) {
    }
}
