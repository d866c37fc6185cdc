package cn.wulian.liancai.award.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.NOW;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.award.entity.AwardCycle.Winner;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.TestClock;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rules a cycle keeps itself: its windows, who may review, the decision (winners of this cycle,
 * each with a justification, within each category's quota), publication for a notice period and
 * the final list — each accepted case and each refusal with its message key.
 */
class AwardCycleTest {

    static final Set<String> CATEGORIES = Set.of("innovation", "return", "youth");
    static final Set<String> REVIEWERS = Set.of("reviewer1", "reviewer2", "reviewer3");

    /** 2026: nominations 1–30 November, reviews 1–20 December; innovation has one place, return two */
    static CycleTerms terms(List<String> committee) {
        return new CycleTerms(2026, "2026年度杰出莲才奖", TODAY.minusDays(26), TODAY.plusDays(3), TODAY.plusDays(4), TODAY.plusDays(23),
                List.of(new CategoryQuota("innovation", 1), new CategoryQuota("return", 2)), RubricTest.TWO, committee,
                new Rule.Group(Rule.Join.ALL, List.of()), 2, null, null);
    }

    static AwardCycle cycle() {
        return new AwardCycle(terms(List.of("reviewer1", "reviewer2")), CATEGORIES, REVIEWERS, "office", CLOCK);
    }

    /** a nomination as the database would hand it back: with its id */
    static Nomination nomination(AwardCycle cycle, long id, String category) {
        Nomination n = new Nomination(cycle, category, talent("候选人" + id).build(), "事迹", List.of(), "office", null, CLOCK);
        try {
            Field f = Nomination.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(n, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return n;
    }

    static String refusal(String field, Executable rule) {
        return assertThrows(DomainViolation.class, rule).fieldKeys().get(field);
    }

    /** every nomination scored by the committee, none awaiting a review */
    static final Function<Long, AwardCycle.Reviewed> SCORED = id -> new AwardCycle.Reviewed(3, 0);

    static List<Winner> winners(Winner... w) {
        return Arrays.asList(w); // may hold a null, as a request body may
    }

    static List<Nomination> decide(AwardCycle cycle, List<Nomination> all, Winner... w) {
        return cycle.decide(all, winners(w), SCORED, code -> code, "office", CLOCK);
    }

    // ---- windows and membership

    @Test
    void aNominationComesInWithinTheWindowInOneOfTheCyclesCategories() {
        AwardCycle c = cycle();
        assertDoesNotThrow(() -> c.admitNomination("innovation", TODAY));
        assertDoesNotThrow(() -> c.admitNomination("return", c.getNominationOpens()));
        assertDoesNotThrow(() -> c.admitNomination("return", c.getNominationCloses()));
        assertEquals("validation.award.nominationClosed", refusal("cycle", () -> c.admitNomination("innovation", c.getNominationOpens().minusDays(1))));
        assertEquals("validation.award.nominationClosed", refusal("cycle", () -> c.admitNomination("innovation", c.getNominationCloses().plusDays(1))));
        assertEquals("validation.award.category", refusal("category", () -> c.admitNomination("youth", TODAY)),
                "a category that exists but this cycle does not award");
        assertEquals("validation.award.category", refusal("category", () -> c.admitNomination("nonsense", TODAY)));
    }

    @Test
    void reviewsAreOpenWithinTheReviewWindowOfAnOpenCycle() {
        AwardCycle c = cycle();
        assertFalse(c.isReviewOpen(c.getReviewOpens().minusDays(1)));
        assertTrue(c.isReviewOpen(c.getReviewOpens()));
        assertTrue(c.isReviewOpen(c.getReviewCloses()));
        assertFalse(c.isReviewOpen(c.getReviewCloses().plusDays(1)));
        assertDoesNotThrow(() -> c.requireReviewWindow(c.getReviewOpens()));
        assertEquals("validation.award.reviewClosed", refusal("cycle", () -> c.requireReviewWindow(TODAY)));

        decide(c, List.of());
        assertFalse(c.isReviewOpen(c.getReviewOpens()), "once decided, no review comes in");
        assertEquals("validation.award.cycleClosed", refusal("cycle", () -> c.requireReviewWindow(c.getReviewOpens())),
                "said as a decided cycle, not as a window today is inside");
    }

    @Test
    void onlyACommitteeMemberReviews() {
        AwardCycle c = cycle();
        assertDoesNotThrow(() -> c.requireOnCommittee("reviewer2"));
        assertEquals("validation.award.notOnCommittee", refusal("reviewer", () -> c.requireOnCommittee("reviewer3")),
                "a reviewer account that is not on this committee");
        assertEquals("validation.award.notOnCommittee", refusal("reviewer", () -> c.requireOnCommittee(null)));
    }

    @Test
    void nominationsAndAssignmentsChangeOnlyWhileTheCycleIsOpen() {
        AwardCycle c = cycle();
        assertDoesNotThrow(c::requireOpen);
        decide(c, List.of());
        assertEquals("validation.award.cycleClosed", refusal("status", c::requireOpen));
        assertEquals("validation.award.cycleClosed", refusal("cycle", () -> c.admitNomination("innovation", TODAY)));
    }

    // ---- set-up changes

    @Test
    void aReviewerWithAssignmentsStaysOnTheCommittee() {
        AwardCycle c = cycle();
        assertEquals("validation.award.committeeAssigned", refusal("committee",
                () -> c.revise(terms(List.of("reviewer2", "reviewer3")), CATEGORIES, REVIEWERS, false, List.of("reviewer1"))));
        assertEquals(List.of("reviewer1", "reviewer2"), c.committee(), "a refused change changes nothing");

        c.revise(terms(List.of("reviewer1", "reviewer3")), CATEGORIES, REVIEWERS, false, List.of("reviewer1"));
        assertEquals(List.of("reviewer1", "reviewer3"), c.committee());
    }

    @Test
    void afterTheFirstReviewTheCommitteeStaysAsItWas() {
        AwardCycle c = cycle();
        assertEquals("validation.award.rubricFixed", refusal("rubric",
                () -> c.revise(terms(List.of("reviewer1", "reviewer3")), CATEGORIES, REVIEWERS, true, List.of())));
        assertDoesNotThrow(() -> c.revise(terms(List.of("reviewer1", "reviewer2")), CATEGORIES, REVIEWERS, true, List.of()));
    }

    @Test
    void aDecidedCycleIsNoLongerSetUp() {
        AwardCycle c = cycle();
        decide(c, List.of());
        assertEquals("validation.award.cycleClosed", refusal("status",
                () -> c.revise(terms(List.of("reviewer1", "reviewer2")), CATEGORIES, REVIEWERS, false, List.of())));
    }

    // ---- the decision

    @Test
    void theWinnersAreRecordedWithTheirJustificationAndTheCycleIsDecided() {
        AwardCycle c = cycle();
        Nomination a = nomination(c, 1, "innovation");
        Nomination b = nomination(c, 2, "return");
        Nomination d = nomination(c, 3, "return");
        List<Nomination> all = List.of(a, b, d);

        assertEquals(List.of(a, d), decide(c, all, new Winner(1L, "  带动就业三百人 "), new Winner(3L, "返乡创业")));
        assertEquals(CycleStatus.DECIDED, c.getStatus());
        assertTrue(a.isWinner());
        assertEquals("带动就业三百人", a.getJustification());
        assertFalse(b.isWinner());
        assertNull(b.getDecidedAt(), "a nomination that neither wins nor won is left as it was");
        assertEquals("office", d.getDecidedBy());
        assertEquals(CLOCK.instant(), d.getDecidedAt());
    }

    @Test
    void decidingAgainUnchoosesWhoeverIsNoLongerNamed() {
        AwardCycle c = cycle();
        Nomination a = nomination(c, 1, "innovation");
        Nomination b = nomination(c, 2, "return");
        decide(c, List.of(a, b), new Winner(1L, "理由"));

        assertEquals(List.of(a, b), decide(c, List.of(a, b), new Winner(2L, "另一个理由")), "the former winner is recorded as not winning");
        assertFalse(a.isWinner());
        assertNull(a.getJustification());
        assertTrue(b.isWinner());
        assertEquals(CycleStatus.DECIDED, c.getStatus());
    }

    @Test
    void aWinnerIsANominationOfThisCycleNamedOnce() {
        AwardCycle c = cycle();
        AwardCycle other = cycle();
        Nomination a = nomination(c, 1, "innovation");
        Nomination elsewhere = nomination(other, 2, "return");
        List<Nomination> all = List.of(a, elsewhere);

        assertEquals("validation.award.unknownNomination", refusal("winners", () -> decide(c, all, new Winner(9L, "理由"))));
        assertEquals("validation.award.unknownNomination", refusal("winners", () -> decide(c, all, new Winner(2L, "理由"))),
                "another cycle's nomination, even when handed in");
        assertEquals("validation.award.unknownNomination", refusal("winners",
                () -> decide(c, all, new Winner(1L, "理由"), new Winner(1L, "理由"))));
        assertEquals("validation.award.unknownNomination", refusal("winners", () -> decide(c, all, new Winner(null, "理由"))));
        assertEquals("validation.award.unknownNomination", refusal("winners", () -> decide(c, all, (Winner) null)));
        assertEquals("validation.required", refusal("winners", () -> c.decide(all, null, SCORED, code -> code, "office", CLOCK)));
        assertEquals(CycleStatus.OPEN, c.getStatus(), "a refused decision decides nothing");
        assertFalse(elsewhere.isWinner());
    }

    @Test
    void everyWinnerNeedsAJustificationOfAtMostAThousandCharacters() {
        AwardCycle c = cycle();
        List<Nomination> all = List.of(nomination(c, 1, "innovation"));
        assertEquals("validation.award.justification", refusal("winners", () -> decide(c, all, new Winner(1L, null))));
        assertEquals("validation.award.justification", refusal("winners", () -> decide(c, all, new Winner(1L, "   "))));
        assertEquals("validation.award.justificationLength", refusal("winners", () -> decide(c, all, new Winner(1L, "理".repeat(1001)))));
        assertDoesNotThrow(() -> decide(c, all, new Winner(1L, " " + "理".repeat(1000) + " ")));
    }

    /** the office decides after the committee, not ahead of it */
    @Test
    void aWinnerIsScoredByTheCommitteeAndWhileTheReviewPeriodRunsAllItsReviewsAreIn() {
        AwardCycle c = cycle();
        List<Nomination> all = List.of(nomination(c, 1, "innovation"), nomination(c, 2, "return"));
        DomainViolation unscored = assertThrows(DomainViolation.class, () -> c.decide(all, List.of(new Winner(1L, "理由")),
                id -> new AwardCycle.Reviewed(0, 2), code -> code, "office", CLOCK));
        assertEquals("validation.award.winnerUnscored", unscored.fieldKeys().get("winners"));
        assertEquals("「候选人1」还没有评委的评分，不能定为获奖", unscored.text("winners", Locale.SIMPLIFIED_CHINESE));
        assertEquals("validation.award.winnerUnscored", refusal("winners", () -> c.decide(all, List.of(new Winner(2L, "理由")),
                id -> null, code -> code, "office", CLOCK)), "a nomination nobody was assigned to");

        DomainViolation awaited = assertThrows(DomainViolation.class, () -> c.decide(all, List.of(new Winner(2L, "理由")),
                id -> new AwardCycle.Reviewed(1, 1), code -> code, "office", CLOCK));
        assertEquals("validation.award.reviewsAwaited", awaited.fieldKeys().get("winners"));
        assertTrue(awaited.text("winners", Locale.SIMPLIFIED_CHINESE).contains("还有 1 份评审未提交；评审期到 " + TODAY.plusDays(23)),
                () -> awaited.text("winners", Locale.SIMPLIFIED_CHINESE));
        assertEquals(CycleStatus.OPEN, c.getStatus(), "nothing decided");

        // once the period has ended, a review never sent in does not hold the decision up; a score is still needed
        Clock afterReviews = TestClock.at(NOW.plusDays(24));
        assertEquals(1, c.decide(all, List.of(new Winner(2L, "理由")), id -> new AwardCycle.Reviewed(1, 1), code -> code, "office",
                afterReviews).size());
        assertEquals("validation.award.winnerUnscored", refusal("winners", () -> c.decide(all, List.of(new Winner(1L, "理由")),
                id -> new AwardCycle.Reviewed(0, 2), code -> code, "office", afterReviews)));
    }

    @Test
    void noCategoryHasMoreWinnersThanItsQuota() {
        AwardCycle c = cycle();
        Nomination a = nomination(c, 1, "innovation");
        Nomination b = nomination(c, 2, "innovation");
        Nomination d = nomination(c, 3, "return");
        Nomination e = nomination(c, 4, "return");
        List<Nomination> all = List.of(a, b, d, e);

        DomainViolation refused = assertThrows(DomainViolation.class, () -> c.decide(all,
                List.of(new Winner(1L, "理由"), new Winner(2L, "理由")), SCORED, Map.of("innovation", "创新创业类")::get, "office", CLOCK));
        assertEquals("validation.award.quotaExceeded", refused.fieldKeys().get("winners"));
        assertEquals("\"创新创业类\" has at most 1 winners", refused.text("winners", Locale.ENGLISH), "the category by its name, and its quota");
        assertFalse(a.isWinner());
        assertEquals(CycleStatus.OPEN, c.getStatus());

        assertEquals(List.of(a, d, e), decide(c, all, new Winner(1L, "理由"), new Winner(3L, "理由"), new Winner(4L, "理由")),
                "each category up to its own quota");
    }

    @Test
    void winnersMayBeChosenAgainOnlyUntilTheListIsPublished() {
        AwardCycle c = cycle();
        Nomination a = nomination(c, 1, "innovation");
        decide(c, List.of(a), new Winner(1L, "理由"));
        c.publish(1, 7, CLOCK);
        assertEquals("validation.award.alreadyPublished", refusal("status", () -> decide(c, List.of(a))));
        assertTrue(a.isWinner(), "the published list stands");
        assertEquals(CycleStatus.PUBLISHED, c.getStatus());
    }

    // ---- publication and the final list

    @Test
    void aDecidedListWithWinnersIsPublishedForItsNoticePeriod() {
        AwardCycle c = cycle();
        decide(c, List.of(nomination(c, 1, "innovation")), new Winner(1L, "理由"));
        assertFalse(c.isPublished());
        c.publish(1, 10, CLOCK);
        assertEquals(CycleStatus.PUBLISHED, c.getStatus());
        assertEquals(TODAY.plusDays(10), c.getNoticeEndsOn());
        assertEquals(CLOCK.instant(), c.getPublishedAt());
        assertTrue(c.isPublished());
    }

    @Test
    void whatCountsInTheRankingIsSettledOnlyUntilTheListIsPublished() {
        AwardCycle c = cycle();
        assertDoesNotThrow(c::requireNotPublished);
        decide(c, List.of(nomination(c, 1, "innovation")), new Winner(1L, "理由"));
        assertDoesNotThrow(c::requireNotPublished, "decided, not yet published: a flagged change may still be settled");
        c.publish(1, 10, CLOCK);
        assertEquals("validation.award.alreadyPublished", refusal("status", c::requireNotPublished));
    }

    @Test
    void theNoticePeriodIsAWeekUnlessGivenAndAtMostSixtyDays() {
        AwardCycle week = cycle();
        decide(week, List.of());
        week.publish(1, null, CLOCK);
        assertEquals(TODAY.plusDays(7), week.getNoticeEndsOn());

        AwardCycle c = cycle();
        decide(c, List.of());
        assertEquals("validation.award.noticeDays", refusal("noticeDays", () -> c.publish(1, -1, CLOCK)));
        assertEquals("validation.award.noticeDays", refusal("noticeDays", () -> c.publish(1, 61, CLOCK)));
        assertEquals(CycleStatus.DECIDED, c.getStatus());
        c.publish(1, 0, CLOCK);
        assertEquals(TODAY, c.getNoticeEndsOn(), "no notice at all is the office's call");
    }

    @Test
    void onlyADecidedListWithWinnersIsPublished() {
        AwardCycle open = cycle();
        assertEquals("validation.award.notDecided", refusal("status", () -> open.publish(1, 7, CLOCK)));
        assertEquals("validation.award.noWinners", refusal("status", () -> open.publish(0, 7, CLOCK)), "no winners is said first");

        AwardCycle decided = cycle();
        decide(decided, List.of());
        assertEquals("validation.award.noWinners", refusal("status", () -> decided.publish(0, 7, CLOCK)));
        decided.publish(1, 7, CLOCK);
        assertEquals("validation.award.notDecided", refusal("status", () -> decided.publish(1, 7, CLOCK)), "published once only");
    }

    @Test
    void theListIsFinalOnceTheNoticePeriodIsOver() {
        AwardCycle c = cycle();
        assertEquals("validation.award.notPublished", refusal("status", () -> c.finalizeAfterNotice(CLOCK)));
        decide(c, List.of());
        c.publish(1, 7, CLOCK);
        assertEquals("validation.award.noticeRunning", refusal("status", () -> c.finalizeAfterNotice(TestClock.at(NOW.plusDays(6)))));
        assertEquals(CycleStatus.PUBLISHED, c.getStatus());

        c.finalizeAfterNotice(TestClock.at(NOW.plusDays(7)));
        assertEquals(CycleStatus.FINAL, c.getStatus());
        assertTrue(c.isPublished(), "the final list stays public");
        assertEquals("validation.award.notPublished", refusal("status", () -> c.finalizeAfterNotice(TestClock.at(NOW.plusDays(8)))));
        assertEquals("validation.award.alreadyPublished", refusal("status", () -> decide(c, new ArrayList<>())));
    }
}
