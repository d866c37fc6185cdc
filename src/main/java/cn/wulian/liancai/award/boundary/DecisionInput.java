package cn.wulian.liancai.award.boundary;

import java.util.List;

/** The winners of a cycle, each with the justification; whoever is not named is not (or no longer) a winner. */
public record DecisionInput(List<Winner> winners) {

    public record Winner(Long nomination, String justification) {
    }
}
