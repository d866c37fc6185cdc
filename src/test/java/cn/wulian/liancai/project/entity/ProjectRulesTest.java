package cn.wulian.liancai.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentDetails;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A project's own rules: its details, the pipeline's order, the commitment and the progress timeline. */
class ProjectRulesTest {

    static final Clock CLOCK = TestClock.CLOCK;
    static final LocalDate TODAY = TestClock.TODAY;
    static final Talent LEAD = new Talent(new TalentDetails("厉志远", null, 1982, null, null, null, null, null, null, null, null, null,
            List.of(), null, null, null, Stage.RETURNED, null, null, null, null, null), CLOCK);

    static ProjectDetails details(String planned, RecommenderKind kind, String recommenderName, String reward, LocalDate opened) {
        return new ProjectDetails("石材尾料综合利用", null, LEAD, null, "石材加工", null, "五莲经济开发区", planned == null ? null : new BigDecimal(planned),
                null, "副县长 孙丽", kind, null, null, recommenderName, reward == null ? null : new BigDecimal(reward), opened, null);
    }

    static Project project() {
        return new Project(details("1000000", null, null, null, TODAY.minusMonths(6)), CLOCK);
    }

    static Set<String> fields(Runnable r) {
        return assertThrows(DomainViolation.class, r::run).fieldKeys().keySet();
    }

    @Test
    void moneyIsExactNotNegativeAndFitsItsColumn() {
        assertTrue(Project.money(new BigDecimal("0")));
        assertTrue(Project.money(new BigDecimal("12371800000.10")));
        assertTrue(Project.money(new BigDecimal("1.500")), "trailing zeros are not extra precision");
        assertFalse(Project.money(new BigDecimal("1.234")));
        assertFalse(Project.money(new BigDecimal("-0.01")));
        assertFalse(Project.money(new BigDecimal("100000000000000")));
        assertEquals(Map.of("plannedInvestment", "validation.project.amount"),
                Project.problems(details("0", null, null, null, TODAY), CLOCK), "a project plans some investment");
    }

    @Test
    void theRecommenderIsNamedAsItsKindSaysAndARewardNeedsOne() {
        assertEquals(Set.of("recommenderName"), Project.problems(details("1", RecommenderKind.OUTSIDER, " ", null, TODAY), CLOCK).keySet());
        assertEquals(Set.of("recommenderReward"), Project.problems(details("1", null, null, "430000", TODAY), CLOCK).keySet());
        assertEquals(Map.of(), Project.problems(details("1", RecommenderKind.OUTSIDER, "王会长", "430000", TODAY), CLOCK));
        Project p = new Project(details("1", RecommenderKind.OUTSIDER, " 王会长 ", "430000", TODAY), CLOCK);
        assertEquals("王会长", p.recommenderLabel());
    }

    @Test
    void talksCannotBeginInTheFutureOrBeforeTheFirstStep() {
        assertEquals(Set.of("openedOn"), Project.problems(details("1", null, null, null, TODAY.plusDays(1)), CLOCK).keySet());
        Project p = project();
        p.advance(TODAY.minusMonths(3), "office", null, CLOCK);
        p.advance(TODAY.minusMonths(1), "office", null, CLOCK);
        assertEquals(Set.of("openedOn"), fields(() -> p.revise(details("1", null, null, null, TODAY.minusMonths(2)),
                TODAY.minusMonths(3), CLOCK)), "after the first step (签约), though before the last");
        p.revise(details("1", null, null, null, TODAY.minusMonths(3)), TODAY.minusMonths(3), CLOCK);
        assertEquals(TODAY.minusMonths(1), p.getStageSince(), "revising the details does not move the stage date");
    }

