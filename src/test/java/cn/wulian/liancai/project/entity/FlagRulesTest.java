package cn.wulian.liancai.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.project.entity.ProjectHistory.MilestoneFact;
import cn.wulian.liancai.project.entity.ProjectHistory.StepFact;
import cn.wulian.liancai.project.entity.ProjectHistory.UpdateFact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each flag of 两旗一牌 on the days around its edges. */
class FlagRulesTest {

    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    static final FlagRules RULES = FlagRules.DEFAULT;

    /** a small builder of histories, so that each test says only what matters to it */
    static final class H {
        final List<MilestoneFact> milestones = new ArrayList<>();
        final List<UpdateFact> updates = new ArrayList<>();
        final List<StepFact> steps = new ArrayList<>();

        H milestone(LocalDate due, LocalDate met) {
            milestones.add(new MilestoneFact(due, met, LONG_AGO, met == null ? null : LONG_AGO));
            return this;
        }

        H update(LocalDate on) {
            updates.add(new UpdateFact(on, 50, LONG_AGO));
            return this;
        }

        H producing(LocalDate on) {
            steps.add(new StepFact(ProjectStage.PRODUCING, on, LONG_AGO));
            return this;
        }

        ProjectHistory build() {
            return new ProjectHistory(1, LocalDate.of(2025, 1, 1), LONG_AGO, milestones, updates, steps);
        }

        Flags on(LocalDate day) {
            return RULES.on(build(), day);
        }
    }

    static H history() {
        return new H();
    }

    // ---- 黄旗

    @Test
    void theDueDateItselfIsStillInTime() {
        assertFalse(history().milestone(DUE, null).on(DUE).yellow());
    }

    @Test
    void theDayAfterTheDueDateAnUnmetMilestoneRaisesTheYellowFlag() {
        assertTrue(history().milestone(DUE, null).on(DUE.plusDays(1)).yellow());
    }

    @Test
    void metOnTheDueDateIsNeverYellow() {
        assertFalse(history().milestone(DUE, DUE).on(DUE.plusDays(1)).yellow());
    }

    @Test
    void aLateMilestoneIsYellowUntilTheDayItIsMetAndClearAfter() {
        H h = history().milestone(DUE, DUE.plusDays(10));
        assertTrue(h.on(DUE.plusDays(9)).yellow(), "still unmet on the 9th day late");
        assertFalse(h.on(DUE.plusDays(10)).yellow(), "met on the 10th day");
    }

    @Test
    void aMilestoneMetAfterTheDayAskedAboutCountsAsUnmetThatDay() {
        // the flags of a past day must not use what happened later
        assertTrue(history().milestone(DUE, DUE.plusDays(30)).on(DUE.plusDays(5)).yellow());
    }

    @Test
    void noMilestonesNoYellowFlag() {
        assertFalse(history().on(DUE).yellow());
    }

    // ---- 红旗

    @Test
    void allMetOnTimeAndAnUpdateExactlyThirtyDaysOldIsRed() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertTrue(history().milestone(DUE, DUE).update(day.minusDays(30)).on(day).red());
    }

    @Test
    void anUpdateThirtyOneDaysOldIsNotRecentEnough() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertFalse(history().milestone(DUE, DUE).update(day.minusDays(31)).on(day).red());
    }

    @Test
    void aMilestoneMetOneDayLateRulesOutTheRedFlagForGood() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        H h = history().milestone(DUE, DUE.plusDays(1)).milestone(DUE.plusMonths(1), DUE).update(day);
        Flags f = h.on(day);
        assertFalse(f.red());
        assertFalse(f.yellow(), "met, if late: neither flag");
    }

    @Test
    void aMilestoneDueTodayAndNotYetMetDoesNotSpoilTheRedFlag() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertTrue(history().milestone(DUE, DUE).milestone(day, null).update(day).on(day).red());
    }

    @Test
    void anOverdueMilestoneRulesOutRed() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        Flags f = history().milestone(DUE, DUE).milestone(day.minusDays(1), null).update(day).on(day);
        assertFalse(f.red());
        assertTrue(f.yellow());
    }

    @Test
    void redNeedsAtLeastOneMilestoneMetByDefault() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertFalse(history().milestone(day.plusDays(10), null).update(day).on(day).red(), "nothing met yet");
        assertTrue(history().milestone(day.plusDays(10), day.minusDays(1)).update(day).on(day).red(), "met early");
        assertFalse(history().update(day).on(day).red(), "no commitment at all");
    }

    @Test
    void theRuleParametersComeFromConfiguration() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        ProjectHistory h = history().milestone(DUE, DUE).update(day.minusDays(40)).build();
        assertFalse(RULES.on(h, day).red());
        assertTrue(new FlagRules(45, 1).on(h, day).red(), "45 days allowed");
        assertFalse(new FlagRules(45, 2).on(h, day).red(), "two milestones required");
        assertTrue(new FlagRules(30, 0).on(history().update(day).build(), day).red(), "no milestone required");
        assertThrows(IllegalArgumentException.class, () -> new FlagRules(-1, 1));
    }

    @Test
    void anUpdateAfterTheDayAskedAboutDoesNotCount() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertFalse(history().milestone(DUE, DUE).update(day.plusDays(1)).on(day).red());
    }

    // ---- 奖牌

    @Test
    void producingTheDayBeforeTheFinalMilestoneEarnsThePlaque() {
        LocalDate last = LocalDate.of(2026, 9, 30);
        H h = history().milestone(DUE, DUE).milestone(last, null).producing(last.minusDays(1));
        assertTrue(h.on(last).plaque());
    }

    @Test
    void producingOnTheFinalMilestoneDateIsOnTimeNotAhead() {
        LocalDate last = LocalDate.of(2026, 9, 30);
        assertFalse(history().milestone(DUE, DUE).milestone(last, last).producing(last).on(last.plusDays(1)).plaque());
    }

    @Test
    void theFinalMilestoneIsTheLatestDueNotTheLastEntered() {
        LocalDate early = LocalDate.of(2026, 3, 1);
        LocalDate producing = LocalDate.of(2026, 5, 1);
        H h = history().milestone(DUE, null).milestone(early, early).producing(producing);
        assertTrue(h.on(producing).plaque(), "produced before 30 June, the latest due date");
    }

    @Test
    void noPlaqueBeforeProductionOrWithoutACommitment() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertFalse(history().milestone(DUE, null).producing(day).on(day.minusDays(1)).plaque(), "not yet producing that day");
        assertFalse(history().producing(day).on(day).plaque(), "nothing to be ahead of");
    }

    @Test
    void theFlagsCanBeHeldTogether() {
        LocalDate last = LocalDate.of(2026, 12, 31);
        LocalDate day = LocalDate.of(2026, 11, 27);
        Flags f = history().milestone(DUE, DUE).milestone(last, day).producing(day).update(day).on(day);
        assertEquals(new Flags(false, true, true), f);
    }
}
