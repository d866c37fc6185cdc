package cn.wulian.liancai.award.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.award.entity.RankingBasis;
import cn.wulian.liancai.award.control.Standings.Nominee;
import cn.wulian.liancai.award.control.Standings.Review;
import cn.wulian.liancai.award.control.Standings.Standing;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Aggregation and normalisation on a hand-computed example. Reviewer A is harsh (50, 60, 40),
 * B lenient (90, 80, 85), C gives everyone 70:
 * <pre>
 *        A: mean 50, sd √(200/3) = 8.16497   B: mean 85, sd √(50/3) = 4.08248   C: sd 0, so z = 0
 *  N1    50 → z 0                            90 → z +1.22474                    70 → 0    raw 70  z̄ +0.40825  T 54.08
 *  N2    60 → z +1.22474                     80 → z −1.22474                    70 → 0    raw 70  z̄ 0         T 50.00
 *  N3    40 → z −1.22474                     85 → z 0                           70 → 0    raw 65  z̄ −0.40825  T 45.92
 * </pre>
 * Raw means tie N1 and N2 at 70; the normalised score separates them.
 */
class StandingsTest {

    static final List<Nominee> THREE = List.of(new Nominee(1, "INNOVATION"), new Nominee(2, "INNOVATION"), new Nominee(3, "INNOVATION"));
    static final List<Review> REVIEWS = List.of(
            new Review(1, "A", 50), new Review(2, "A", 60), new Review(3, "A", 40),
            new Review(1, "B", 90), new Review(2, "B", 80), new Review(3, "B", 85),
            new Review(1, "C", 70), new Review(2, "C", 70), new Review(3, "C", 70));

    static Map<Long, Standing> byId(List<Standing> standings) {
        return standings.stream().collect(Collectors.toMap(Standing::nomination, Function.identity()));
    }

    @Test
    void eachNominationsFiguresAreComputedAsByHand() {
        Map<Long, Standing> s = byId(Standings.of(THREE, REVIEWS, RankingBasis.NORMALISED, 25));
        Standing n1 = s.get(1L);
        assertEquals(70, n1.mean(), 1e-9);
        assertEquals(70, n1.median(), 1e-9);
        assertEquals(40, n1.spread(), 1e-9);
        assertEquals(Math.sqrt(800.0 / 3), n1.deviation(), 1e-9);
        assertEquals(0, n1.zScores().get("A"), 1e-9);
        assertEquals(1.224744871, n1.zScores().get("B"), 1e-6);
        assertEquals(0, n1.zScores().get("C"), 1e-9, "a reviewer whose totals never vary says nothing about harshness");
        assertEquals(50 + 10 * 1.224744871 / 3, n1.normalised(), 1e-6);
        assertEquals(50, s.get(2L).normalised(), 1e-9);
        assertEquals(50 - 10 * 1.224744871 / 3, s.get(3L).normalised(), 1e-6);
        assertEquals(65, s.get(3L).mean(), 1e-9);
    }

    @Test
    void highDisagreementIsFlaggedFromTheThreshold() {
        Map<Long, Standing> s = byId(Standings.of(THREE, REVIEWS, RankingBasis.NORMALISED, 25));
        assertTrue(s.get(1L).disagreement(), "spread 40");
        assertFalse(s.get(2L).disagreement(), "spread 20");
        assertTrue(s.get(3L).disagreement(), "spread 45");
        assertTrue(byId(Standings.of(THREE, REVIEWS, RankingBasis.NORMALISED, 20)).get(2L).disagreement(), "the threshold itself counts");
    }

    @Test
    void rawAndNormalisedRankingsAreBothKeptAndTheBasisDecides() {
        Map<Long, Standing> s = byId(Standings.of(THREE, REVIEWS, RankingBasis.NORMALISED, 25));
        assertEquals(List.of(1, 1, 3), List.of(s.get(1L).rawRank(), s.get(2L).rawRank(), s.get(3L).rawRank()), "raw means tie at 70");
        assertEquals(List.of(1, 2, 3), List.of(s.get(1L).normalisedRank(), s.get(2L).normalisedRank(), s.get(3L).normalisedRank()));
        assertEquals(List.of(1, 2, 3), List.of(s.get(1L).rank(), s.get(2L).rank(), s.get(3L).rank()));

        Map<Long, Standing> raw = byId(Standings.of(THREE, REVIEWS, RankingBasis.RAW, 25));
        assertEquals(List.of(1, 2, 3), List.of(raw.get(1L).rank(), raw.get(2L).rank(), raw.get(3L).rank()),
                "on the raw basis the tie at 70 is broken by the normalised score");
        assertFalse(raw.get(1L).tied());
    }

    @Test
    void theTieRuleGoesOnToTheMedianAndTheLowestTotalAndThenSharesTheRank() {
        // same mean 70 and, with one reviewer each side being harsh and lenient alike, same z̄; medians differ
        List<Nominee> four = List.of(new Nominee(1, "X"), new Nominee(2, "X"), new Nominee(3, "X"), new Nominee(4, "X"));
        List<Review> reviews = List.of(
                new Review(1, "A", 60), new Review(1, "B", 80),
                new Review(2, "A", 80), new Review(2, "B", 60),
                new Review(3, "A", 70), new Review(3, "B", 70),
                new Review(4, "A", 70), new Review(4, "B", 70));
        Map<Long, Standing> s = byId(Standings.of(four, reviews, RankingBasis.RAW, 25));
        // 3 and 4 have the lowest total 70 against 60: the less contested first; 1 and 2 are equal on everything
        assertEquals(1, s.get(3L).rank());
        assertEquals(1, s.get(4L).rank());
        assertTrue(s.get(3L).tied() && s.get(4L).tied(), "equal on every figure: a shared rank, the decision chooses");
        assertEquals(3, s.get(1L).rank());
        assertEquals(3, s.get(2L).rank());
        assertTrue(s.get(1L).tied());
    }

    @Test
    void categoriesRankApartAndUnreviewedNominationsAreNotRanked() {
        List<Nominee> nominees = List.of(new Nominee(1, "X"), new Nominee(2, "Y"), new Nominee(3, "Y"));
        List<Review> reviews = List.of(new Review(1, "A", 40), new Review(2, "A", 90));
        Map<Long, Standing> s = byId(Standings.of(nominees, reviews, RankingBasis.NORMALISED, 25));
        assertEquals(1, s.get(1L).rank());
        assertEquals(1, s.get(2L).rank());
        assertNull(s.get(3L).rank());
        assertNull(s.get(3L).mean());
        assertTrue(s.get(3L).totals().isEmpty());
    }
}
