package cn.wulian.liancai.account.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"wulian rivers 1", "Correct-Horse-9", "莲才兴乡，回家创业吧", "mgr-fatong's new key"})
    void longUncommonPasswordsPass(String password) {
        assertNull(PasswordRules.problem("office", password));
    }

    @ParameterizedTest
    @CsvSource({
            "office, '', validation.required",
            "office, short1234, validation.password.short",
            "office, 莲才兴乡回家创业, validation.password.short",
            "office, aaaaaaaaaaaa, validation.password.common",
            "office, 1234567890, validation.password.common",
            "office, QwertyUIOP, validation.password.common",
            "office, Password123, validation.password.common",
            "office, woaini1314, validation.password.common",
            "office, liancai2019, validation.password.common",
            "office, office2026!!, validation.password.username",
            "mgr-fatong, MGR-FATONG, validation.password.username",
            "mgr-fatong, MGR-FATONG-1, validation.password.username",
    })
    void refused(String username, String password, String key) {
        assertEquals(key, PasswordRules.problem(username, password));
    }

    /** a short user name (two letters) may occur in a good password by chance; only the name itself is refused */
    @Test
    void aShortUserNameInsideIsNoProblem() {
        assertNull(PasswordRules.problem("li", "olive trees in spring"));
        assertEquals("validation.password.short", PasswordRules.problem("li", "li"));
    }

    @Test
    void atMost128Characters() {
        assertNull(PasswordRules.problem("office", "x1".repeat(64)));
        assertEquals("validation.password.long", PasswordRules.problem("office", "x1".repeat(64) + "y"));
    }

    @Test
    void theErrorNamesTheFieldAndTheMinimum() {
        DomainViolation e = assertThrows(DomainViolation.class, () -> PasswordRules.check("newPassword", "office", "short"));
        assertEquals(Map.of("newPassword", "validation.password.short"), e.fieldKeys());
        assertEquals("密码至少 10 个字符", e.text("newPassword", Messages.CHINESE));
        assertEquals("A password has at least 10 characters", e.text("newPassword", Locale.ENGLISH));
        assertDoesNotThrow(() -> PasswordRules.check("newPassword", "office", "a long enough phrase"));
    }
}
