package cn.wulian.liancai.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import java.time.Instant;
import java.util.Map;
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
        DomainViolation e = assertThrows(DomainViolation.class, () -> account(username, Role.OFFICE, null));
        assertEquals(Map.of("username", "validation.account.username"), e.fieldKeys());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"SUPERUSER", "office", "Admin", "MANAGER"})
    void unknownRolesAreRefused(String role) {
        DomainViolation e = assertThrows(DomainViolation.class, () -> account("someone", role, null));
        assertEquals(Map.of("role", "validation.account.role"), e.fieldKeys());
    }

    @Test
    void aPlatformManagerHasAPlatform() {
        assertSame(FATONG, account("mgr-fatong", Role.PLATFORM_MANAGER, FATONG).getPlatform());
        assertEquals(Map.of("platform", "validation.account.managerPlatform"),
                assertThrows(DomainViolation.class, () -> account("mgr-fatong", Role.PLATFORM_MANAGER, null)).fieldKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {Role.OFFICE, Role.ADMIN})
    void officeStaffHaveNone(String role) {
        assertEquals(Map.of("platform", "validation.account.noPlatform"),
                assertThrows(DomainViolation.class, () -> account("someone", role, FATONG)).fieldKeys());
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
        assertEquals(Map.of("displayName", "validation.required"),
                assertThrows(DomainViolation.class, () -> new Account("office", " ", Role.OFFICE, null, "hash", null)).fieldKeys());
        assertThrows(NullPointerException.class, () -> new Account("office", "王晓燕", Role.OFFICE, null, null, null));
    }

    @Test
    void everyFieldsProblemIsNamedAtOnce() {
        DomainViolation e = assertThrows(DomainViolation.class, () -> new Account("A", "", "BOSS", null, "hash", "not-an-email"));
        assertEquals(Map.of("username", "validation.account.username", "displayName", "validation.required",
                "email", "validation.email", "role", "validation.account.role"), e.fieldKeys());
    }

    @Test
    void aOneTimePasswordMustBeChangedAndEndsSessions() {
        Account a = account("mgr-fatong", Role.PLATFORM_MANAGER, FATONG);
        long stamp = a.getSecurityStamp();
        a.setOneTimePassword("one-time");
        assertTrue(a.isMustChangePassword());
        assertEquals("one-time", a.getPasswordHash());
        assertTrue(a.getSecurityStamp() > stamp);
        long afterReset = a.getSecurityStamp();
        a.changePassword("own");
        assertFalse(a.isMustChangePassword());
        assertTrue(a.getSecurityStamp() > afterReset);
    }

    @Test
    void disablingEndsSessionsOnceAndKeepsTheAccount() {
        Account a = account("reviewer9", Role.REVIEWER, null);
        long stamp = a.getSecurityStamp();
        Instant at = Instant.parse("2026-12-05T08:00:00Z");
        a.disable(at);
        assertFalse(a.isEnabled());
        assertEquals(at, a.getDisabledAt());
        assertEquals(stamp + 1, a.getSecurityStamp());
        a.disable(at.plusSeconds(60));
        assertEquals(stamp + 1, a.getSecurityStamp(), "disabling a disabled account changes nothing");
        assertEquals(at, a.getDisabledAt());
        a.enable();
        assertTrue(a.isEnabled());
        assertNull(a.getDisabledAt());
        assertEquals(stamp + 2, a.getSecurityStamp());
    }

    @Test
    void aNewRoleOrPlatformEndsSessionsTheSameOneDoesNot() {
        Platform shibei = new Platform("shibei", "市北双创孵化中心", null, null, null, null, null, null, null, null);
        Account a = account("mgr-fatong", Role.PLATFORM_MANAGER, FATONG);
        long stamp = a.getSecurityStamp();
        a.assign(Role.PLATFORM_MANAGER, FATONG);
        assertEquals(stamp, a.getSecurityStamp());
        a.assign(Role.PLATFORM_MANAGER, shibei);
        assertEquals(stamp + 1, a.getSecurityStamp());
        assertSame(shibei, a.getPlatform());
        a.assign(Role.REVIEWER, null);
        assertEquals(stamp + 2, a.getSecurityStamp());
        assertThrows(DomainViolation.class, () -> a.assign(Role.OFFICE, shibei));
        assertEquals(Role.REVIEWER, a.getRole(), "a refused assignment changes nothing");
    }

    @Test
    void aRevisedProfileIsChecked() {
        Account a = account("office", Role.OFFICE, null);
        a.revise("  人才办 王晓燕 ", " ");
        assertEquals("人才办 王晓燕", a.getDisplayName());
        assertNull(a.getEmail());
        assertEquals(Map.of("email", "validation.email"), assertThrows(DomainViolation.class, () -> a.revise("王", "a@b")).fieldKeys());
        assertEquals("人才办 王晓燕", a.getDisplayName());
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
