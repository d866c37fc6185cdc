package cn.wulian.liancai.network.boundary;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/network}: the registry's connectors and groups, and {@code /api/network/talents/{id}}
 * a talent's network two steps out; {@code ?kinds=CLASSMATE,COLLEAGUE,RELATIVE,REFERRED_BY,TEAM,PROJECT}
 * limits the links drawn (all when left out). Office staff and platform managers.
 */
@Path("network")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE, Role.ADMIN, Role.PLATFORM_MANAGER})
public class NetworkResource {

    @Inject
    Network network;

    @GET
    public NetworkJson.Registry registry(@QueryParam("kinds") List<String> kinds) {
        return network.registry(Network.kinds(kinds));
    }

    @GET
    @Path("talents/{id}")
    public NetworkJson.Graph around(@PathParam("id") long id, @QueryParam("kinds") List<String> kinds) {
        return network.around(id, Network.kinds(kinds));
    }
}
