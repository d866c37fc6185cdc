package cn.wulian.liancai.project.entity;

import java.io.Serializable;
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
 * collation order, so the order is always the same.
 * <p>
 * The 奋斗榜 takes units above zero from the top, the 锤炼榜 units below zero from the bottom, each up
 * to the list's size. A group of tied units that straddles the cut-off is neither split nor pulled in
 * whole — on an early day of the month most units stand at 0 together, and a list of seven "firsts"
 * says nothing — so a list may be shorter than its size, or empty; its {@link ListNote} says why.
 */
public record UnitRanking(List<Entry> entries, List<Entry> honour, List<Entry> laggards, ListNote honourNote, ListNote laggardNote) implements Serializable {

    private static final Collator NAMES = Collator.getInstance(Locale.CHINA);

    public record Unit(String key, String label) {
    }

    /** {@code score} is the mean rounded for display; the rank comes from the exact mean */
    public record Entry(int rank, String key, String label, int projects, int total, BigDecimal score) implements Serializable {
    }

    /**
     * Why a list holds fewer units than its size: {@code TIE} when {@code tied} units share the score
     * at the cut-off and only {@code places} places were left; {@code NONE} when no unit within the
     * size scored on the list's side of zero (above for the 奋斗榜, below for the 锤炼榜).
     */
    public record ListNote(Reason reason, int tied, int places, BigDecimal score) implements Serializable {

        public enum Reason { TIE, NONE }
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
        for (int i = 0; i < sorted.size(); i++) {
            Exact e = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).mean().compareTo(e.mean()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Entry(rank, e.unit().key(), e.unit().label(), e.projects(), e.total(), e.mean().setScale(1, RoundingMode.HALF_UP)));
        }
        int size = rules.listSize(ranked.size());
        List<Exact> fromBottom = sorted.reversed();
        List<Entry> ranksFromBottom = ranked.reversed();
        Cut honour = cut(sorted, ranked, size, 1);
        Cut laggards = cut(fromBottom, ranksFromBottom, size, -1);
        return new UnitRanking(List.copyOf(ranked), honour.units(), laggards.units(), honour.note(), laggards.note());
    }

    private record Cut(List<Entry> units, ListNote note) {
    }

    /**
     * The list taken from the head of {@code order}: whole tie groups of units whose mean has the
     * sign {@code side}, as long as a group fits within {@code size} places.
     */
    private static Cut cut(List<Exact> order, List<Entry> entries, int size, int side) {
        List<Entry> taken = new ArrayList<>();
        int i = 0;
        while (i < order.size() && i < size) {
            BigDecimal mean = order.get(i).mean();
            int end = i;
            while (end < order.size() && order.get(end).mean().compareTo(mean) == 0) {
                end++;
            }
            if (mean.signum() != side) {
                break;
            }
            if (end > size) {
                return new Cut(List.copyOf(taken), new ListNote(ListNote.Reason.TIE, end - i, size - i, entries.get(i).score()));
            }
            taken.addAll(entries.subList(i, end));
            i = end;
        }
        ListNote note = taken.isEmpty() && !order.isEmpty() ? new ListNote(ListNote.Reason.NONE, 0, size, null) : null;
        return new Cut(List.copyOf(taken), note);
    }
}
