package cn.wulian.liancai.talent.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.NOW;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A logged contact: what it needs, when it may have happened, and what it does to the talent. Now is 2026-11-27 10:00. */
class InteractionTest {

    static final Account OFFICE = new Account("office", "人才办 王晓燕", Role.OFFICE, null, "h", null);

    static Interaction log(Talent t, InteractionKind kind, LocalDateTime at, String summary, LocalDate followUp) {
        return new Interaction(t, kind, at, null, null, summary, null, followUp, OFFICE, CLOCK);
    }

    static Map<String, String> violations(InteractionKind kind, LocalDateTime at, String summary, LocalDate followUp) {
        return assertThrows(DomainViolation.class, () -> log(talent("张伟").build(), kind, at, summary, followUp)).fieldKeys();
    }

    @Test
    void kindTimeAndSummaryAreRequiredAllReportedAtOnce() {
        assertEquals(Map.of("kind", "validation.required", "occurredAt", "validation.required", "summary", "validation.required"),
                violations(null, null, null, TODAY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    void summaryIsRequired(String summary) {
        assertEquals(Map.of("summary", "validation.required"), violations(InteractionKind.CALL, NOW, summary, null));
    }

    @Test
    void notMoreThanADayAhead() {
        assertEquals(Map.of("occurredAt", "validation.occurredAt.future"),
                violations(InteractionKind.MEETING, NOW.plusDays(1).plusMinutes(1), "约好的座谈", null));
        assertEquals(NOW.plusDays(1), log(talent("张伟").build(), InteractionKind.MEETING, NOW.plusDays(1), "明天上午座谈", null)
                .getOccurredAt());
    }

    @Test
    void followUpNotBeforeTheDayOfTheContact() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 25, 16, 30);
        assertEquals(Map.of("followUpOn", "validation.followUp.beforeOccurred"),
                violations(InteractionKind.VISIT, at, "走访", LocalDate.of(2026, 11, 24)));
        assertEquals(LocalDate.of(2026, 11, 25), log(talent("张伟").build(), InteractionKind.VISIT, at, "走访",
                LocalDate.of(2026, 11, 25)).getFollowUpOn());
    }

    @Test
    void textIsTrimmedAndBlankBecomesNull() {
        Talent t = talent("张伟").build();
        Interaction i = new Interaction(t, InteractionKind.VISIT, NOW.minusDays(1), " 五莲县洪凝街道 ", "  ", "  走访  ",
                "\t", null, OFFICE, CLOCK);
        assertAll(
                () -> assertSame(t, i.getTalent()),
                () -> assertEquals(InteractionKind.VISIT, i.getKind()),
                () -> assertEquals("五莲县洪凝街道", i.getPlace()),
                () -> assertNull(i.getParticipants()),
                () -> assertEquals("走访", i.getSummary()),
                () -> assertNull(i.getAgreedActions()),
                () -> assertNull(i.getFollowUpOn()),
                () -> assertSame(OFFICE, i.getRecordedBy()),
                () -> assertEquals(CLOCK.instant(), i.getCreatedAt()));
    }

    @Test
    void loggingTheFirstContactMovesTheTalentOn() {
        Talent t = talent("张伟").stage(Stage.IDENTIFIED).build();
        log(t, InteractionKind.CALL, NOW.minusHours(1), "电话联系", null);
        assertEquals(Stage.CONTACTED, t.getStage());

        Talent engaged = talent("李娜").stage(Stage.ENGAGED).build();
        log(engaged, InteractionKind.CALL, NOW.minusHours(1), "电话联系", null);
        assertEquals(Stage.ENGAGED, engaged.getStage());
    }

    @Test
    void aRefusedContactLeavesTheTalentAlone() {
        Talent t = talent("张伟").stage(Stage.IDENTIFIED).build();
        assertThrows(DomainViolation.class, () -> log(t, InteractionKind.CALL, NOW.minusHours(1), " ", null));
        assertEquals(Stage.IDENTIFIED, t.getStage());
    }
}
