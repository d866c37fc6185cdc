package cn.wulian.liancai.search.control;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts the matching rows that come before a row of the given sort values in the sort's order:
 * each row's doc values compared with the row's, field by field, as the sort itself compares them
 * (the sort ends with a unique field, so no row ties with it).
 */
final class RowsBefore implements CollectorManager<RowsBefore.Counter, Integer> {

    private final Sort sort;
    private final Object[] values;

    RowsBefore(Sort sort, Object[] values) {
        this.sort = sort;
        this.values = values;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Integer reduce(Collection<Counter> counters) {
        return counters.stream().mapToInt(c -> c.before).sum();
    }

    final class Counter extends SimpleCollector {

        private final List<FieldComparator<Object>> comparators = new ArrayList<>();
        private final List<LeafFieldComparator> leaves = new ArrayList<>();
        private final boolean[] reversed;
        int before;

        @SuppressWarnings("unchecked")
        Counter() {
            SortField[] fields = sort.getSort();
            reversed = new boolean[fields.length];
            for (int i = 0; i < fields.length; i++) {
                FieldComparator<Object> comparator = (FieldComparator<Object>) fields[i].getComparator(1, Pruning.NONE);
                comparator.setTopValue(values[i]);
                comparators.add(comparator);
                reversed[i] = fields[i].getReverse();
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            leaves.clear();
            for (FieldComparator<Object> comparator : comparators) {
                leaves.add(comparator.getLeafComparator(context));
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            // sorted by values only
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < leaves.size(); i++) {
                // compareTop: > 0 when the row's value is below the top value
                int c = leaves.get(i).compareTop(doc);
                if (c != 0) {
                    if ((c > 0) != reversed[i]) {
                        before++;
                    }
                    return;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
