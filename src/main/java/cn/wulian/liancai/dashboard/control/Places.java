package cn.wulian.liancai.dashboard.control;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of talents by a place as it was typed, folded into one place however it was written (青島 is
 * 青岛, 濟南 is 济南, surrounding spaces aside), ranked by count with "not recorded" last. Each place keeps
 * every spelling it counted, so a link to the list can ask for exactly those records.
 */
public final class Places {

    private static final ThreadLocal<Transliterator> SIMPLIFIED = ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Places() {
    }

    /**
     * @param key       the place as shown (Simplified), or "" for talents with none recorded
     * @param spellings every way the records write it
     */
    public record Place(String key, long count, Set<String> spellings) {
    }

    /** one way of writing a place, in Simplified characters: the key places are counted under */
    public static String fold(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return SIMPLIFIED.get().transliterate(typed.strip());
    }

    /**
     * @param counts a place as typed → how many talents give it (null or blank: not recorded)
     * @return the places, most talents first, "" last
     */
    public static List<Place> rank(Map<String, Long> counts) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        counts.forEach((typed, n) -> {
            String key = fold(typed);
            totals.computeIfAbsent(key, k -> new long[1])[0] += n;
            if (typed != null && !typed.isBlank()) {
                spellings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(typed.strip());
            }
        });
        List<Place> places = new ArrayList<>();
        totals.forEach((key, n) -> places.add(new Place(key, n[0], spellings.getOrDefault(key, Set.of()))));
        places.sort(Comparator.comparing((Place p) -> p.key().isEmpty()).thenComparing(Comparator.comparingLong(Place::count).reversed())
                .thenComparing(Place::key));
        return places;
    }

    /**
     * The places grouped one level up (cities into provinces): a place the map does not know goes
     * under {@code unknown}, "" stays "".
     *
     * @param up the larger place of each (Simplified) place
     */
    public static List<Place> group(List<Place> places, Map<String, String> up, String unknown) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        for (Place p : places) {
            String key = p.key().isEmpty() ? "" : up.getOrDefault(p.key(), unknown);
            counts.merge(key, p.count(), Long::sum);
            spellings.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(p.spellings());
        }
        List<Place> grouped = new ArrayList<>();
        counts.forEach((key, n) -> grouped.add(new Place(key, n, spellings.get(key))));
        grouped.sort(Comparator.comparing((Place p) -> p.key().isEmpty()).thenComparing(Comparator.comparingLong(Place::count).reversed())
                .thenComparing(Place::key));
        return grouped;
    }
}
