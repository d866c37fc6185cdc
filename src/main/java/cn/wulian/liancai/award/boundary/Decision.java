package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.RankingJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.StandingJson;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The winners being chosen on the ranking page: per nomination a tick and the justification, as
 * last decided to begin with. {@link #toInput} sends the ticked ones; the facade checks the quotas
 * and that each has a justification, the page only counts as the office ticks.
 */
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** one nomination's choice */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String category;
        private boolean winner;
        private String justification;

        Choice(String category, boolean winner, String justification) {
            this.category = category;
            this.winner = winner;
            this.justification = justification;
        }

        public boolean isWinner() { return winner; }
        public void setWinner(boolean winner) { this.winner = winner; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
    }

    private final Map<Long, Choice> choices = new LinkedHashMap<>();

    static Decision of(RankingJson ranking) {
        Decision d = new Decision();
        for (StandingJson s : ranking.standings()) {
            d.choices.put(s.nomination(), new Choice(s.category(), s.winner(), s.justification()));
        }
        return d;
    }

    /** @param version the cycle's version the page shows */
    DecisionInput toInput(long version) {
        return new DecisionInput(choices.entrySet().stream().filter(e -> e.getValue().winner)
                .map(e -> new DecisionInput.Winner(e.getKey(), e.getValue().justification)).toList(), version);
    }

    /** the choice for one nomination, for the page's inputs */
    public Choice of(long nomination) {
        return choices.get(nomination);
    }

    /** how many are ticked in a category */
    public long chosen(String category) {
        return choices.values().stream().filter(c -> c.winner && c.category.equals(category)).count();
    }
}
