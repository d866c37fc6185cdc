package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.shared.rest.Echoes;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A cycle as office staff set it: {@code categories} [{code, quota}], {@code criteria} [{code, name,
 * weight (percent), min, max, guidance}], {@code committee} (reviewers' user names), {@code rule}
 * (the eligibility rule over a talent's facts, as for policies), {@code basis} NORMALISED or RAW,
 * {@code disagreement} the spread (0–100) from which reviewers are flagged as disagreeing;
 * {@code version} as read, required when editing.
 */
@Echoes(AwardJsonViews.CycleJson.class)
public record CycleInput(Integer year, String name, LocalDate nominationOpens, LocalDate nominationCloses,
                         LocalDate reviewOpens, LocalDate reviewCloses, List<CategoryQuota> categories, List<Criterion> criteria,
                         List<String> committee, JsonValue rule, Integer reviewersPerNomination, String basis,
                         BigDecimal disagreement, Long version) {
}
