package cn.wulian.liancai.award.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.DomainViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The weighted total on a 0–100 scale, and what a rubric and a score sheet must be. */
class RubricTest {

    static final Rubric TWO = new Rubric(List.of(
            new Criterion("impact", "创新创业成效", new BigDecimal("40"), 0, 10, null),
            new Criterion("return", "返乡贡献", new BigDecimal("60"), 1, 5, null)));

    @Test
    void theTotalPlacesEachScoreInItsRangeAndWeighsIt() {
        assertEquals(77, TWO.total(Map.of("impact", 8, "return", 4)), 1e-9);
        assertEquals(0, TWO.total(Map.of("impact", 0, "return", 1)), 1e-9);
        assertEquals(100, TWO.total(Map.of("impact", 10, "return", 5)), 1e-9);
    }

    @Test
    void aScoreSheetNamesEveryCriterionWithinItsRange() {
        assertEquals("validation.award.scoreMissing",
                assertThrows(DomainViolation.class, () -> TWO.total(Map.of("impact", 8))).fieldKeys().get("scores"));
        DomainViolation none = assertThrows(DomainViolation.class, () -> TWO.total(Map.of()));
        assertEquals("validation.award.scoresMissing", none.fieldKeys().get("scores"), "every unscored criterion named at once");
        assertEquals("validation.award.scoreRange",
                assertThrows(DomainViolation.class, () -> TWO.total(Map.of("impact", 11, "return", 4))).fieldKeys().get("scores"));
        assertEquals("validation.award.scoreUnknown",
                assertThrows(DomainViolation.class, () -> TWO.total(Map.of("impact", 8, "return", 4, "looks", 3))).fieldKeys().get("scores"));
    }

    @Test
    void aRubricsWeightsAddUpToAHundred() {
        assertEquals(Map.of(), TWO.problems());
        assertEquals("validation.award.weightsSum", new Rubric(List.of(
                new Criterion("a", "A", new BigDecimal("40"), 0, 10, null))).problems().get("criteria"));
        assertEquals("validation.award.criterionRange", new Rubric(List.of(
                new Criterion("a", "A", new BigDecimal("100"), 5, 5, null))).problems().get("criteria"));
        assertEquals("validation.award.criterionCode", new Rubric(List.of(
                new Criterion("a", "A", new BigDecimal("50"), 0, 10, null), new Criterion("a", "B", new BigDecimal("50"), 0, 10, null)))
                .problems().get("criteria"));
        assertEquals("validation.required", new Rubric(List.of()).problems().get("criteria"));
    }
}
