package cn.wulian.liancai.search.control;

import cn.wulian.liancai.search.control.SearchResult.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The counts beside a search's page, in one pass over what its query matches before the types are
 * chosen: the hits of each type (the tabs), and among the hits of the types asked for, their number
 * and the values of each facet. (Three passes — the count, the facets, the types — cost three times
 * the matching and three times the rewriting of a fuzzy word; at a million talents a word like 大学
 * matches nine in ten of them.)
 *
 * <p>The pass counts the types and marks the hits of the types asked for; their facets are then
 * counted from the marks — all of them up to {@value #EXACT_UP_TO} hits, above that a sample of
 * about {@value #SAMPLE} (the same documents for the same search: chosen by a hash of their
 * number), scaled to the total and marked as estimated: six doc-values reads for each of 900,000 hits cost 50 ms on this kind of machine, where
 * the shares of townships and degrees among them are what a user reads off the facet anyway. The
 * total and the types are always exact.
 *
 * <p>Per segment, arrays of counts indexed by the segment's value numbers (the doc values), turned
 * into values once at the end. A facet has tens of values at most (townships, degrees, stages), so
 * the arrays are small; values that are single per document (all of ours so far) are read without
 * the multi-valued machinery.
 */
final class SearchCounts implements CollectorManager<SearchCounts.Counter, SearchCounts.Counts> {

    /** most values a facet shows; the rest are left out (a facet of cities could be long) */
    static final int MOST_VALUES = 30;
    /** up to this many hits every hit's facets are counted */
    static final int EXACT_UP_TO = 100_000;
    /** the hits whose facets are counted above {@link #EXACT_UP_TO} */
    static final int SAMPLE = 50_000;

    /**
     * What a search counted.
     *
     * @param total the hits of the types asked for
     * @param types the hits of every type, by type
     * @param facets the values of each facet among the hits of the types asked for, the most frequent first
     * @param estimated whether the facets' counts are estimated from a sample of the hits
     */
    record Counts(long total, Map<String, Long> types, Map<String, List<FacetCount>> facets, boolean estimated) {
    }

    private final List<String> facets;
    private final Set<String> types;
    private final int exactUpTo;
    private final int sample;

    /**
     * @param facets the facets' names, e.g. {@code township}
     * @param types the types whose hits are counted in total and by facet; empty for all
     */
    SearchCounts(List<String> facets, Set<String> types) {
        this(facets, types, EXACT_UP_TO, SAMPLE);
    }

    SearchCounts(List<String> facets, Set<String> types, int exactUpTo, int sample) {
        this.facets = List.copyOf(facets);
        this.types = Set.copyOf(types);
        this.exactUpTo = exactUpTo;
        this.sample = sample;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Counts reduce(Collection<Counter> counters) throws IOException {
        List<Segment> segments = new ArrayList<>();
        counters.forEach(c -> segments.addAll(c.segments));
        long total = 0;
        Map<String, Long> byType = new TreeMap<>();
        for (Segment segment : segments) {
            total += segment.total[0];
            add(segment.type, segment.typeCounts, 1, byType);
        }
        long stride = total > exactUpTo ? (total + sample - 1) / sample : 1;
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        facets.forEach(f -> totals.put(f, new HashMap<>()));
        long sampled = 0;
        for (Segment segment : segments) {
            int[][] counts = new int[facets.size()][];
            Walk[] walks = new Walk[facets.size()];
            SortedSetDocValues[] values = new SortedSetDocValues[facets.size()];
            for (int f = 0; f < facets.size(); f++) {
                String field = IndexSchema.FACET_PREFIX + facets.get(f);
                values[f] = DocValues.getSortedSet(segment.context.reader(), field);
                counts[f] = new int[(int) values[f].getValueCount()];
                walks[f] = Walk.of(segment.context, field, counts[f]);
            }
            FixedBitSet hits = segment.hits;
            for (int doc = hits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < hits.length() ? hits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (stride == 1 || Long.remainderUnsigned(scrambled(segment.context.docBase + doc), stride) == 0) {
                    sampled++;
                    for (Walk walk : walks) {
                        walk.count(doc);
                    }
                }
            }
            for (int f = 0; f < facets.size(); f++) {
                add(values[f], counts[f], 1, totals.get(facets.get(f)));
            }
        }
        double scale = sampled == 0 ? 1 : (double) total / sampled;
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        totals.forEach((facet, counts) -> result.put(facet, counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), stride == 1 ? e.getValue() : Math.max(1, Math.round(e.getValue() * scale))))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(MOST_VALUES).toList()));
        return new Counts(total, byType, result, stride > 1);
    }

    /**
     * a document's number scrambled (the finaliser of MurmurHash3): a sample of every n-th document
     * would see only one value of a facet whose values alternate in the order of import
     */
    private static long scrambled(int doc) {
        long h = doc;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static void add(SortedSetDocValues values, int[] counts, long times, Map<String, Long> into) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord] * times, Long::sum);
            }
        }
    }

    /** a segment, its types' dictionary (read once more by value number in reduce) and counts, and its hits of the types asked for */
    private record Segment(LeafReaderContext context, SortedSetDocValues type, int[] typeCounts, FixedBitSet hits, long[] total) {
    }

    /** the doc values of one facet in one segment, walked document by document */
    private record Walk(SortedDocValues single, SortedSetDocValues multi, int[] counts) {

        static Walk of(LeafReaderContext context, String field, int[] counts) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
            SortedDocValues single = DocValues.unwrapSingleton(values);
            return new Walk(single, single == null ? values : null, counts);
        }

        void count(int doc) throws IOException {
            if (single != null) {
                if (single.advanceExact(doc)) {
                    counts[single.ordValue()]++;
                }
            } else if (multi.advanceExact(doc)) {
                for (int i = 0, n = multi.docValueCount(); i < n; i++) {
                    counts[(int) multi.nextOrd()]++;
                }
            }
        }

        /** the value number of a single-valued field (the type), -1 when the document has none */
        int ord(int doc) throws IOException {
            if (single != null) {
                return single.advanceExact(doc) ? single.ordValue() : -1;
            }
            return multi.advanceExact(doc) ? (int) multi.nextOrd() : -1;
        }
    }

    final class Counter implements Collector {

        private final List<Segment> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            String typeField = IndexSchema.FACET_PREFIX + IndexSchema.TYPE;
            SortedSetDocValues typeValues = DocValues.getSortedSet(context.reader(), typeField);
            int[] typeCounts = new int[(int) typeValues.getValueCount()];
            boolean[] counted = new boolean[typeCounts.length];
            for (int ord = 0; ord < counted.length; ord++) {
                counted[ord] = types.isEmpty();
            }
            for (String type : types) {
                long ord = typeValues.lookupTerm(new BytesRef(type));
                if (ord >= 0) {
                    counted[(int) ord] = true;
                }
            }
            FixedBitSet hits = new FixedBitSet(context.reader().maxDoc());
            long[] total = new long[1];
            segments.add(new Segment(context, typeValues, typeCounts, hits, total));
            Walk type = Walk.of(context, typeField, typeCounts);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    int ord = type.ord(doc);
                    if (ord >= 0) {
                        typeCounts[ord]++;
                        if (counted[ord]) {
                            total[0]++;
                            hits.set(doc);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
