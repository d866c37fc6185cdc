package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /api}: HTTP Basic on every call, JSON in and out, errors as {@link ErrorBody}. */
@ApplicationPath("api")
@DeclareRoles({Role.OFFICE, Role.PLATFORM_MANAGER, Role.REVIEWER, Role.ADMIN})
public class ApiApplication extends Application {
}
