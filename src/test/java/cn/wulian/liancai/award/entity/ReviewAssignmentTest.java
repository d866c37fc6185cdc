package cn.wulian.liancai.award.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.award.entity.ReviewAssignment.Flag;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fairness once the others are seen: what a reviewer changes or declares before seeing the other
 * sheets counts at once; after, it is flagged and counts only once the office confirms it, and a
 * rejection leaves what counted before.
 */
class ReviewAssignmentTest {

    static final Rubric RUBRIC = RubricTest.TWO;

    static ReviewAssignment assignment() {
        AwardCycle cycle = AwardCycleTest.cycle();
        return new ReviewAssignment(AwardCycleTest.nomination(cycle, 1, "innovation"), "reviewer1", false, "office", CLOCK);
    }

    static ReviewSheet sheet(int impact) {
        return new ReviewSheet(Map.of("impact", impact, "return", 3), null, null);
    }

    /** submitted once, then shown the others' sheets */
    static ReviewAssignment submittedAndSeen() {
        ReviewAssignment a = assignment();
        a.submit(sheet(5), RUBRIC, null, CLOCK);
        a.sawOthers(CLOCK);
        return a;
    }

    /** submitted, shown the others' sheets, then changed */
    static ReviewAssignment changedAfterSeeing() {
        ReviewAssignment a = submittedAndSeen();
        a.submit(sheet(9), RUBRIC, "改", CLOCK);
        return a;
    }

    /** submitted, shown the others' sheets, then declared a conflict */
    static ReviewAssignment declaredLate() {
        ReviewAssignment a = submittedAndSeen();
        a.declareConflict("突然想起是同学", CLOCK);
        return a;
    }

    /** a double click on 提交评分 sent the sheet twice; the second was read as a change without a reason and refused */
    @Test
    void theLastSubmissionSentAgainWithoutAReasonIsARepeat() {
        ReviewAssignment a = assignment();
        assertFalse(a.resubmits(sheet(5), RUBRIC, null, null), "nothing submitted yet");
        ReviewRevision first = a.submit(sheet(5), RUBRIC, null, CLOCK);
        assertTrue(a.resubmits(sheet(5), RUBRIC, null, first));
        assertTrue(a.resubmits(sheet(5), RUBRIC, " ", first));
        assertFalse(a.resubmits(sheet(6), RUBRIC, null, first), "another score is a change");
        assertFalse(a.resubmits(sheet(5), RUBRIC, "再核对", first), "a reason makes it a revision");
        a.saveDraft(sheet(7), RUBRIC);
        assertFalse(a.resubmits(sheet(5), RUBRIC, null, first), "a draft saved since: the same sheet is a change back");
        ReviewRevision second = a.submit(sheet(6), RUBRIC, "改", CLOCK);
        assertFalse(a.resubmits(sheet(5), RUBRIC, null, second), "the first sheet is no longer the last");
        assertFalse(a.resubmits(sheet(6), RUBRIC, null, first), "only the last revision is repeated");
    }

    @Test
    void beforeTheOthersAreSeenEveryRevisionCountsAtOnce() {
        ReviewAssignment a = assignment();
        a.submit(sheet(5), RUBRIC, null, CLOCK);
        assertEquals(1, a.getCountedRevision());
        a.submit(sheet(6), RUBRIC, "重新核对", CLOCK);
        assertEquals(2, a.getCountedRevision());
        assertNull(a.flag());
    }

    @Test
    void onlyTheFirstSightOfTheOthersIsRecorded() {
        ReviewAssignment a = submittedAndSeen();
        java.time.Instant first = a.getOthersSeenAt();
        assertNotNull(first);
        a.sawOthers(java.time.Clock.offset(CLOCK, java.time.Duration.ofHours(2)));
        assertEquals(first, a.getOthersSeenAt());
    }

    @Test
    void aChangeAfterSeeingTheOthersWaitsAndThePreviousRevisionKeepsCounting() {
        ReviewAssignment a = submittedAndSeen();
        ReviewRevision r = a.submit(sheet(9), RUBRIC, "看了别人的分数", CLOCK);
        assertEquals(2, r.getRevision(), "the change is kept as a revision");
        assertEquals(2, a.getSubmittedRevision());
        assertEquals(1, a.getCountedRevision());
        assertEquals(Flag.CHANGE, a.flag());
    }

    @Test
    void confirmedTheNewestRevisionCounts() {
        ReviewAssignment a = changedAfterSeeing();
        a.submit(sheet(8), RUBRIC, "再改", CLOCK);
        assertEquals(1, a.getCountedRevision(), "a change on a change still waits");
        assertEquals(Flag.CHANGE, a.confirm());
        assertEquals(3, a.getCountedRevision());
        assertNull(a.flag());
    }

    @Test
    void rejectedTheRevisionThatCountedKeepsCountingAndTheNextChangeIsFlaggedAgain() {
        ReviewAssignment a = changedAfterSeeing();
        assertEquals(Flag.CHANGE, a.reject());
        assertEquals(1, a.getCountedRevision());
        assertNull(a.flag());
        a.submit(sheet(7), RUBRIC, "再改", CLOCK);
        assertEquals(Flag.CHANGE, a.flag());
        assertEquals(1, a.getCountedRevision());
    }

    @Test
    void aDeclarationBeforeSeeingTheOthersAppliesAtOnce() {
        ReviewAssignment a = assignment();
        a.submit(sheet(5), RUBRIC, null, CLOCK);
        a.declareConflict("同学", CLOCK);
        assertTrue(a.steppedAside());
        assertNull(a.flag());
    }

    @Test
    void aLateDeclarationWaitsAndTheScoresKeepCountingUntilConfirmed() {
        ReviewAssignment a = declaredLate();
        assertTrue(a.declared(), "the reviewer has stepped aside from opening it");
        assertFalse(a.steppedAside(), "but their scores still count");
        assertEquals(Flag.CONFLICT, a.flag());
        assertEquals(Flag.CONFLICT, a.confirm());
        assertTrue(a.steppedAside());
        assertNull(a.flag());
    }

    @Test
    void aRejectedLateDeclarationIsNotApplied() {
        ReviewAssignment a = declaredLate();
        assertEquals(Flag.CONFLICT, a.reject());
        assertFalse(a.declared());
        assertFalse(a.steppedAside());
        assertNull(a.getConflictReason());
        assertEquals(1, a.getCountedRevision());
        assertNull(a.flag());
    }

    @Test
    void aLateDeclarationDecidesOverAChangeStillWaiting() {
        ReviewAssignment confirmed = changedAfterSeeing();
        confirmed.declareConflict("同学", CLOCK);
        assertEquals(Flag.CONFLICT, confirmed.flag());
        confirmed.confirm();
        assertNull(confirmed.flag(), "the change is moot once the reviewer is out");
        assertTrue(confirmed.steppedAside());

        ReviewAssignment rejected = changedAfterSeeing();
        rejected.declareConflict("同学", CLOCK);
        rejected.reject();
        assertEquals(Flag.CHANGE, rejected.flag(), "the change waits as before");
        assertEquals(1, rejected.getCountedRevision());
    }

    @Test
    void nothingWaitingIsNothingToConfirmOrReject() {
        ReviewAssignment a = submittedAndSeen();
        assertEquals("validation.award.nothingFlagged", AwardCycleTest.refusal("flag", a::confirm));
        assertEquals("validation.award.nothingFlagged", AwardCycleTest.refusal("flag", a::reject));
    }
}
