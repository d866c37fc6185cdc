package cn.wulian.liancai.project.entity;

import java.time.LocalDate;

/**
 * The rules of 两旗一牌, with their parameters from configuration.
 * <ul>
 * <li>黄旗 yellow on day d: some milestone is due before d and not met by d. Its due date itself is
 *     still in time; a milestone met late clears the yellow flag but never counts as on time.</li>
 * <li>红旗 red on day d: every milestone due before d was met on or before its due date, at least
 *     {@code redMinMilestonesMet} milestones are met, and the latest progress update is at most
 *     {@code redUpdateWithinDays} days old.</li>
 * <li>奖牌 plaque on day d: the project reached 投产 by d, strictly before the due date of its
 *     final milestone (on that very day is on time, not ahead of it).</li>
 * </ul>
 */
public record FlagRules(int redUpdateWithinDays, int redMinMilestonesMet) {

    public static final FlagRules DEFAULT = new FlagRules(30, 1);

    public FlagRules {
        if (redUpdateWithinDays < 0 || redMinMilestonesMet < 0) {
            throw new IllegalArgumentException("flag rule parameters cannot be negative");
        }
    }

    public Flags on(ProjectHistory h, LocalDate day) {
        boolean yellow = h.milestones().stream().anyMatch(m -> m.dueOn().isBefore(day) && !m.metBy(day));
        boolean allDueMetOnTime = h.milestones().stream()
                .filter(m -> m.dueOn().isBefore(day))
                .allMatch(m -> m.metBy(day) && m.metOnTime());
        long met = h.milestones().stream().filter(m -> m.metBy(day)).count();
        boolean recent = h.latestUpdateOn(day).map(last -> !last.plusDays(redUpdateWithinDays).isBefore(day)).orElse(false);
        boolean red = allDueMetOnTime && met >= redMinMilestonesMet && recent;
        boolean plaque = h.reached(ProjectStage.PRODUCING, day)
                .flatMap(producing -> h.finalDueOn().map(producing::isBefore))
                .orElse(false);
        return new Flags(yellow, red, plaque);
    }
}
