package cn.wulian.liancai.talent.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.NOW;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules a talent guards itself, at registration and on every revision. Today is 2026-11-27. */
class TalentTest {

    static final Account OFFICE = new Account("office", "人才办 王晓燕", Role.OFFICE, null, "h", null);
    static final Account ADMIN = new Account("admin", "管理员", Role.ADMIN, null, "h", null);
    static final Account REVIEWER = new Account("reviewer1", "评委", Role.REVIEWER, null, "h", null);
    static final Account MANAGER = new Account("mgr-fatong", "法桐小院", Role.PLATFORM_MANAGER,
            new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null), "h", null);

    static Map<String, String> violations(TalentBuilder b) {
        return assertThrows(DomainViolation.class, () -> b.build()).fieldKeys();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void nameIsRequired(String name) {
        assertEquals(Map.of("name", "validation.required"), violations(talent(name)));
    }

    @Test
    void stageIsRequired() {
        assertEquals(Map.of("stage", "validation.required"), violations(talent("张伟").stage(null)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1900, 1982, 2026})
    void birthYearFrom1900ToThisYear(int year) {
        assertEquals(year, talent("张伟").birthYear(year).build().getBirthYear());
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 0, -1, 2027})
    void birthYearOutsideTheRange(int year) {
        assertEquals(Map.of("birthYear", "validation.birthYear.range"), violations(talent("张伟").birthYear(year)));
    }

    @Test
    void thisYearIsTheCountysYear() {
        // 2026-12-31 17:00 UTC is already 2027 in Wulian
        Clock newYearInWulian = Clock.fixed(Instant.parse("2026-12-31T17:00:00Z"), TestClock.ZONE);
        assertEquals(2027, talent("张伟").birthYear(2027).build(newYearInWulian).getBirthYear());
    }

    @ParameterizedTest
    @CsvSource({"1990, 2004", "1990, 2034", ", 1920", ", 2034"})
    void graduationFourteenYearsAfterBirthUpToEightYearsAhead(Integer birth, int graduation) {
        assertEquals(graduation, talent("张伟").birthYear(birth).graduationYear(graduation).build().getGraduationYear());
    }

    @ParameterizedTest
    @CsvSource({"1990, 2035, validation.graduationYear.range", ", 1919, validation.graduationYear.range",
            "1990, 2003, validation.graduationYear.beforeBirth", "1990, 1990, validation.graduationYear.beforeBirth",
            "1990, 1919, validation.graduationYear.range"})
    void graduationYearRules(Integer birth, int graduation, String key) {
        assertEquals(Map.of("graduationYear", key), violations(talent("张伟").birthYear(birth).graduationYear(graduation)));
    }

    @Test
    void aTalentCannotReferItself() {
        Talent t = talent("张伟").build();

        DomainViolation e = assertThrows(DomainViolation.class, () -> t.revise(talent("张伟").referrer(t).details(), CLOCK));
        assertEquals(Map.of("referrerId", "validation.referrer.self"), e.fieldKeys());
    }

    @Test
    void eitherARegisteredOrAFreeTextReferrerNotBoth() {
        Talent referrer = talent("孙志刚").build();

        assertEquals(Map.of("referrerName", "validation.referrer.both"),
                violations(talent("张伟").referrer(referrer).referrerName("县一中 李老师")));
        Talent registered = talent("张伟").referrer(referrer).referrerName("  ").build();
        assertSame(referrer, registered.getReferrer());
        assertNull(registered.getReferrerName());
        Talent freeText = talent("王芳").referrerName(" 县一中 李老师 ").build();
        assertNull(freeText.getReferrer());
        assertEquals("县一中 李老师", freeText.getReferrerName());
    }

    @Test
    void liaisonMustBeStaff() {
        assertEquals(Map.of("liaison", "validation.liaison.notStaff"), violations(talent("张伟").liaison(REVIEWER)));
        assertEquals(Map.of("liaison", "validation.liaison.notStaff"), violations(talent("张伟").liaison(MANAGER)));
        assertSame(OFFICE, talent("张伟").liaison(OFFICE).build().getLiaison());
        assertSame(ADMIN, talent("张伟").liaison(ADMIN).build().getLiaison());
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Talent referrer = talent("孙志刚").build();

        DomainViolation e = assertThrows(DomainViolation.class, () -> talent(" ").stage(null).birthYear(1800).graduationYear(2040)
                .referrer(referrer).referrerName("李老师").liaison(REVIEWER).build());
        assertEquals(Map.of(
                "name", "validation.required",
                "stage", "validation.required",
                "birthYear", "validation.birthYear.range",
                "graduationYear", "validation.graduationYear.range",
                "referrerName", "validation.referrer.both",
                "liaison", "validation.liaison.notStaff"), e.fieldKeys());
    }

    @Test
    void aRefusedRevisionChangesNothing() {
        Talent t = talent("张伟").city("青岛").build();

        assertThrows(DomainViolation.class, () -> t.revise(talent("张伟").city("济南").birthYear(1800).details(),
                TestClock.at(NOW.plusDays(1))));
        assertEquals("青岛", t.getCity());
        assertEquals(CLOCK.instant(), t.getUpdatedAt());
    }

    @Test
    void blankTextBecomesNullAndTextIsTrimmed() {
        Talent t = talent("  张伟 ").village(" ").school("").major("\t").city(" 青岛 ").employer("  ").title(" ")
                .phone(" ").email("").wechat(" ").referrerName(" ").notes("  备注  ").build();
        assertAll(
                () -> assertEquals("张伟", t.getName()),
                () -> assertNull(t.getVillage()),
                () -> assertNull(t.getSchool()),
                () -> assertNull(t.getMajor()),
                () -> assertEquals("青岛", t.getCity()),
                () -> assertNull(t.getEmployer()),
                () -> assertNull(t.getTitle()),
                () -> assertNull(t.getPhone()),
                () -> assertNull(t.getEmail()),
                () -> assertNull(t.getWechat()),
                () -> assertNull(t.getReferrerName()),
                () -> assertEquals("备注", t.getNotes()));
    }

    @Test
    void registrationStampsBothTimesAndRevisionOnlyTheUpdate() {
        Talent t = talent("张伟").build();
        assertEquals(CLOCK.instant(), t.getCreatedAt());
        assertEquals(CLOCK.instant(), t.getUpdatedAt());

        Clock later = TestClock.at(NOW.plusDays(2));
        t.revise(talent("张伟").city("青岛").stage(Stage.ENGAGED).details(), later);
        assertEquals(CLOCK.instant(), t.getCreatedAt());
        assertEquals(later.instant(), t.getUpdatedAt());
        assertEquals(Stage.ENGAGED, t.getStage());
        assertEquals("青岛", t.getCity());
    }

    @Test
    void expertiseIsCopiedInAndOut() {
        List<String> tags = new ArrayList<>(List.of("新材料", "石材"));
        Talent t = talent("张伟").expertise(tags).build();
        tags.add("后加的");

        assertEquals(List.of("新材料", "石材"), t.getExpertise());
        assertThrows(UnsupportedOperationException.class, () -> t.getExpertise().add("x"));
        assertEquals(List.of(), talent("王芳").expertise((List<String>) null).build().getExpertise());
    }

    @Test
    void firstContactMovesAnIdentifiedTalentOn() {
        Talent t = talent("张伟").stage(Stage.IDENTIFIED).build();
        Clock later = TestClock.at(NOW.plusHours(3));

        t.contacted(later);

        assertEquals(Stage.CONTACTED, t.getStage());
        assertEquals(later.instant(), t.getUpdatedAt());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "IDENTIFIED", mode = EnumSource.Mode.EXCLUDE)
    void contactLeavesEveryOtherStageAlone(Stage stage) {
        Talent t = talent("张伟").stage(stage).build();

        t.contacted(TestClock.at(NOW.plusHours(3)));

        assertEquals(stage, t.getStage());
        assertEquals(CLOCK.instant(), t.getUpdatedAt());
    }

    @Test
    void hometownIsTownshipAndVillage() {
        Township hongning = new Township("371121001", "洪凝街道", "Hongning Subdistrict", "街道");
        assertEquals("洪凝街道 高家岭村", talent("甲").township(hongning).village("高家岭村").build().hometown());
        assertEquals("洪凝街道", talent("乙").township(hongning).build().hometown());
        assertEquals("日照市东港区", talent("丙").village("日照市东港区").build().hometown());
        assertEquals("", talent("丁").build().hometown());
    }

    @Test
    void seedKeyIsKeptOnlyForDemoRows() {
        assertEquals("T0001", new Talent(talent("厉志远").details(), "T0001", CLOCK).getSeedKey());
        assertNull(talent("张伟").build().getSeedKey());
    }

    @Test
    void registrationRunsOnTheGivenClock() {
        LocalDateTime at = LocalDateTime.of(2025, 3, 30, 9, 40);
        assertEquals(at.atZone(TestClock.ZONE).toInstant(), talent("张伟").build(TestClock.at(at)).getCreatedAt());
    }

    // ---- the day a talent came home (返乡), counted by the dashboard per year

    @Test
    void aTalentRegisteredAsReturnedWithoutADayCameHomeToday() {
        assertEquals(TestClock.TODAY, talent("张伟").stage(Stage.RETURNED).build().getReturnedOn());
    }

    @Test
    void theDayGivenIsKept() {
        java.time.LocalDate day = java.time.LocalDate.of(2018, 5, 1);
        assertEquals(day, talent("张伟").stage(Stage.RETURNED).returnedOn(day).build().getReturnedOn());
    }

    @Test
    void aRevisionWithoutADayKeepsTheOneKnownAndAStageSetBackClearsIt() {
        java.time.LocalDate day = java.time.LocalDate.of(2018, 5, 1);
        Talent t = talent("张伟").stage(Stage.RETURNED).returnedOn(day).build();

        t.revise(talent("张伟").stage(Stage.RETURNED).details(), TestClock.at(NOW.plusDays(3)));
        assertEquals(day, t.getReturnedOn());
        t.revise(talent("张伟").stage(Stage.INACTIVE).details(), CLOCK);
        assertEquals(day, t.getReturnedOn(), "gone quiet after coming home: still came home that day");
        t.revise(talent("张伟").stage(Stage.ENGAGED).details(), CLOCK);
        assertNull(t.getReturnedOn(), "set back to engaged: a correction, not a return");
    }

    @Test
    void anInactiveTalentWhoNeverCameHomeHasNoDay() {
        assertNull(talent("张伟").stage(Stage.INACTIVE).build().getReturnedOn());
    }

    @Test
    void theBatchSetsTheDayWhenTheStageBecomesReturned() {
        Talent t = talent("张伟").stage(Stage.ENGAGED).build();
        assertNull(t.getReturnedOn());

        t.reassign(Stage.RETURNED, null, TestClock.at(NOW.plusDays(2)));

        assertEquals(TestClock.TODAY.plusDays(2), t.getReturnedOn());
    }

    @ParameterizedTest
    @CsvSource({
            "ENGAGED, 2018-05-01, validation.returnedOn.stage",
            "RETURNED, 2026-11-28, validation.returnedOn.future",
            "RETURNED, 1990-01-01, validation.returnedOn.beforeBirth"})
    void aDayThatCannotBeIsNamed(Stage stage, java.time.LocalDate day, String key) {
        assertEquals(Map.of("returnedOn", key), violations(talent("张伟").birthYear(1982).stage(stage).returnedOn(day)));
    }

    /** a slip of the year (1890 for 1990) is named also when no birth year says it is too early */
    @Test
    void aReturnDayBefore1950IsASlip() {
        assertEquals(Map.of("returnedOn", "validation.returnedOn.range"),
                violations(talent("张伟").stage(Stage.RETURNED).returnedOn(java.time.LocalDate.of(1890, 1, 1))));
        assertEquals(java.time.LocalDate.of(1950, 1, 1),
                talent("张伟").stage(Stage.RETURNED).returnedOn(java.time.LocalDate.of(1950, 1, 1)).build().getReturnedOn());
    }

    @Test
    void todayIsAReturnDayAndSoIsTheFourteenthBirthday() {
        assertEquals(TestClock.TODAY, talent("张伟").stage(Stage.RETURNED).returnedOn(TestClock.TODAY).build().getReturnedOn());
        assertEquals(java.time.LocalDate.of(1996, 1, 1),
                talent("张伟").birthYear(1982).stage(Stage.RETURNED).returnedOn(java.time.LocalDate.of(1996, 1, 1)).build().getReturnedOn());
    }

    /** a phone number is kept in one form however it was typed, so that the duplicate check and the mask read one number */
    @Test
    void aPhoneIsKeptInOneFormAndOnlyANumberThatCanBeDialledIsTaken() {
        assertEquals("13912340001", Talent.phone("+86 139-1234-0001"));
        assertEquals("13912340001", Talent.phone("0086 13912340001"));
        assertEquals("13912340001", Talent.phone("86-139 1234 0001"));
        assertEquals("13912340001", Talent.phone("１３９１２３４０００１"));
        assertEquals("06335212345", Talent.phone("(0633) 521-2345"));
        assertEquals("+447946095800", Talent.phone("+44 7946 095800"));
        assertEquals("+447946095800", Talent.phone("0044 7946 095800"));
        assertEquals("138****8000", Talent.phone("138****8000"), "no number: as typed, for the rule to refuse");
        assertNull(Talent.phone("  "));

        for (String fine : List.of("13912340001", "06335212345", "+447946095800")) {
            assertEquals(fine, talent("厉志远").phone(fine).build().getPhone());
        }
        for (String wrong : List.of("1234567", "12345678", "00000000000", "23912345678", "139123456789", "1391234000", "138****8000")) {
            assertEquals("validation.phone", violations(talent("厉志远").phone(Talent.phone(wrong))).get("phone"), wrong);
        }
    }

    /** an import's phone cell ends in the form a number typed in the form takes: a number abroad stays one */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+86 138 0013 8000|13800138000", "86-13800138000|13800138000", "008613800138000|13800138000",
            "１３８００１３８０００|13800138000", "13800138000.0|13800138000", "13800138000/13900139000|13800138000",
            "（0633）1234567|06331234567", "+44 7946 095800|+447946095800", "+1 415 555 0100|+14155550100",
            "138****8000|138****8000"})
    void anImportedPhoneCellIsKeptAsATypedNumberIs(String cell, String kept) {
        assertEquals(kept, Talent.phone(CellValues.phone(cell)));
    }
}
