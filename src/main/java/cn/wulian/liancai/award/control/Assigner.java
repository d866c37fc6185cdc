package cn.wulian.liancai.award.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Automatic assignment of reviewers: each nomination gets up to {@code k} reviewers, never one with
 * a conflict, always the least loaded free reviewer first (fewest assignments in the cycle so far,
 * then by user name, so the result is the same every time). Assignments already made, by hand or
 * earlier, are kept and counted in the load. A nomination that cannot get {@code k} reviewers
 * without conflict gets as many as there are, and the shortfall is reported.
 */
public final class Assigner {

    public record Pair(long nomination, String reviewer) {
    }

    public record Result(List<Pair> added, Map<Long, Integer> shortfall) {
    }

    private Assigner() {
    }

    /**
     * @param nominations the nominations in the order they are served
     * @param reviewers   the committee
     * @param existing    nomination → reviewers already assigned (counted, not repeated)
     * @param conflicted  the pairs that must never be assigned
     */
    public static Result assign(List<Long> nominations, List<String> reviewers, int k, Map<Long, Set<String>> existing, Set<Pair> conflicted) {
        Map<String, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r, 0));
        existing.values().forEach(set -> set.forEach(r -> load.computeIfPresent(r, (x, n) -> n + 1)));
        List<Pair> added = new ArrayList<>();
        Map<Long, Integer> shortfall = new LinkedHashMap<>();
        for (long n : nominations) {
            Set<String> already = existing.getOrDefault(n, Set.of());
            int needed = k - (int) already.stream().filter(r -> !conflicted.contains(new Pair(n, r))).count();
            List<String> free = reviewers.stream()
                    .filter(r -> !already.contains(r) && !conflicted.contains(new Pair(n, r)))
                    .sorted(Comparator.comparingInt((String r) -> load.get(r)).thenComparing(r -> r))
                    .toList();
            for (String r : free.subList(0, Math.max(0, Math.min(needed, free.size())))) {
                added.add(new Pair(n, r));
                load.merge(r, 1, Integer::sum);
            }
            if (needed > free.size()) {
                shortfall.put(n, needed - free.size());
            }
        }
        return new Result(added, shortfall);
    }
}
