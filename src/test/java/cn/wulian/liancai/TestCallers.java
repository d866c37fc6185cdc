package cn.wulian.liancai;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;

/** Callers of a known role, and a manager of a known platform, for facades and contracts tested without the container. */
public final class TestCallers {

    private TestCallers() {
    }

    public static CurrentUser office() {
        return caller(Role.OFFICE, null);
    }

    public static CurrentUser manager(String platformCode) {
        return caller(Role.PLATFORM_MANAGER, platformCode);
    }

    public static CurrentUser caller(String role, String platformCode) {
        return new CurrentUser() {
            @Override
            public boolean hasRole(String asked) {
                return asked.equals(role);
            }

            @Override
            public String getRole() {
                return role;
            }

            @Override
            public String platformCode() {
                return Role.PLATFORM_MANAGER.equals(role) ? platformCode : null;
            }
        };
    }
}
