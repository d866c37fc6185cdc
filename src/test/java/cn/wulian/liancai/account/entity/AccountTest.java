package cn.wulian.liancai.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    static final Platform FATONG = new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null);

    static Account account(String username, String role, Platform platform) {
        return new Account(username, "显示名", role, platform, "hash", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "office", "office2", "mgr-fatong", "zhang.lei", "li_na", "0admin",
            "a234567890123456789012345678901234567890"})
    void usernamesOfTwoToFortyLowerCaseCharacters(String username) {
        assertEquals(username, account(username, Role.OFFICE, null).getUsername());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a", "Office", "OFFICE", "-office", ".office", "_office", "zhang lei", "张伟", "li@na",
            "a2345678901234567890123456789012345678901"})
    void otherUsernamesAreRefused(String username) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> account(username, Role.OFFICE, null));
        assertTrue(e.getMessage().startsWith("username must be"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"SUPERUSER", "office", "Admin", "MANAGER"})
    void unknownRolesAreRefused(String role) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> account("someone", role, null));
        assertEquals("unknown role " + role, e.getMessage());
    }

    @Test
    void aPlatformManagerHasAPlatform() {
        assertSame(FATONG, account("mgr-fatong", Role.PLATFORM_MANAGER, FATONG).getPlatform());
        assertThrows(IllegalArgumentException.class, () -> account("mgr-fatong", Role.PLATFORM_MANAGER, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {Role.OFFICE, Role.ADMIN})
    void officeStaffHaveNone(String role) {
        assertThrows(IllegalArgumentException.class, () -> account("someone", role, FATONG));
        assertNull(account("someone", role, null).getPlatform());
    }

    /** a reviewer may run a platform: the award reads that as a conflict of interest, nothing else does */
    @Test
    void aReviewerMayRunOne() {
        assertSame(FATONG, account("reviewer9", Role.REVIEWER, FATONG).getPlatform());
        assertNull(account("reviewer9", Role.REVIEWER, null).getPlatform());
    }

    @ParameterizedTest
    @CsvSource({"OFFICE, true", "ADMIN, true", "REVIEWER, false"})
    void staffAreOfficeAndAdmin(String role, boolean staff) {
        assertEquals(staff, account("someone", role, null).isStaff());
    }

    @Test
    void aPlatformManagerIsNotStaff() {
        assertFalse(account("mgr-fatong", Role.PLATFORM_MANAGER, FATONG).isStaff());
    }

    @Test
    void displayNameAndHashAreRequired() {
        assertThrows(NullPointerException.class, () -> new Account("office", null, Role.OFFICE, null, "hash", null));
        assertThrows(NullPointerException.class, () -> new Account("office", "王晓燕", Role.OFFICE, null, null, null));
    }

    @Test
    void newAccountsAreEnabled() {
        Account a = new Account("office", "人才办 王晓燕", Role.OFFICE, null, "pbkdf2", "office@liancai.example");
        assertTrue(a.isEnabled());
        assertEquals("人才办 王晓燕", a.getDisplayName());
        assertEquals("pbkdf2", a.getPasswordHash());
        assertEquals("office@liancai.example", a.getEmail());
        assertEquals(Role.OFFICE, a.getRole());
    }
}
