package cn.wulian.liancai.shared.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.Forbidden;
import org.junit.jupiter.api.Test;

/** The role checks every facade and page asks of {@link CurrentUser}, for a caller of a known role. */
class CurrentUserRolesTest {

    /** a caller with this role (null: no enabled account) */
    static CurrentUser caller(String role) {
        return new CurrentUser() {
            @Override
            public boolean hasRole(String asked) {
                return asked.equals(role);
            }
        };
    }

    @Test
    void requireRoleLetsInAnyOfTheRolesNamed() {
        assertDoesNotThrow(() -> caller(Role.REVIEWER).requireRole("why", Role.REVIEWER));
        assertDoesNotThrow(() -> caller(Role.ADMIN).requireRole("why", Role.OFFICE, Role.ADMIN));
        for (String role : Role.ALL) {
            assertDoesNotThrow(() -> caller(role).requireRole("why", Role.ALL));
        }
    }

    @Test
    void requireRoleRefusesEveryoneElseSayingWhy() {
        Forbidden e = assertThrows(Forbidden.class, () -> caller(Role.OFFICE).requireRole("reviews are the committee's", Role.REVIEWER));
        assertEquals("reviews are the committee's", e.getMessage());
        assertThrows(Forbidden.class, () -> caller(Role.PLATFORM_MANAGER).requireRole("why", Role.OFFICE, Role.ADMIN));
        assertThrows(Forbidden.class, () -> caller(null).requireRole("why", Role.ALL));
        assertThrows(Forbidden.class, () -> caller(Role.OFFICE).requireRole("why"));
    }

    @Test
    void staffAndManagerChecksAreTheRolesTheyName() {
        assertDoesNotThrow(() -> caller(Role.OFFICE).requireStaff("why"));
        assertDoesNotThrow(() -> caller(Role.ADMIN).requireStaff("why"));
        assertThrows(Forbidden.class, () -> caller(Role.PLATFORM_MANAGER).requireStaff("why"));
        assertDoesNotThrow(() -> caller(Role.PLATFORM_MANAGER).requireStaffOrManager("why"));
        assertThrows(Forbidden.class, () -> caller(Role.REVIEWER).requireStaffOrManager("why"));
    }
}
