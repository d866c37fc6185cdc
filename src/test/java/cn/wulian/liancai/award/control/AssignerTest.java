package cn.wulian.liancai.award.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.control.Assigner.Result;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Automatic assignment: k reviewers each, never a conflicted one, the load balanced, earlier assignments kept. */
class AssignerTest {

    static final List<String> FIVE = List.of("reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5");

    static Map<String, Long> load(List<Pair> pairs) {
        return pairs.stream().collect(Collectors.groupingBy(Pair::reviewer, Collectors.counting()));
    }

    @Test
    void twentyNominationsThreeEachSpreadOverFiveReviewersEvenly() {
        List<Long> twenty = LongStream.rangeClosed(1, 20).boxed().toList();
        Result r = Assigner.assign(twenty, FIVE, 3, Map.of(), Set.of());
        assertEquals(60, r.added().size());
        assertEquals(Map.of("reviewer1", 12L, "reviewer2", 12L, "reviewer3", 12L, "reviewer4", 12L, "reviewer5", 12L), load(r.added()));
        twenty.forEach(n -> assertEquals(3, r.added().stream().filter(p -> p.nomination() == n).map(Pair::reviewer).distinct().count()));
        assertTrue(r.shortfall().isEmpty());
        assertEquals(r, Assigner.assign(twenty, FIVE, 3, Map.of(), Set.of()), "the same input gives the same assignment");
    }

    @Test
    void aConflictedReviewerIsNeverAssignedAndTheOthersTakeTheLoad() {
        List<Long> ten = LongStream.rangeClosed(1, 10).boxed().toList();
        Set<Pair> conflicted = new HashSet<>();
        ten.forEach(n -> conflicted.add(new Pair(n, "reviewer1")));
        conflicted.add(new Pair(3, "reviewer2"));
        Result r = Assigner.assign(ten, FIVE, 2, Map.of(), conflicted);
        assertTrue(r.added().stream().noneMatch(conflicted::contains), r::toString);
        Map<String, Long> load = load(r.added());
        assertEquals(null, load.get("reviewer1"));
        long max = load.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = load.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(max - min <= 1, () -> "balanced: " + load);
    }

    @Test
    void existingAssignmentsAreKeptAndCountedAndAShortfallIsReported() {
        Map<Long, Set<String>> existing = new HashMap<>();
        existing.put(1L, Set.of("reviewer1"));
        Set<Pair> conflicted = Set.of(new Pair(2, "reviewer1"), new Pair(2, "reviewer2"));
        Result r = Assigner.assign(List.of(1L, 2L), List.of("reviewer1", "reviewer2", "reviewer3"), 2, existing, conflicted);
        assertEquals(List.of(new Pair(1, "reviewer2"), new Pair(2, "reviewer3")), r.added());
        assertEquals(Map.of(2L, 1), r.shortfall(), "nomination 2 has only one reviewer free of conflict");
    }
}
