package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueCycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueSummaryJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A reviewer's queue as the pages and the API show it. This year's sheets (cycles still under way)
 * come first, the cycle whose review closes soonest at the top, by category and nomination within
 * it; the past cycles' sheets are kept apart, newest year first. Each sheet has where it stands (to
 * score, a draft, submitted, stepped aside). "Done of total" counts this year's sheets the reviewer
 * has not stepped aside from; the deadline is the soonest close of a cycle with sheets still to
 * submit. The walk from sheet to sheet (上一个 / 下一个, 第 n / m) goes through this year's sheets
 * that may be opened, or only those still to submit — the current one always kept in its place, so
 * that submitting it does not lose the reviewer's position.
 */
public final class ReviewQueue {

    public enum State { TODO, DRAFT, SUBMITTED, DECLARED }

    /** one assignment of the queue with its category's name in the page's language */
    public record Row(QueueJson item, State state, String categoryName) {
        /** still to be submitted, and it may be now */
        public boolean open() {
            return unscored() && item.reviewOpen();
        }

        /** not yet submitted, and not stepped aside from */
        public boolean unscored() {
            return state == State.TODO || state == State.DRAFT;
        }
    }

    /** this year's sheets of one cycle, with its deadline and progress */
    public record Group(long cycle, int year, String name, LocalDate reviewCloses, boolean reviewOpen, List<Row> rows) {
        public long done() {
            return rows.stream().filter(r -> r.state() == State.SUBMITTED).count();
        }

        public long total() {
            return rows.stream().filter(r -> r.state() != State.DECLARED).count();
        }

        /** the categories the reviewer has sheets in, each to compare side by side */
        public List<Category> categories() {
            return rows.stream().map(r -> new Category(r.item().category(), r.categoryName())).distinct().toList();
        }

        /** the rows to list: all, or only those still to submit */
        public List<Row> shown(boolean unscoredOnly) {
            return unscoredOnly ? rows.stream().filter(Row::unscored).toList() : rows;
        }
    }

    public record Category(String code, String name) {
    }

    /** where a sheet stands in the walk: {@code n} of {@code m} (n is 0 when the sheet is not in it), and its neighbours */
    public record Position(int n, int m, Long previous, Long next) implements java.io.Serializable {
    }

    private static final Comparator<Row> IN_CYCLE = Comparator.comparing((Row r) -> r.item().category()).thenComparingLong(r -> r.item().nomination());

    private final List<Group> groups;
    private final List<Row> past;

    /**
     * @param drafted    the assignments with a saved draft
     * @param categories category code → name
     */
    public ReviewQueue(List<QueueJson> items, Collection<Long> drafted, Map<String, String> categories) {
        List<Row> rows = items.stream().map(q -> new Row(q, state(q, drafted), categories.getOrDefault(q.category(), q.category()))).toList();
        Map<Long, List<Row>> byCycle = new LinkedHashMap<>();
        rows.stream().filter(r -> r.item().current())
                .sorted(Comparator.comparing((Row r) -> r.item().reviewCloses()).thenComparing(r -> -r.item().year())
                        .thenComparingLong(r -> r.item().cycle()))
                .forEach(r -> byCycle.computeIfAbsent(r.item().cycle(), k -> new ArrayList<>()).add(r));
        this.groups = byCycle.values().stream().map(list -> {
            QueueJson first = list.getFirst().item();
            return new Group(first.cycle(), first.year(), first.cycleName(), first.reviewCloses(), first.reviewOpen(),
                    list.stream().sorted(IN_CYCLE).toList());
        }).toList();
        this.past = rows.stream().filter(r -> !r.item().current())
                .sorted(Comparator.comparing((Row r) -> -r.item().year()).thenComparingLong(r -> r.item().cycle()).thenComparing(IN_CYCLE))
                .toList();
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

    /** this year's sheets, by cycle */
    public List<Group> groups() {
        return groups;
    }

    /** the past cycles' sheets */
    public List<Row> past() {
        return past;
    }

    /** every sheet, this year's first */
    public List<Row> rows() {
        return Stream.concat(groups.stream().flatMap(g -> g.rows().stream()), past.stream()).toList();
    }

    /** this year's sheets that count: all but those stepped aside from */
    public long counting() {
        return groups.stream().mapToLong(Group::total).sum();
    }

    /** this year's sheets submitted */
    public long submitted() {
        return groups.stream().mapToLong(Group::done).sum();
    }

    public long remaining() {
        return counting() - submitted();
    }

    /** the soonest close of a review window with sheets still to submit; null when none is waiting */
    public LocalDate deadline() {
        return groups.stream().filter(g -> g.done() < g.total()).map(Group::reviewCloses).min(Comparator.naturalOrder()).orElse(null);
    }

    /** the sheet's place among this year's sheets that may be opened (only those still to submit, if asked), and its neighbours */
    public Position position(long current, boolean unscoredOnly) {
        List<Long> walk = groups.stream().flatMap(g -> g.rows().stream())
                .filter(r -> r.state() != State.DECLARED && (!unscoredOnly || r.unscored() || r.item().id() == current))
                .map(r -> r.item().id()).toList();
        int at = walk.indexOf(current);
        if (at < 0) {
            return new Position(0, walk.size(), null, walk.isEmpty() ? null : walk.getFirst());
        }
        return new Position(at + 1, walk.size(), at > 0 ? walk.get(at - 1) : null, at + 1 < walk.size() ? walk.get(at + 1) : null);
    }

    /** the queue as the API gives it */
    public QueueSummaryJson json(boolean unscoredOnly) {
        return new QueueSummaryJson(submitted(), counting(), remaining(), deadline(), unscoredOnly,
                groups.stream().map(g -> new QueueCycleJson(g.cycle(), g.year(), g.name(), g.reviewCloses(), g.reviewOpen(), g.done(),
                        g.total(), g.shown(unscoredOnly).stream().map(Row::item).toList())).toList(),
                past.stream().map(Row::item).toList());
    }
}
