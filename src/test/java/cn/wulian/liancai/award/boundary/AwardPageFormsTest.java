package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.talent.boundary.TalentForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewJson;
import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The award pages' forms without a container: the set-up form sends only the ticked categories and
 * names unnamed criteria, the review sheet's running total is the rubric's over what is scored, and
 * the queue's "next" skips what is done and wraps round.
 */
class AwardPageFormsTest {

    static final Criterion IMPACT = new Criterion("impact", "创新创业成效", new BigDecimal("40"), 0, 10, null);
    static final Criterion RETURN = new Criterion("return", "返乡贡献", new BigDecimal("60"), 1, 5, null);

    @Test
    void theSetUpFormSendsTheTickedCategoriesAndGivesUnnamedCriteriaACode() {
        CycleForm form = CycleForm.fresh(2027, LocalDate.of(2026, 11, 27),
                List.of(new CategoryJson("innovation", "创新创业类", 0), new CategoryJson("service", "公益服务类", 0)), List.of("reviewer1", "reviewer2"));
        form.getCategories().get(0).setQuota(2);
        form.getCategories().get(1).setIncluded(false);
        form.getCriteria().get(0).setName("创新创业成效");
        form.getCriteria().get(0).setWeight(new BigDecimal("40"));
        form.addCriterion();
        form.getCriteria().get(1).setName("返乡贡献");
        form.getCriteria().get(1).setCode(" return ");
        form.getCriteria().get(1).setWeight(new BigDecimal("60.0"));

        CycleInput input = form.toInput(JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(List.of(new CategoryQuota("innovation", 2)), input.categories());
        assertEquals(List.of("c1", "return"), input.criteria().stream().map(Criterion::code).toList());
        assertEquals(0, input.criteria().get(1).max(), "an empty bound goes as 0, for the rubric's check to name");
        assertEquals(new BigDecimal("100"), form.getWeightSum());
        assertEquals(true, form.isWeightsComplete());
        assertEquals(2, input.reviewersPerNomination(), "no more reviewers per nomination than the committee has");
        assertEquals(LocalDate.of(2026, 12, 27), input.nominationCloses());
    }

    @Test
    void theRunningTotalIsTheRubricsOverTheCriteriaScoredSoFar() {
        ReviewForm form = ReviewForm.of(review(Map.of()));
        assertNull(form.getTotal(), "nothing scored");
        form.getRows().get(0).setScore(8);
        assertEquals(0, new BigDecimal("32").compareTo(form.getTotal()), "40 % of 8 out of 0–10");
        form.getRows().get(1).setScore(4);
        assertEquals(0, new BigDecimal("77").compareTo(form.getTotal()));
        form.getRows().get(1).setScore(9);
        assertNull(form.getTotal(), "out of its range");
        form.getRows().get(1).setScore(null);
        form.getRows().get(0).setComment("  企业成长快 ");
        SheetInput input = form.toInput(7);
        assertEquals(Map.of("impact", 8), input.scores());
        assertEquals(7L, input.version(), "the version the page shows is sent");
        assertEquals(Map.of("impact", "企业成长快"), input.comments());
    }

    @Test
    void aNominationSentWithoutANomineeGoesWithoutOneForTheFacadeToAskFor() {
        NominationForm form = new NominationForm();
        assertNull(form.toInput(2).talentId(), "no nominee picked and nothing typed (it threw before: a null unboxed)");
        form.setTalent("孙维明");
        assertEquals(TalentForm.UNPICKED, form.toInput(2).talentId(), "typed, not picked: named beside the picker");
        form.setTalent("孙维明 (#37)");
        assertEquals(37L, form.toInput(2).talentId());
    }

    private static ReviewJson review(Map<String, Integer> scores) {
        return new ReviewJson(1, null, List.of(IMPACT, RETURN), scores, Map.of(), null, 0, null, true, List.of(), List.of(), true, null, 7, null);
    }
}
