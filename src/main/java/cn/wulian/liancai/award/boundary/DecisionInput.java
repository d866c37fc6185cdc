package cn.wulian.liancai.award.boundary;

import java.util.List;

/**
 * The winners of a cycle, each with the justification; whoever is not named is not (or no longer) a
 * winner; the cycle's {@code version} the decision was made on.
 */
public record DecisionInput(List<Winner> winners, Long version) {

    public record Winner(Long nomination, String justification) {
    }
}
