package cn.wulian.liancai.award.control;

import cn.wulian.liancai.award.entity.RankingBasis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns the counted reviews of a cycle (submitted, and not by a conflicted reviewer) into each
 * nomination's figures and the ranking of each category.
 *
 * <p>Per nomination: every reviewer's weighted total (0–100), their mean, median, spread (max − min)
 * and standard deviation (of the totals as they are, not a sample), with high disagreement flagged
 * when the spread reaches the threshold.
 *
 * <p>Normalised score: harsh and lenient reviewers are evened out by turning each total into a
 * z-score against the same reviewer's totals across all their reviews in the cycle —
 * {@code z = (total − reviewer's mean) / reviewer's standard deviation} — and averaging the
 * nomination's z-scores. A reviewer whose totals do not vary (or who scored one nomination) says
 * nothing about harshness: their z is 0. For reading, the average z is shown as {@code 50 + 10 z}.
 *
 * <p>Ranking, within a category, by the cycle's basis (normalised or raw mean), ties broken in this
 * order: the other basis, then the median, then the lowest total (the less contested nomination
 * first). Nominations equal on all of them share a rank and are listed by nomination number; the
 * decision then says who is chosen. Nominations without a counted review are not ranked.
 */
public final class Standings {

    static final double EPSILON = 1e-9;

    /** one counted review: the reviewer's weighted total for a nomination */
    public record Review(long nomination, String reviewer, double total) {
    }

    public record Nominee(long nomination, String category) {
    }

    /** a nomination's figures; the scores are null and the ranks null when no review counts */
    public record Standing(long nomination, String category, Map<String, Double> totals, Map<String, Double> zScores,
                           Double mean, Double median, Double spread, Double deviation, boolean disagreement,
                           Double normalised, Integer rawRank, Integer normalisedRank, Integer rank, boolean tied) {
    }

    private Standings() {
    }

    /**
     * @param nominees     the cycle's nominations in nomination order
     * @param reviews      the counted reviews
     * @param disagreement the spread from which reviewers disagree strongly
     */
    public static List<Standing> of(List<Nominee> nominees, List<Review> reviews, RankingBasis basis, double disagreement) {
        Map<String, double[]> byReviewer = reviewerMoments(reviews);
        Map<Long, Map<String, Double>> totals = new HashMap<>();
        Map<Long, Map<String, Double>> zs = new HashMap<>();
        for (Review r : reviews) {
            totals.computeIfAbsent(r.nomination(), k -> new LinkedHashMap<>()).put(r.reviewer(), r.total());
            double[] m = byReviewer.get(r.reviewer());
            double z = m[1] > EPSILON ? (r.total() - m[0]) / m[1] : 0;
            zs.computeIfAbsent(r.nomination(), k -> new LinkedHashMap<>()).put(r.reviewer(), z);
        }
        List<Row> rows = new ArrayList<>();
        for (Nominee n : nominees) {
            Map<String, Double> t = totals.getOrDefault(n.nomination(), Map.of());
            Map<String, Double> z = zs.getOrDefault(n.nomination(), Map.of());
            rows.add(new Row(n, t, z));
        }
        Map<Long, Integer> rawRanks = new HashMap<>();
        Map<Long, Integer> normalisedRanks = new HashMap<>();
        Map<Long, Integer> ranks = new HashMap<>();
        Map<Long, Boolean> tied = new HashMap<>();
        rows.stream().map(r -> r.nominee.category()).distinct().forEach(category -> {
            List<Row> mine = rows.stream().filter(r -> r.nominee.category().equals(category) && r.mean != null).toList();
            rank(mine, List.of(r -> r.mean), rawRanks, new HashMap<>());
            rank(mine, List.of(r -> r.normalised), normalisedRanks, new HashMap<>());
            rank(mine, tieRule(basis), ranks, tied);
        });
        List<Standing> standings = new ArrayList<>();
        for (Row r : rows) {
            long id = r.nominee.nomination();
            standings.add(new Standing(id, r.nominee.category(), r.totals, r.zScores, r.mean, r.median, r.spread, r.deviation,
                    r.spread != null && r.spread >= disagreement - EPSILON, r.normalised == null ? null : 50 + 10 * r.normalised,
                    rawRanks.get(id), normalisedRanks.get(id), ranks.get(id), tied.getOrDefault(id, false)));
        }
        return standings;
    }

    /** the tie rule, as the figures compared in turn, each higher first: the basis, the other basis, the median, the lowest total */
    static List<ToDoubleFunction<Row>> tieRule(RankingBasis basis) {
        ToDoubleFunction<Row> raw = r -> r.mean;
        ToDoubleFunction<Row> normalised = r -> r.normalised;
        return basis == RankingBasis.RAW ? List.of(raw, normalised, r -> r.median, r -> r.min)
                : List.of(normalised, raw, r -> r.median, r -> r.min);
    }

    /** competition ranking (1, 2, 2, 4) by the figures in turn, higher first; figures closer than EPSILON are equal */
    private static void rank(List<Row> rows, List<ToDoubleFunction<Row>> figures, Map<Long, Integer> ranks, Map<Long, Boolean> tied) {
        Comparator<Row> byFigures = (a, b) -> {
            for (ToDoubleFunction<Row> f : figures) {
                double x = f.applyAsDouble(a);
                double y = f.applyAsDouble(b);
                if (Math.abs(x - y) >= EPSILON) {
                    return x > y ? -1 : 1;
                }
            }
            return 0;
        };
        List<Row> sorted = rows.stream().sorted(byFigures.thenComparingLong(r -> r.nominee.nomination())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            Row previous = i > 0 ? sorted.get(i - 1) : null;
            boolean sameAsPrevious = previous != null && byFigures.compare(previous, r) == 0;
            ranks.put(r.nominee.nomination(), sameAsPrevious ? ranks.get(previous.nominee.nomination()) : i + 1);
            if (sameAsPrevious) {
                tied.put(r.nominee.nomination(), true);
                tied.put(previous.nominee.nomination(), true);
            }
        }
    }

    /** each reviewer's mean and standard deviation over their counted totals */
    private static Map<String, double[]> reviewerMoments(List<Review> reviews) {
        Map<String, List<Double>> byReviewer = new HashMap<>();
        reviews.forEach(r -> byReviewer.computeIfAbsent(r.reviewer(), k -> new ArrayList<>()).add(r.total()));
        Map<String, double[]> moments = new HashMap<>();
        byReviewer.forEach((reviewer, totals) -> moments.put(reviewer, new double[] {mean(totals), deviation(totals)}));
        return moments;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static double deviation(List<Double> values) {
        double m = mean(values);
        return Math.sqrt(values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / values.size());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** one nomination's figures while ranking */
    static final class Row {
        final Nominee nominee;
        final Map<String, Double> totals;
        final Map<String, Double> zScores;
        final Double mean;
        final Double median;
        final Double spread;
        final Double deviation;
        final Double normalised;
        final Double min;

        Row(Nominee nominee, Map<String, Double> totals, Map<String, Double> zScores) {
            this.nominee = nominee;
            this.totals = totals;
            this.zScores = zScores;
            List<Double> t = List.copyOf(totals.values());
            boolean any = !t.isEmpty();
            this.mean = any ? mean(t) : null;
            this.median = any ? median(t) : null;
            this.min = any ? t.stream().min(Double::compare).orElseThrow() : null;
            this.spread = any ? t.stream().max(Double::compare).orElseThrow() - min : null;
            this.deviation = any ? deviation(t) : null;
            this.normalised = any ? mean(List.copyOf(zScores.values())) : null;
        }
    }
}
