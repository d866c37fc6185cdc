package cn.wulian.liancai.platform.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.DomainViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A platform guards its own rules when it is created and whenever it is revised. */
class PlatformTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static PlatformDetails fatong() {
        return new PlatformDetails(" 法桐小院 ", "Fatong Courtyard", PlatformKind.MAKERSPACE, "五莲县洪凝街道人民路法桐小院",
                LocalDate.of(2018, 5, 18), new BigDecimal("3600"), 120, "五莲县人才发展服务中心", "院落式众创空间");
    }

    static PlatformDetails with(String name, LocalDate openedOn, BigDecimal area, Integer workstations) {
        return new PlatformDetails(name, null, null, null, openedOn, area, workstations, null, null);
    }

    private static Map<String, String> refused(Runnable change) {
        return assertThrows(DomainViolation.class, change::run).fieldKeys();
    }

    @Test
    void aPlatformKeepsWhatItWasGivenTrimmedAndItsKindAsTheProgrammesWord() {
        Platform p = new Platform("fatong", fatong(), CLOCK);
        assertAll(
                () -> assertEquals("fatong", p.getCode()),
                () -> assertEquals("法桐小院", p.getName()),
                () -> assertEquals("Fatong Courtyard", p.getNameEn()),
                () -> assertEquals(PlatformKind.MAKERSPACE, p.getKind()),
                () -> assertEquals(LocalDate.of(2018, 5, 18), p.getOpenedOn()),
                () -> assertEquals(new BigDecimal("3600.00"), p.getAreaM2(), "to the hundredth, as stored"),
                () -> assertEquals(120, p.getWorkstations()),
                () -> assertEquals("五莲县人才发展服务中心", p.getOperator()));
    }

    @Test
    void onlyTheNameIsRequiredAndBlankOptionalFieldsAreStoredAsNothing() {
        Platform p = new Platform("new-one", new PlatformDetails("新平台", "  ", null, "", null, null, null, " ", null), CLOCK);
        assertAll(
                () -> assertNull(p.getNameEn()),
                () -> assertNull(p.getKind()),
                () -> assertNull(p.getAddress()),
                () -> assertNull(p.getOperator()));
        assertEquals(Map.of("name", "validation.required"), refused(() -> new Platform("x1", with("  ", null, null, null), CLOCK)));
        assertEquals(Map.of("name", "validation.required"), refused(() -> new Platform("x1", null, CLOCK)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Fatong", "1abc", "-abc", "fa tong", "法桐", "abcdefghijklmnopqrstu"})
    void aCodeIsTwoToTwentyLowerCaseLettersDigitsOrHyphensFromALetter(String code) {
        assertEquals(Map.of("code", "validation.platform.code"), refused(() -> new Platform(code, fatong(), CLOCK)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "fatong", "kunshan-2", "a1234567890123456789"})
    void goodCodes(String code) {
        assertEquals(code, new Platform(code, fatong(), CLOCK).getCode());
    }

    @Test
    void theCodeMayNotBeMissing() {
        assertEquals(Map.of("code", "validation.platform.code"), refused(() -> new Platform(null, fatong(), CLOCK)));
    }

    @Test
    void areaAndWorkstationsAreNeverNegativeAndFitTheirColumns() {
        assertEquals(Map.of("areaM2", "validation.platform.area"), refused(() -> new Platform("ab", with("甲", null, new BigDecimal("-0.01"), null), CLOCK)));
        assertEquals(Map.of("areaM2", "validation.platform.area"), refused(() -> new Platform("ab", with("甲", null, new BigDecimal("10.125"), null), CLOCK)));
        assertEquals(Map.of("areaM2", "validation.platform.area"),
                refused(() -> new Platform("ab", with("甲", null, new BigDecimal("10000000000"), null), CLOCK)));
        assertEquals(Map.of("workstations", "validation.platform.workstations"), refused(() -> new Platform("ab", with("甲", null, null, -1), CLOCK)));
        assertEquals(Map.of("workstations", "validation.platform.workstations"),
                refused(() -> new Platform("ab", with("甲", null, null, 100_001), CLOCK)));
        Platform zero = new Platform("ab", with("甲", null, new BigDecimal("0"), 0), CLOCK);
        assertEquals(0, zero.getWorkstations());
        assertEquals(new BigDecimal("12.50"), new Platform("ab", with("甲", null, new BigDecimal("12.50"), 100_000), CLOCK).getAreaM2());
    }

    @Test
    void anOpeningDateIsNotBefore1950NorMoreThanThreeYearsAhead() {
        LocalDate today = LocalDate.now(CLOCK);
        assertEquals(today.plusYears(3), new Platform("ab", with("甲", today.plusYears(3), null, null), CLOCK).getOpenedOn());
        assertEquals(LocalDate.of(1950, 1, 1), new Platform("ab", with("甲", LocalDate.of(1950, 1, 1), null, null), CLOCK).getOpenedOn());
        assertEquals(Map.of("openedOn", "validation.platform.openedOn"),
                refused(() -> new Platform("ab", with("甲", today.plusYears(3).plusDays(1), null, null), CLOCK)));
        assertEquals(Map.of("openedOn", "validation.platform.openedOn"),
                refused(() -> new Platform("ab", with("甲", LocalDate.of(1949, 12, 31), null, null), CLOCK)));
    }

    @Test
    void lengthsFitTheColumns() {
        Map<String, String> errors = refused(() -> new Platform("ab", new PlatformDetails("名".repeat(81), "n".repeat(121), null,
                "址".repeat(201), null, null, null, "运".repeat(121), "述".repeat(2001)), CLOCK));
        assertEquals(Map.of("name", "validation.size80", "nameEn", "validation.size120", "address", "validation.size200",
                "operator", "validation.size120", "description", "validation.size2000"), errors);
        new Platform("ab", new PlatformDetails(" " + "名".repeat(80) + " ", "n".repeat(120), null, "址".repeat(200), null, null, null,
                "运".repeat(120), "述".repeat(2000)), CLOCK);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertEquals(Map.of("code", "validation.platform.code", "name", "validation.required", "workstations",
                "validation.platform.workstations"), refused(() -> new Platform("X", with(null, null, null, -5), CLOCK)));
    }

    @Test
    void aRevisionChangesEverythingButTheCodeOrNothingAtAll() {
        Platform p = new Platform("fatong", fatong(), CLOCK);
        p.revise(new PlatformDetails("法桐小院（二期）", "Fatong Courtyard II", PlatformKind.INCUBATOR, "新地址", LocalDate.of(2019, 1, 1),
                new BigDecimal("4000.5"), 150, "新运营方", "新简介"), CLOCK);
        assertAll(
                () -> assertEquals("fatong", p.getCode()),
                () -> assertEquals("法桐小院（二期）", p.getName()),
                () -> assertEquals(PlatformKind.INCUBATOR, p.getKind()),
                () -> assertEquals("新运营方", p.getOperator()),
                () -> assertEquals(150, p.getWorkstations()));

        assertEquals(Map.of("name", "validation.required", "areaM2", "validation.platform.area"),
                refused(() -> p.revise(with("", null, new BigDecimal("-1"), 10), CLOCK)));
        assertEquals("法桐小院（二期）", p.getName(), "a refused revision changes nothing");
        assertEquals(150, p.getWorkstations());
    }

    @Test
    void theSeedsKindWordsAreTheKinds() {
        assertEquals(PlatformKind.INCUBATOR, new Platform("shibei", "市北双创孵化中心", null, "孵化器", null, null, null, null, null, null).getKind());
        assertEquals(PlatformKind.TOWN, PlatformKind.of("小镇"));
        assertEquals(PlatformKind.PARK, PlatformKind.of("park"));
        assertNull(PlatformKind.of(" "));
        assertEquals(Map.of("kind", "validation.choice"),
                refused(() -> new Platform("shibei", "市北双创孵化中心", null, "写字楼", null, null, null, null, null, null)));
    }
}
