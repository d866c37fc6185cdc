package cn.wulian.liancai.project.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How a month's progress is scored (月排名), with the points from configuration. A project's score
 * for month M, from its records as known at the end of M:
 * <pre>
 *   percent at the end of M − percent at the end of M−1 (as known when M−1 closed)
 * + stepPoints   × stage steps dated in M (or in M−1, and recorded in M)
 * + metPoints    × milestones met in M on or before their due date (or in M−1, and recorded in M)
 * − missedPoints × milestones due in M and not met by their due date
 * </pre>
 * A unit's (platform's, county leader's) score is the mean of its projects' scores. Projects that
 * had reached 投产 before M began, or were opened after it ended, take no part. The 奋斗榜 holds the
 * top {@code listShare} of the ranked units (at least one) with a positive score; the 锤炼榜 the same
 * number from the bottom, never a unit already on the 奋斗榜.
 */
public record RankingRules(int stepPoints, int metPoints, int missedPoints, double listShare) implements Serializable {

    public static final RankingRules DEFAULT = new RankingRules(10, 5, 10, 0.25);

    public RankingRules {
        if (stepPoints < 0 || metPoints < 0 || missedPoints < 0 || listShare <= 0 || listShare > 0.5) {
            throw new IllegalArgumentException("ranking points cannot be negative and the list share is in (0, 0.5]");
        }
    }

    /** whether the project takes part in the month's ranking */
    public boolean ranks(ProjectHistory h, YearMonth month) {
        LocalDate first = month.atDay(1);
        return !h.openedOn().isAfter(month.atEndOfMonth())
                && h.reached(ProjectStage.PRODUCING, first.minusDays(1)).isEmpty();
    }

    /**
     * The project's score for the month; {@code h} must already be the history as known at the
     * month's end. {@code today} matters only for the month still running: a milestone due later
     * in it is not missed yet (its due date itself is still in time).
     */
    public MonthlyScore score(ProjectHistory h, YearMonth month, LocalDate today) {
        return score(h, h, month, today);
    }

    /**
     * The score, measured from what the month before was published with: {@code before} is the
     * history as known when the month began (when the month before closed). Progress, steps and
     * milestones met that were dated in the month before but recorded only after it closed count
     * in this month, the one they were entered in: they counted in neither (an update of 90 % for
     * November entered in December made December's progress 0 where November's published end was
     * 25 %). Older back-dated steps and milestones count in no month: a register filled in
     * afterwards is no month's work. For a project registered during the month, nothing was
     * published before: pass its history as {@code before} too, and what it brought along counts
     * not at all.
     */
    public MonthlyScore score(ProjectHistory h, ProjectHistory before, YearMonth month, LocalDate today) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate lateFrom = month.minusMonths(1).atDay(1);
        LocalDate passedBefore = today.isAfter(last) ? last.plusDays(1) : today;
        int progress = h.percentOn(last) - before.percentOn(first.minusDays(1));
        int steps = (int) (h.steps().stream().filter(s -> within(s.on(), lateFrom, last)).count()
                - before.steps().stream().filter(s -> within(s.on(), lateFrom, first.minusDays(1))).count());
        int met = (int) (h.milestones().stream().filter(m -> m.metOnTime() && within(m.metOn(), lateFrom, last)).count()
                - before.milestones().stream().filter(m -> m.metOnTime() && within(m.metOn(), lateFrom, first.minusDays(1))).count());
        int missed = (int) h.milestones().stream()
                .filter(m -> within(m.dueOn(), first, last) && m.dueOn().isBefore(passedBefore) && !m.metBy(m.dueOn())).count();
        int score = progress + stepPoints * steps + metPoints * met - missedPoints * missed;
        return new MonthlyScore(h.projectId(), progress, steps, met, missed, score);
    }

    /** how many units each of the two lists holds when {@code ranked} units are ranked */
    public int listSize(int ranked) {
        return ranked == 0 ? 0 : Math.max(1, (int) Math.floor(ranked * listShare));
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** one project's month, part by part, so the published list can show why */
    public record MonthlyScore(long projectId, int progress, int steps, int metOnTime, int missed, int score) {
    }
}
