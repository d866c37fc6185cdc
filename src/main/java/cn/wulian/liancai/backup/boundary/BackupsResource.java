package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/admin/backups}, administrators only (403 otherwise). {@code POST} starts a backup
 * and answers 202 with its {@code Location}, which reads {@code "state": "RUNNING"} until it is
 * {@code VERIFIED} or {@code FAILED}; 409 while another backup runs. {@code GET} lists them, newest
 * first.
 */
@Path("admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class BackupsResource {

    @Inject
    Backups backups;

    @POST
    public Response start(@Context UriInfo uri) {
        BackupJson started = backups.start();
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(started.name()).build()).build();
    }

    @GET
    public List<BackupJson> list() {
        return backups.list();
    }

    @GET
    @Path("{name}")
    public BackupJson find(@PathParam("name") String name) {
        return backups.find(name);
    }
}
