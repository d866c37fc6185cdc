package cn.wulian.liancai.project.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month's ranking of units — platforms or county leaders — by the mean score of their projects,
 * with the two lists (两榜). Units rank on the exact mean (shown rounded to one decimal); equal
 * means share a rank (1, 2, 2, 4) and are listed with more projects first, then by name in Chinese
 * collation order, so the order is always the same. A list never splits a tie: every unit whose rank
 * is within the list's size is on it, so a tie at the cut-off may make the list longer.
 */
public record UnitRanking(List<Entry> entries, List<Entry> honour, List<Entry> laggards) {

    private static final Collator NAMES = Collator.getInstance(Locale.CHINA);

    public record Unit(String key, String label) {
    }

    /** {@code score} is the mean rounded for display; the rank comes from the exact mean */
    public record Entry(int rank, String key, String label, int projects, int total, BigDecimal score) {
    }

    private record Exact(Unit unit, int projects, int total, BigDecimal mean) {
    }

    public static UnitRanking of(Map<Unit, List<RankingRules.MonthlyScore>> byUnit, RankingRules rules) {
        List<Exact> sorted = byUnit.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> {
                    int total = e.getValue().stream().mapToInt(RankingRules.MonthlyScore::score).sum();
                    return new Exact(e.getKey(), e.getValue().size(), total,
                            BigDecimal.valueOf(total).divide(BigDecimal.valueOf(e.getValue().size()), 12, RoundingMode.HALF_UP));
                })
                .sorted(Comparator.comparing(Exact::mean).reversed()
                        .thenComparing(Comparator.comparingInt(Exact::projects).reversed())
                        .thenComparing((a, b) -> NAMES.compare(a.unit().label(), b.unit().label()))
                        .thenComparing(x -> x.unit().key()))
                .toList();
        List<Entry> ranked = new ArrayList<>();
        List<Integer> fromBottom = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Exact e = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).mean().compareTo(e.mean()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Entry(rank, e.unit().key(), e.unit().label(), e.projects(), e.total(), e.mean().setScale(1, RoundingMode.HALF_UP)));
            fromBottom.add(1 + (int) sorted.stream().filter(o -> o.mean().compareTo(e.mean()) < 0).count());
        }
        int size = rules.listSize(ranked.size());
        List<Entry> honour = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).rank() <= size && sorted.get(i).mean().signum() > 0) {
                honour.add(ranked.get(i));
            }
        }
        List<Entry> laggards = new ArrayList<>();
        for (int i = ranked.size() - 1; i >= 0; i--) {
            if (fromBottom.get(i) <= size && !honour.contains(ranked.get(i))) {
                laggards.add(ranked.get(i));
            }
        }
        return new UnitRanking(List.copyOf(ranked), List.copyOf(honour), List.copyOf(laggards));
    }
}
