package cn.wulian.liancai.shared.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far an instance has read the change log, and which ids below that it may still have to read.
 * Ids are drawn when a transaction writes its row, but rows become visible when it commits: a long
 * transaction with a lower id can commit after a short one with a higher id. Reading only "above the
 * highest seen" would lose it; so every id skipped over is kept as a gap and read again, until its
 * row appears or the gap is older than any transaction lives (a rolled-back transaction, or ids an
 * identity generator reserved and never used, leave gaps that never fill).
 */
final class ChangeCursor {

    /** one row of the log as read */
    record Row(long id, String kind, long recordId, String origin) {
    }

    /** ids {@code from}–{@code to} not seen yet, first noticed at {@code sinceMillis} */
    record Gap(long from, long to, long sinceMillis) {
    }

    /** gaps beyond this many: the oldest are given up (a burst of rollbacks must not make every read slower) */
    static final int MAX_GAPS = 100;

    private long after;
    private final long gapMillis;
    private final List<Gap> gaps = new ArrayList<>();

    ChangeCursor(long after, long gapMillis) {
        this.after = after;
        this.gapMillis = gapMillis;
    }

    long after() {
        return after;
    }

    List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    /**
     * Takes rows read above {@link #after} or within a {@link #gaps gap}; returns those not taken
     * before, in id order. Gaps older than the gap time are given up first.
     */
    List<Row> take(List<Row> rows, long nowMillis) {
        gaps.removeIf(g -> nowMillis - g.sinceMillis() > gapMillis);
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(Row::id));
        List<Row> taken = new ArrayList<>();
        for (Row row : sorted) {
            long id = row.id();
            if (id > after) {
                if (id > after + 1) {
                    gaps.add(new Gap(after + 1, id - 1, nowMillis));
                }
                after = id;
                taken.add(row);
            } else if (fill(id)) {
                taken.add(row);
            }
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.removeFirst();
        }
        return taken;
    }

    /** removes {@code id} from the gap holding it; false when no gap holds it (already taken) */
    private boolean fill(long id) {
        for (int i = 0; i < gaps.size(); i++) {
            Gap g = gaps.get(i);
            if (id >= g.from() && id <= g.to()) {
                gaps.remove(i);
                if (id < g.to()) {
                    gaps.add(i, new Gap(id + 1, g.to(), g.sinceMillis()));
                }
                if (id > g.from()) {
                    gaps.add(i, new Gap(g.from(), id - 1, g.sinceMillis()));
                }
                return true;
            }
        }
        return false;
    }

    /** the condition that reads what is new and what may have filled a gap; its parameters are {@link #parameters} */
    String condition() {
        StringBuilder where = new StringBuilder("id > ?");
        for (int i = 0; i < gaps.size(); i++) {
            where.append(" OR id BETWEEN ? AND ?");
        }
        return where.toString();
    }

    List<Long> parameters() {
        List<Long> values = new ArrayList<>();
        values.add(after);
        for (Gap g : gaps) {
            values.add(g.from());
            values.add(g.to());
        }
        return values;
    }
}
