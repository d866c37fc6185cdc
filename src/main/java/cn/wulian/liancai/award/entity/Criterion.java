package cn.wulian.liancai.award.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One criterion of a cycle's rubric: its weight in percent (the weights of a rubric add up to 100)
 * and the range of whole scores a reviewer may give, with guidance for reviewers.
 */
public record Criterion(String code, String name, BigDecimal weight, int min, int max, String guidance) implements Serializable {

    /** a score's place in the range, 0 at the minimum and 1 at the maximum */
    double fraction(int score) {
        return (score - min) / (double) (max - min);
    }
}
