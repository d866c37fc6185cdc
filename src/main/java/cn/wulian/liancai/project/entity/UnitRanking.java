package cn.wulian.liancai.project.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A month's ranking of units — platforms or county leaders — by the mean score of their projects,
 * with the two lists (两榜). Equal means share a rank (1, 2, 2, 4); among them the unit with more
 * projects is listed first, then by name, so the order is always the same.
 */
public record UnitRanking(List<Entry> entries, List<Entry> honour, List<Entry> laggards) {

    public record Unit(String key, String label) {
    }

    public record Entry(int rank, String key, String label, int projects, int total, BigDecimal score) {
    }

    public static UnitRanking of(java.util.Map<Unit, List<RankingRules.MonthlyScore>> byUnit, RankingRules rules) {
        List<Entry> unranked = byUnit.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> {
                    int total = e.getValue().stream().mapToInt(RankingRules.MonthlyScore::score).sum();
                    BigDecimal mean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(e.getValue().size()), 1, RoundingMode.HALF_UP);
                    return new Entry(0, e.getKey().key(), e.getKey().label(), e.getValue().size(), total, mean);
                })
                .sorted(Comparator.comparing(Entry::score).reversed()
                        .thenComparing(Comparator.comparingInt(Entry::projects).reversed())
                        .thenComparing(Entry::label).thenComparing(Entry::key))
                .toList();
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Entry e = unranked.get(i);
            int rank = i > 0 && ranked.get(i - 1).score().compareTo(e.score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Entry(rank, e.key(), e.label(), e.projects(), e.total(), e.score()));
        }
        int size = rules.listSize(ranked.size());
        List<Entry> honour = ranked.stream().limit(size).filter(e -> e.score().signum() > 0).toList();
        List<Entry> laggards = new ArrayList<>();
        for (int i = ranked.size() - 1; i >= 0 && laggards.size() < size; i--) {
            if (!honour.contains(ranked.get(i))) {
                laggards.add(ranked.get(i));
            }
        }
        return new UnitRanking(List.copyOf(ranked), honour, List.copyOf(laggards));
    }
}
