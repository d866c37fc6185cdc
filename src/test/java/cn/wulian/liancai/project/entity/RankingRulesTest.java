package cn.wulian.liancai.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.project.entity.ProjectHistory.MilestoneFact;
import cn.wulian.liancai.project.entity.ProjectHistory.StepFact;
import cn.wulian.liancai.project.entity.ProjectHistory.UpdateFact;
import cn.wulian.liancai.project.entity.RankingRules.MonthlyScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly score on a hand-computed example, what was known when, and the two lists. */
class RankingRulesTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final Instant END_OF_OCTOBER = Instant.parse("2026-10-31T16:00:00Z"); // 1 Nov 00:00 in Shanghai
    static final Instant IN_OCTOBER = Instant.parse("2026-10-20T04:00:00Z");
    static final Instant IN_NOVEMBER = Instant.parse("2026-11-03T04:00:00Z");
    static final LocalDate LATER = LocalDate.of(2026, 11, 27);

    static LocalDate oct(int day) {
        return LocalDate.of(2026, 10, day);
    }

    static ProjectHistory example() {
        return new ProjectHistory(7, LocalDate.of(2026, 1, 10), Instant.parse("2026-01-10T04:00:00Z"),
                List.of(new MilestoneFact(oct(15), oct(12), IN_OCTOBER, IN_OCTOBER),     // met on time in October: +5
                        new MilestoneFact(oct(31), null, IN_OCTOBER, null),                // due in October, unmet: -10
                        new MilestoneFact(oct(5), oct(8), IN_OCTOBER, IN_OCTOBER),         // due in October, met late: -10, no +5
                        new MilestoneFact(LocalDate.of(2026, 12, 31), null, IN_OCTOBER, null)),
                List.of(new UpdateFact(LocalDate.of(2026, 9, 20), 30, IN_OCTOBER),        // end of September: 30
                        new UpdateFact(oct(10), 45, IN_OCTOBER),
                        new UpdateFact(oct(28), 60, IN_OCTOBER)),                           // end of October: 60 → +30
                List.of(new StepFact(ProjectStage.SIGNED, LocalDate.of(2026, 3, 1), IN_OCTOBER),
                        new StepFact(ProjectStage.LANDED, oct(2), IN_OCTOBER)));             // one step in October: +10
    }

    @Test
    void theExampleScoresPartByPart() {
        MonthlyScore s = RankingRules.DEFAULT.score(example(), OCTOBER, LATER);
        assertEquals(new MonthlyScore(7, 30, 1, 1, 2, 30 + 10 + 5 - 20), s);
    }

    @Test
    void pointsComeFromConfiguration() {
        assertEquals(30 + 20 + 1 - 6, new RankingRules(20, 1, 3, 0.25).score(example(), OCTOBER, LATER).score());
    }

    /** the example with October facts entered in November: the milestone due on the 31st met on the 30th, 90 % on the 30th */
    static ProjectHistory enteredInNovember(ProjectHistory h, List<StepFact> steps) {
        return new ProjectHistory(7, h.openedOn(), h.createdAt(),
                h.milestones().stream().map(m -> m.metOn() == null && m.dueOn().equals(oct(31))
                        ? new MilestoneFact(m.dueOn(), oct(30), m.createdAt(), IN_NOVEMBER) : m).toList(),
                List.of(h.updates().get(0), h.updates().get(1), h.updates().get(2), new UpdateFact(oct(30), 90, IN_NOVEMBER)),
                steps);
    }

    @Test
    void whatWasRecordedAfterTheMonthDoesNotChangeItsScore() {
        ProjectHistory h = example();
        ProjectHistory later = enteredInNovember(h, h.steps());
        assertEquals(RankingRules.DEFAULT.score(h, OCTOBER, LATER), RankingRules.DEFAULT.score(later.knownAt(END_OF_OCTOBER), OCTOBER, LATER));
        // the back-dated facts do count once they are known: for a ranking computed later, for later months
        assertEquals(30 + 30 + 10 + 5 + 5 - 10, RankingRules.DEFAULT.score(later, OCTOBER, LATER).score());
    }

    /** what October was published without (entered in November, dated in October) counts in November, from October's published end */
    @Test
    void whatWasEnteredLateCountsInTheMonthItWasEntered() {
        ProjectHistory h = example();
        ProjectHistory entered = enteredInNovember(h,
                List.of(h.steps().get(0), h.steps().get(1), new StepFact(ProjectStage.STARTED, oct(29), IN_NOVEMBER)));
        YearMonth november = YearMonth.of(2026, 11);
        MonthlyScore s = RankingRules.DEFAULT.score(entered, entered.knownAt(END_OF_OCTOBER), november, LATER);
        assertEquals(new MonthlyScore(7, 90 - 60, 1, 1, 0, 30 + 10 + 5), s,
                "October was published at 60 %, its late entries in no month: November measures from there");
        assertEquals(0, RankingRules.DEFAULT.score(entered, november, LATER).progress(), "measured from the back-dated figure, they counted nowhere");
        // a step back-dated further than the month before is no month's work
        ProjectHistory older = new ProjectHistory(7, h.openedOn(), h.createdAt(), h.milestones(), h.updates(),
                List.of(h.steps().get(0), h.steps().get(1), new StepFact(ProjectStage.STARTED, LocalDate.of(2026, 9, 29), IN_NOVEMBER)));
        assertEquals(0, RankingRules.DEFAULT.score(older, older.knownAt(END_OF_OCTOBER), november, LATER).steps());
    }

    @Test
    void inTheMonthStillRunningAMilestoneIsMissedOnlyOnceItsDueDateHasPassed() {
        ProjectHistory h = new ProjectHistory(3, LocalDate.of(2026, 1, 1), IN_OCTOBER,
                List.of(new MilestoneFact(oct(20), null, IN_OCTOBER, null)), List.of(), List.of());
        assertEquals(0, RankingRules.DEFAULT.score(h, OCTOBER, oct(20)).missed(), "due today: still in time");
        assertEquals(1, RankingRules.DEFAULT.score(h, OCTOBER, oct(21)).missed());
        assertEquals(1, RankingRules.DEFAULT.score(h, OCTOBER, LATER).missed());
    }

    @Test
    void projectsProducingBeforeTheMonthOrOpenedAfterItTakeNoPart() {
        ProjectHistory producing = new ProjectHistory(1, LocalDate.of(2025, 1, 1), IN_OCTOBER, List.of(), List.of(),
                List.of(new StepFact(ProjectStage.PRODUCING, LocalDate.of(2026, 9, 30), IN_OCTOBER)));
        ProjectHistory producingInOctober = new ProjectHistory(1, LocalDate.of(2025, 1, 1), IN_OCTOBER, List.of(), List.of(),
                List.of(new StepFact(ProjectStage.PRODUCING, oct(1), IN_OCTOBER)));
        ProjectHistory opensInNovember = new ProjectHistory(2, LocalDate.of(2026, 11, 1), IN_NOVEMBER, List.of(), List.of(), List.of());
        assertFalse(RankingRules.DEFAULT.ranks(producing, OCTOBER));
        assertTrue(RankingRules.DEFAULT.ranks(producingInOctober, OCTOBER));
        assertFalse(RankingRules.DEFAULT.ranks(opensInNovember, OCTOBER));
        assertTrue(RankingRules.DEFAULT.ranks(example(), OCTOBER));
    }

    @Test
    void unitsRankByTheMeanOfTheirProjectsWithSharedRanksAndStableOrder() {
        Map<UnitRanking.Unit, List<MonthlyScore>> units = new LinkedHashMap<>();
        units.put(new UnitRanking.Unit("a", "甲平台"), List.of(score(40), score(20)));   // mean 30.0
        units.put(new UnitRanking.Unit("b", "乙平台"), List.of(score(30)));              // mean 30.0, fewer projects
        units.put(new UnitRanking.Unit("c", "丙平台"), List.of(score(5), score(-2), score(0))); // mean 1.0
        units.put(new UnitRanking.Unit("d", "丁平台"), List.of(score(-10)));
        units.put(new UnitRanking.Unit("e", "戊平台"), List.of());                         // nothing to rank
        UnitRanking r = UnitRanking.of(units, RankingRules.DEFAULT);

        assertEquals(List.of("a", "b", "c", "d"), r.entries().stream().map(UnitRanking.Entry::key).toList());
        assertEquals(List.of(1, 1, 3, 4), r.entries().stream().map(UnitRanking.Entry::rank).toList());
        assertEquals(new BigDecimal("1.0"), r.entries().get(2).score());
        assertEquals(List.of(), r.honour(), "a quarter of four is one place: the two tied firsts are neither split nor both listed");
        assertEquals(new UnitRanking.ListNote(UnitRanking.ListNote.Reason.TIE, 2, 1, new BigDecimal("30.0")), r.honourNote());
        assertEquals(List.of("d"), r.laggards().stream().map(UnitRanking.Entry::key).toList());
        assertEquals(null, r.laggardNote());
    }

    /** an early day of the month: every county leader at 0, one below, one above */
    @Test
    void aWholeGroupTiedAtTheCutOffIsNeverPulledIntoAList() {
        Map<UnitRanking.Unit, List<MonthlyScore>> units = new LinkedHashMap<>();
        for (String leader : List.of("甲", "乙", "丙", "丁", "戊", "己", "庚")) {
            units.put(new UnitRanking.Unit(leader, leader), List.of(score(0)));
        }
        UnitRanking allZero = UnitRanking.of(units, RankingRules.DEFAULT);
        assertEquals(List.of(), allZero.honour());
        assertEquals(List.of(), allZero.laggards(), "0 is not below zero: the 锤炼榜 takes only units below it");
        assertEquals(UnitRanking.ListNote.Reason.NONE, allZero.honourNote().reason());
        assertEquals(UnitRanking.ListNote.Reason.NONE, allZero.laggardNote().reason());

        units.put(new UnitRanking.Unit("up", "上"), List.of(score(12)));
        units.put(new UnitRanking.Unit("down", "下"), List.of(score(-4)));
        UnitRanking r = UnitRanking.of(units, RankingRules.DEFAULT);   // nine units: two places a list
        assertEquals(List.of("up"), r.honour().stream().map(UnitRanking.Entry::key).toList(), "the seven at 0 are not pulled in");
        assertEquals(List.of("down"), r.laggards().stream().map(UnitRanking.Entry::key).toList());
        assertEquals(null, r.honourNote(), "a list that stops at zero needs no note: it holds every unit above it");
    }

    @Test
    void aTieGroupThatFitsExactlyIsListedWholeAndOneThatStraddlesIsLeftOut() {
        // eight units, two places a list
        Map<UnitRanking.Unit, List<MonthlyScore>> fits = new LinkedHashMap<>();
        fits.put(new UnitRanking.Unit("a", "甲"), List.of(score(9)));
        fits.put(new UnitRanking.Unit("b", "乙"), List.of(score(9)));
        for (String k : List.of("c", "d", "e", "f")) {
            fits.put(new UnitRanking.Unit(k, k), List.of(score(1)));
        }
        fits.put(new UnitRanking.Unit("g", "庚"), List.of(score(-3)));
        fits.put(new UnitRanking.Unit("h", "辛"), List.of(score(-3)));
        UnitRanking r = UnitRanking.of(fits, RankingRules.DEFAULT);
        assertEquals(List.of("a", "b"), r.honour().stream().map(UnitRanking.Entry::key).toList(), "two tied for two places: both");
        assertEquals(List.of("g", "h"), r.laggards().stream().map(UnitRanking.Entry::key).sorted().toList());

        Map<UnitRanking.Unit, List<MonthlyScore>> straddles = new LinkedHashMap<>();
        straddles.put(new UnitRanking.Unit("a", "甲"), List.of(score(9)));
        for (String k : List.of("b", "c", "d")) {
            straddles.put(new UnitRanking.Unit(k, k), List.of(score(5)));
        }
        for (String k : List.of("e", "f", "g", "h")) {
            straddles.put(new UnitRanking.Unit(k, k), List.of(score(-2)));
        }
        UnitRanking s = UnitRanking.of(straddles, RankingRules.DEFAULT);
        assertEquals(List.of("a"), s.honour().stream().map(UnitRanking.Entry::key).toList(), "the first alone; three tied for the one place left: none");
        assertEquals(new UnitRanking.ListNote(UnitRanking.ListNote.Reason.TIE, 3, 1, new BigDecimal("5.0")), s.honourNote());
        assertEquals(List.of(), s.laggards(), "four tied at the bottom for two places: none");
        assertEquals(new UnitRanking.ListNote(UnitRanking.ListNote.Reason.TIE, 4, 2, new BigDecimal("-2.0")), s.laggardNote());
    }

    @Test
    void ranksComeFromTheExactMeanAndAListNeverSplitsATie() {
        Map<UnitRanking.Unit, List<MonthlyScore>> units = new LinkedHashMap<>();
        units.put(new UnitRanking.Unit("a", "甲"), List.of(score(10)));
        units.put(new UnitRanking.Unit("b", "乙"), List.of(score(10)));
        units.put(new UnitRanking.Unit("c", "丙"), List.of(score(5)));
        units.put(new UnitRanking.Unit("d", "丁"), List.of(score(3)));
        UnitRanking tie = UnitRanking.of(units, RankingRules.DEFAULT);
        assertEquals(List.of(), tie.honour(), "two firsts for one place: neither");
        assertEquals(List.of(), tie.laggards(), "the last scored 3: the 锤炼榜 takes only units below zero");
        assertEquals(List.of("a", "b"), tie.entries().stream().limit(2).map(UnitRanking.Entry::key).toList(),
                "甲 (jiǎ) before 乙 (yǐ) in Chinese collation, though 乙 comes first by code point");

        // 58/9 = 6.44… and 128/20 = 6.40 both show as 6.4, but they are not equal
        Map<UnitRanking.Unit, List<MonthlyScore>> close = new LinkedHashMap<>();
        List<MonthlyScore> nine = new java.util.ArrayList<>(java.util.Collections.nCopies(8, score(6)));
        nine.add(score(10));
        List<MonthlyScore> twenty = new java.util.ArrayList<>(java.util.Collections.nCopies(16, score(6)));
        twenty.addAll(List.of(score(8), score(8), score(8), score(8)));
        close.put(new UnitRanking.Unit("nine", "九"), nine);
        close.put(new UnitRanking.Unit("twenty", "廿"), twenty);
        UnitRanking r = UnitRanking.of(close, RankingRules.DEFAULT);
        assertEquals(List.of("nine", "twenty"), r.entries().stream().map(UnitRanking.Entry::key).toList());
        assertEquals(List.of(1, 2), r.entries().stream().map(UnitRanking.Entry::rank).toList());
        assertEquals(new BigDecimal("6.4"), r.entries().get(0).score());
        assertEquals(new BigDecimal("6.4"), r.entries().get(1).score());
    }

    @Test
    void theHonourListNeedsAPositiveScoreAndNoUnitIsOnBothLists() {
        UnitRanking allBad = UnitRanking.of(Map.of(new UnitRanking.Unit("a", "甲"), List.of(score(-5)),
                new UnitRanking.Unit("b", "乙"), List.of(score(0))), RankingRules.DEFAULT);
        assertEquals(List.of(), allBad.honour());
        assertEquals(List.of("a"), allBad.laggards().stream().map(UnitRanking.Entry::key).toList());

        UnitRanking one = UnitRanking.of(Map.of(new UnitRanking.Unit("a", "甲"), List.of(score(8))), RankingRules.DEFAULT);
        assertEquals(1, one.honour().size());
        assertEquals(List.of(), one.laggards(), "the only unit is not also its own laggard");
    }

    @Test
    void listSizeIsAShareOfTheRankedUnitsAtLeastOne() {
        assertEquals(0, RankingRules.DEFAULT.listSize(0));
        assertEquals(1, RankingRules.DEFAULT.listSize(3));
        assertEquals(2, RankingRules.DEFAULT.listSize(8));
        assertEquals(4, new RankingRules(10, 5, 10, 0.5).listSize(8));
    }

    static MonthlyScore score(int score) {
        return new MonthlyScore(0, score, 0, 0, 0, score);
    }
}
