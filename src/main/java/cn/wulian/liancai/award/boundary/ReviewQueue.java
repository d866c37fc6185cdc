package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueJson;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewer's queue as the pages show it: each assignment with where it stands (to score, a draft,
 * submitted, stepped aside), how far the reviewer has got, and which nomination comes next — the
 * first after the current one, wrapping round, that is still to be submitted while its review
 * window is open.
 */
public final class ReviewQueue {

    public enum State { TODO, DRAFT, SUBMITTED, DECLARED }

    /** one assignment of the queue with its category's name in the page's language */
    public record Row(QueueJson item, State state, String categoryName) {
        /** still to be submitted, and it may be now */
        public boolean open() {
            return (state == State.TODO || state == State.DRAFT) && item.reviewOpen();
        }
    }

    private final List<Row> rows;

    /**
     * @param drafted    the assignments with a saved draft
     * @param categories category code → name
     */
    public ReviewQueue(List<QueueJson> items, Collection<Long> drafted, Map<String, String> categories) {
        this.rows = items.stream().map(q -> new Row(q, state(q, drafted), categories.getOrDefault(q.category(), q.category()))).toList();
    }

    private static State state(QueueJson q, Collection<Long> drafted) {
        if (q.declared()) {
            return State.DECLARED;
        }
        if (q.submittedRevision() > 0) {
            return State.SUBMITTED;
        }
        return drafted.contains(q.id()) ? State.DRAFT : State.TODO;
    }

    public List<Row> rows() {
        return rows;
    }

    /** the assignments that count: all but those stepped aside */
    public long counting() {
        return rows.stream().filter(r -> r.state() != State.DECLARED).count();
    }

    public long submitted() {
        return rows.stream().filter(r -> r.state() == State.SUBMITTED).count();
    }

    /** the next assignment to score after this one, wrapping round; empty when there is none but this one */
    public Optional<Long> next(long current) {
        int at = 0;
        while (at < rows.size() && rows.get(at).item().id() != current) {
            at++;
        }
        for (int step = 1; step <= rows.size(); step++) {
            Row r = rows.get((at + step) % rows.size());
            if (r.item().id() != current && r.open()) {
                return Optional.of(r.item().id());
            }
        }
        return Optional.empty();
    }
}
