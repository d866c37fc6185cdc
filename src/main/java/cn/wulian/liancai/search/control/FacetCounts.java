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
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of some facets among the documents a query matches: per segment, an array of
 * counts indexed by the segment's value numbers (the facet's doc values), turned into values once at
 * the end. A facet has tens of values at most (townships, degrees, stages), so the arrays are small
 * and the cost is one doc-values read per matching document and facet.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, List<FacetCount>>> {

    /** most values a facet shows; the rest are left out (a facet of cities could be long) */
    static final int MOST_VALUES = 30;

    private final List<String> facets;

    /** @param facets the facets' names, e.g. {@code township}; {@code type} is the documents' type */
    FacetCounts(List<String> facets) {
        this.facets = List.copyOf(facets);
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, List<FacetCount>> reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        facets.forEach(f -> totals.put(f, new HashMap<>()));
        for (Counter counter : counters) {
            for (Segment segment : counter.segments) {
                for (int f = 0; f < facets.size(); f++) {
                    int[] counts = segment.counts[f];
                    Map<String, Long> total = totals.get(facets.get(f));
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            total.merge(segment.values[f].lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                        }
                    }
                }
            }
        }
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        totals.forEach((facet, counts) -> result.put(facet, counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(MOST_VALUES).toList()));
        return result;
    }

    private record Segment(SortedSetDocValues[] values, int[][] counts) {
    }

    final class Counter implements Collector {

        private final List<Segment> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[facets.size()];
            int[][] counts = new int[facets.size()][];
            for (int f = 0; f < facets.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), IndexSchema.FACET_PREFIX + facets.get(f));
                counts[f] = new int[(int) values[f].getValueCount()];
            }
            segments.add(new Segment(values, counts));
            // the readers used to count are read once more by value number in reduce; fresh ones walk the documents
            SortedSetDocValues[] walking = new SortedSetDocValues[facets.size()];
            for (int f = 0; f < facets.size(); f++) {
                walking[f] = DocValues.getSortedSet(context.reader(), IndexSchema.FACET_PREFIX + facets.get(f));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int f = 0; f < walking.length; f++) {
                        if (walking[f].advanceExact(doc)) {
                            for (int i = 0, n = walking[f].docValueCount(); i < n; i++) {
                                counts[f][(int) walking[f].nextOrd()]++;
                            }
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
