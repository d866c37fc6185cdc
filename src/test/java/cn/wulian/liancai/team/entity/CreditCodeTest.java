package cn.wulian.liancai.team.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /** published codes of real companies (their check characters computed by the registration authority) */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "914403001922038216"})
    void acceptsRealCodes(String code) {
        assertTrue(CreditCode.isValid(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91110000802100433A", "9135010OM000100Y43", "91350100M000100Y4",
        "91350100M000100Y433", "", "91350100I000100Y43", "91350100M000100Z43"})
    void refusesMistypedOrMalformedCodes(String code) {
        assertFalse(CreditCode.isValid(code), code);
    }

    @Test
    void checkCharacterCompletesSeventeen() {
        assertEquals('3', CreditCode.checkCharacterFor("91350100M000100Y4"));
        assertEquals('B', CreditCode.checkCharacterFor("91110000802100433"));
        for (String first17 : new String[] {"91371121MA3C00000", "913702030000ABCDE", "92320583123456789"}) {
            assertTrue(CreditCode.isValid(first17 + CreditCode.checkCharacterFor(first17)), first17);
        }
    }

    @Test
    void normalizesCaseAndSpaces() {
        assertEquals("91110000802100433B", CreditCode.normalize(" 9111 0000 8021 00433b "));
        assertNull(CreditCode.normalize("91110000802100433C"));
        assertNull(CreditCode.normalize(null));
    }
}
