package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.DomainViolation;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cycle's scoring rubric. A reviewer's weighted total for a nomination is on a 0–100 scale: each
 * criterion's score is placed in its range (0 at the minimum, 1 at the maximum), multiplied by its
 * weight in percent, and the products are added. So a rubric of "impact 40%, 0–10" and "return to
 * Wulian 60%, 1–5" gives 8 and 4 the total 40 × 0.8 + 60 × 0.75 = 77.
 */
public record Rubric(List<Criterion> criteria) {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** the rubric's own rules, as field → message key: at least one criterion, codes unique, ranges proper, weights adding to 100 */
    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (criteria.isEmpty()) {
            errors.put("criteria", "validation.required");
            return errors;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            if (c.code() == null || c.code().isBlank() || !codes.add(c.code())) {
                errors.putIfAbsent("criteria", "validation.award.criterionCode");
            } else if (c.name() == null || c.name().isBlank()) {
                errors.putIfAbsent("criteria", "validation.award.criterionName");
            } else if (c.weight() == null || c.weight().signum() <= 0) {
                errors.putIfAbsent("criteria", "validation.award.criterionWeight");
            } else if (c.min() < 0 || c.max() <= c.min() || c.max() > 100) {
                errors.putIfAbsent("criteria", "validation.award.criterionRange");
            }
            sum = sum.add(c.weight() == null ? BigDecimal.ZERO : c.weight());
        }
        if (!errors.containsKey("criteria") && sum.compareTo(HUNDRED) != 0) {
            errors.put("criteria", "validation.award.weightsSum");
        }
        return errors;
    }

    /**
     * The weighted total of one reviewer's scores, 0–100.
     *
     * @throws DomainViolation on {@code scores} when a criterion is missing, unknown or out of its range
     */
    public double total(Map<String, Integer> scores) {
        check(scores);
        double total = 0;
        for (Criterion c : criteria) {
            total += c.weight().doubleValue() * c.fraction(scores.get(c.code()));
        }
        return total;
    }

    /** every criterion scored, within its range, and nothing else; every criterion left unscored is named at once */
    public void check(Map<String, Integer> scores) {
        List<String> missing = criteria.stream().filter(c -> scores.get(c.code()) == null).map(Criterion::name).toList();
        if (missing.size() == 1) {
            throw DomainViolation.of("scores", "validation.award.scoreMissing", missing.getFirst());
        }
        if (!missing.isEmpty()) {
            throw DomainViolation.of("scores", "validation.award.scoresMissing", missing.size(), String.join("、", missing));
        }
        for (Criterion c : criteria) {
            Integer s = scores.get(c.code());
            if (s < c.min() || s > c.max()) {
                throw DomainViolation.of("scores", "validation.award.scoreRange", c.name(), c.min(), c.max());
            }
        }
        for (String code : scores.keySet()) {
            if (criteria.stream().noneMatch(c -> c.code().equals(code))) {
                throw DomainViolation.of("scores", "validation.award.scoreUnknown", code);
            }
        }
    }
}
