package cn.wulian.liancai.network.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is linked to how many others, and which talents hang together, over pairs of talent ids: the
 * distinct talents each one is linked to directly, and the groups (connected components: linked
 * directly or through others), largest first.
 */
public final class Links {

    private final Map<Long, Set<Long>> neighbours = new HashMap<>();
    private final Map<Long, Long> parent = new HashMap<>();

    public Links(List<long[]> pairs) {
        for (long[] p : pairs) {
            if (p[0] == p[1]) {
                continue;
            }
            neighbours.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
            neighbours.computeIfAbsent(p[1], k -> new HashSet<>()).add(p[0]);
            union(p[0], p[1]);
        }
    }

    /** how many distinct talents this one is linked to */
    public long degree(long talent) {
        return neighbours.getOrDefault(talent, Set.of()).size();
    }

    /** the talents linked to at least one other */
    public long linked() {
        return neighbours.size();
    }

    /** the best connected talents, most links first (ties: the smaller id), at most {@code most} */
    public List<Long> connectors(int most) {
        return neighbours.keySet().stream().sorted(byDegree()).limit(most).toList();
    }

    /** the groups of linked talents, largest first (ties: the group of the smallest id first), each its members best connected first */
    public List<List<Long>> groups() {
        Map<Long, List<Long>> byRoot = new HashMap<>();
        for (Long t : neighbours.keySet()) {
            byRoot.computeIfAbsent(find(t), k -> new ArrayList<>()).add(t);
        }
        List<List<Long>> groups = new ArrayList<>();
        for (List<Long> members : byRoot.values()) {
            members.sort(byDegree());
            groups.add(members);
        }
        groups.sort(Comparator.comparingInt((List<Long> g) -> g.size()).reversed()
                .thenComparing(g -> g.stream().mapToLong(Long::longValue).min().orElse(0)));
        return groups;
    }

    private Comparator<Long> byDegree() {
        return Comparator.comparingLong((Long t) -> degree(t)).reversed().thenComparing(Comparator.naturalOrder());
    }

    private long find(long t) {
        long root = t;
        while (parent.getOrDefault(root, root) != root) {
            root = parent.get(root);
        }
        // halve the paths walked: the next find is shorter
        long at = t;
        while (at != root) {
            long next = parent.getOrDefault(at, at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    private void union(long a, long b) {
        long ra = find(a);
        long rb = find(b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
