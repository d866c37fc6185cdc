package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.rules.entity.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What office staff set for a cycle, the rule already read: the year and its name, the nomination
 * and review windows, the categories with their quotas, the rubric, the committee (user names of
 * reviewers), the eligibility rule, how many reviewers each nomination gets, which score ranks
 * (normalised or raw) and the spread from which reviewers are said to disagree.
 */
public record CycleTerms(Integer year, String name, LocalDate nominationOpens, LocalDate nominationCloses,
                         LocalDate reviewOpens, LocalDate reviewCloses, List<CategoryQuota> categories, Rubric rubric,
                         List<String> committee, Rule rule, Integer reviewersPerNomination, RankingBasis basis,
                         BigDecimal disagreement) {
}