    @Test
    void stepsGoForwardOneAtATimeInDateOrder() {
        Project p = project();
        assertEquals(Set.of("on"), fields(() -> p.advance(TODAY.plusDays(1), "office", null, CLOCK)));
        assertEquals(Set.of("on"), fields(() -> p.advance(TODAY.minusYears(1), "office", null, CLOCK)), "before talks began");
        StageTransition signed = p.advance(TODAY.minusDays(10), "office", " 签约仪式 ", CLOCK);
        assertEquals(ProjectStage.NEGOTIATING, signed.getFrom());
        assertEquals(ProjectStage.SIGNED, signed.getTo());
        assertEquals("签约仪式", signed.getNote());
        assertEquals(Set.of("on"), fields(() -> p.advance(TODAY.minusDays(11), "office", null, CLOCK)));
        p.advance(TODAY.minusDays(10), "office", null, CLOCK); // the same day is allowed: signed and landed together
        p.advance(TODAY, "office", null, CLOCK);
        StageTransition last = p.advance(TODAY, "office", null, CLOCK);
        assertEquals(ProjectStage.PRODUCING, last.getTo());
        assertNull(last.getNote());
        assertEquals(Set.of("stage"), fields(() -> p.advance(TODAY, "office", null, CLOCK)));
        assertTrue(ProjectStage.LANDED.landed());
        assertFalse(ProjectStage.SIGNED.landed());
    }

    @Test
    void aMilestoneIsMetOnceNotInTheFutureAndKnowsIfItWasOnTime() {
        Project p = project();
        assertEquals(Set.of("title", "dueOn", "standard"), fields(() -> new Milestone(p, " ", null, null, "office", CLOCK)));
        assertEquals(Set.of("dueOn"), fields(() -> new Milestone(p, "开工", TODAY.minusYears(1), "许可证", "office", CLOCK)));
        Milestone m = new Milestone(p, "开工", TODAY.minusDays(5), "取得施工许可证", "office", CLOCK);
        assertEquals(Set.of("metOn"), fields(() -> m.meet(TODAY.plusDays(1), "office", CLOCK)));
        m.meet(TODAY.minusDays(4), "office", CLOCK);
        assertFalse(m.metOnTime(), "one day late");
        assertEquals(Set.of("metOn"), fields(() -> m.meet(TODAY, "office", CLOCK)), "met once");
        Milestone onTheDay = new Milestone(p, "签约", TODAY, "签订投资协议", "office", CLOCK);
        onTheDay.meet(TODAY, "office", CLOCK);
        assertTrue(onTheDay.metOnTime());
    }

    @Test
    void anUpdateHasADayAPercentAndWords() {
        Project p = project();
        assertEquals(Set.of("on", "percent", "text"), fields(() -> new ProgressUpdate(p, null, null, " ", "office", CLOCK)));
        assertEquals(Set.of("on", "percent"), fields(() -> new ProgressUpdate(p, TODAY.plusDays(1), 101, "x", "office", CLOCK)));
        assertEquals(Set.of("on", "percent"), fields(() -> new ProgressUpdate(p, TODAY.minusYears(1), -1, "x", "office", CLOCK)));
        ProgressUpdate u = new ProgressUpdate(p, TODAY, 100, " 全面投产 ", "mgr-fatong", CLOCK);
        assertEquals("全面投产", u.getText());
        assertEquals(CLOCK.instant(), u.getRecordedAt());
    }

    @Test
    void anInvestmentBeyondThePlanIsSaidInWholePercentRoundedUp() {
        assertNull(Project.overPlanPercent(new BigDecimal("1000000"), new BigDecimal("1000000")), "on the plan");
        assertNull(Project.overPlanPercent(new BigDecimal("1000000"), new BigDecimal("300000")));
        assertNull(Project.overPlanPercent(new BigDecimal("1000000"), null));
        assertEquals(20, Project.overPlanPercent(new BigDecimal("1000000"), new BigDecimal("1200000")));
        assertEquals(1, Project.overPlanPercent(new BigDecimal("1000000"), new BigDecimal("1000000.01")), "any excess shows");
        assertEquals(Integer.MAX_VALUE, Project.overPlanPercent(new BigDecimal("0.01"), new BigDecimal("999999999999")));
    }
}
