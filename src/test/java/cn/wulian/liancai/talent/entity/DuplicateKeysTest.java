package cn.wulian.liancai.talent.entity;

import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys fold the spellings one person arrives in, and only those; the reasons and the score follow from them. */
class DuplicateKeysTest {

    @Test
    void traditionalSimplifiedWidthAndSpacingAreOneName() {
        String key = DuplicateKeys.nameKey("张伟");
        assertEquals("张伟", key);
        assertEquals(key, DuplicateKeys.nameKey("張偉"));
        assertEquals(key, DuplicateKeys.nameKey("张 伟"));
        assertEquals(key, DuplicateKeys.nameKey("张\u3000伟"));
        assertEquals(key, DuplicateKeys.nameKey(" 張　偉 "));
        assertEquals("艾力买买提", DuplicateKeys.nameKey("艾力·买买提"));
        assertEquals("zhangwei", DuplicateKeys.nameKey("ＺＨＡＮＧ Wei"));
    }

    @Test
    void aDifferentCharacterIsAnotherName() {
        assertNotEquals(DuplicateKeys.nameKey("张伟"), DuplicateKeys.nameKey("张玮"));
        assertNotEquals(DuplicateKeys.nameKey("张伟"), DuplicateKeys.nameKey("章伟"));
    }

    @Test
    void phonesAreDigitsWithoutTheCountryPrefix() {
        assertEquals("13800138000", DuplicateKeys.phoneKey("+86 138-0013-8000"));
        assertEquals("13800138000", DuplicateKeys.phoneKey("0086 138 0013 8000"));
        assertEquals("13800138000", DuplicateKeys.phoneKey("１３８００１３８０００"));
        assertEquals("13800138000", DuplicateKeys.phoneKey("13800138000"));
        assertEquals("13800138000", DuplicateKeys.phoneKey("86-13800138000"), "as the record keeps it");
        assertEquals("447946095800", DuplicateKeys.phoneKey("+44 7946 095800"));
        assertEquals("063312345678", DuplicateKeys.phoneKey("0633-12345678"));
        assertNull(DuplicateKeys.phoneKey(" - "));
    }

    @Test
    void mailAndWechatIgnoreCaseAndOuterSpace() {
        assertEquals("zhang.wei@example.com", DuplicateKeys.emailKey(" Zhang.Wei@Example.COM "));
        assertEquals("zw_1990", DuplicateKeys.wechatKey("ZW_1990 "));
        assertNull(DuplicateKeys.emailKey("  "));
    }

    @Test
    void reasonsNameEveryKeyInCommonAndTheScoreAddsThemUpToAHundred() {
        DuplicateKeys a = new DuplicateKeys("张伟", "13800138000", "zw@example.com", "zw", 1990, 1L);
        assertEquals(List.of("PHONE", "EMAIL", "WECHAT", "NAME_BIRTH_TOWNSHIP"), a.reasonsAgainst(a));
        assertEquals(100, DuplicateKeys.score(a.reasonsAgainst(a)));
        DuplicateKeys phoneOnly = new DuplicateKeys("李四", "13800138000", null, null, null, null);
        assertEquals(List.of("PHONE"), a.reasonsAgainst(phoneOnly));
        assertEquals(60, DuplicateKeys.score(List.of("PHONE")));
        assertEquals(90, DuplicateKeys.score(List.of("EMAIL", "NAME_BIRTH_TOWNSHIP")));
    }

    @Test
    void theSameNameAloneOrWithAnotherBirthYearIsNoReason() {
        DuplicateKeys a = new DuplicateKeys("张伟", null, null, null, 1990, 1L);
        assertEquals(List.of(), a.reasonsAgainst(new DuplicateKeys("张伟", null, null, null, 1991, 1L)));
        assertEquals(List.of(), a.reasonsAgainst(new DuplicateKeys("张伟", null, null, null, 1990, 2L)));
        assertEquals(List.of(), a.reasonsAgainst(new DuplicateKeys("张伟", null, null, null, null, null)));
        // two empty keys are nothing in common
        DuplicateKeys empty = new DuplicateKeys("王五", null, null, null, null, null);
        assertEquals(List.of(), empty.reasonsAgainst(new DuplicateKeys("王五", null, null, null, null, null)));
    }

    @Test
    void aTalentKeepsItsKeysCurrentAndAnErasedOneHasNone() {
        Talent t = talent("張偉").phone("+86 138-0013-8000").birthYear(1990).build();
        assertEquals(new DuplicateKeys("张伟", "13800138000", null, null, 1990, null), t.duplicateKeys());
        t.revise(talent("張偉").email("ZW@Example.com").details(), cn.wulian.liancai.shared.TestClock.CLOCK);
        assertEquals(new DuplicateKeys("张伟", null, "zw@example.com", null, null, null), t.duplicateKeys());
        t.erase(cn.wulian.liancai.shared.TestClock.CLOCK);
        assertEquals(new DuplicateKeys(null, null, null, null, null, null), t.duplicateKeys());
    }
}
