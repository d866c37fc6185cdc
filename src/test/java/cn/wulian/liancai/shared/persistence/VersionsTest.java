package cn.wulian.liancai.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void theVersionReadIsTheRecordsVersion() {
        assertDoesNotThrow(() -> Versions.check(3, 3L, "team", 7));
        assertDoesNotThrow(() -> Versions.check(2, Integer.valueOf(2), "policy", "apartment"));
    }

    @Test
    void aChangeWithoutTheVersionReadNamesTheField() {
        DomainViolation e = assertThrows(DomainViolation.class, () -> Versions.check(3, null, "team", 7));
        assertEquals(Map.of("version", "validation.version.required"), e.fieldKeys());
    }

    @Test
    void anOlderOrOtherVersionIsStaleAndSaysWhichKindOfRecord() {
        assertEquals("team", assertThrows(StaleVersion.class, () -> Versions.check(3, 2L, "team", 7)).what());
        assertEquals("award cycle", assertThrows(StaleVersion.class, () -> Versions.check(3, 4L, "award cycle", 7)).what());
        assertEquals("policy", assertThrows(StaleVersion.class, () -> Versions.check(2, Integer.valueOf(1), "policy", "apartment")).what());
    }
}
