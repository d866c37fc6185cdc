package cn.wulian.liancai.award.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.QueueSummaryJson;
import cn.wulian.liancai.award.boundary.ReviewQueue.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    static final LocalDate SOON = LocalDate.of(2026, 12, 20);
    static final LocalDate LATER = LocalDate.of(2027, 1, 15);
    static final Map<String, String> NAMES = Map.of("innovation", "创新创业类", "service", "服务家乡类");

    /** assignment id, nomination id, cycle, category, submitted?, declared?, this year's? */
    static QueueJson row(long id, long nomination, long cycle, String category, boolean submitted, boolean declared, boolean current) {
        LocalDate closes = cycle == 1 ? LATER : cycle == 2 ? SOON : LocalDate.of(2025, 11, 30);
        int year = cycle == 3 ? 2025 : 2026;
        return new QueueJson(id, nomination, year, category, "被提名人" + id, submitted ? 1 : 0, declared, current, closes, cycle,
                "评选 " + cycle, current);
    }

    /*
     * Cycle 1 closes later, cycle 2 sooner (so it comes first); cycle 3 is last year's. In cycle 1:
     * 11 (service, submitted), 12 (innovation, to do), 13 (innovation, declared), 14 (innovation, draft).
     * In cycle 2: 21 (service, submitted), 22 (service, to do). In cycle 3: 31, 32 (submitted).
     */
    static ReviewQueue queue() {
        return new ReviewQueue(List.of(
                row(31, 310, 3, "innovation", true, false, false),
                row(11, 110, 1, "service", true, false, true),
                row(12, 120, 1, "innovation", false, false, true),
                row(13, 130, 1, "innovation", false, true, true),
                row(14, 105, 1, "innovation", false, false, true),
                row(21, 210, 2, "service", true, false, true),
                row(22, 205, 2, "service", false, false, true),
                row(32, 320, 3, "service", true, false, false)), Set.of(14L), NAMES);
    }

    @Test
    void thisYearsSheetsComeByDeadlineThenCategoryAndNominationThePastApart() {
        ReviewQueue q = queue();
        assertEquals(List.of(2L, 1L), q.groups().stream().map(ReviewQueue.Group::cycle).toList(), "the cycle closing sooner first");
        assertEquals(List.of(22L, 21L), ids(q.groups().get(0).rows()), "by nomination within a category");
        assertEquals(List.of(14L, 12L, 13L, 11L), ids(q.groups().get(1).rows()), "创新创业类 before 服务家乡类, by nomination within");
        assertEquals(List.of(31L, 32L), ids(q.past()));
        assertEquals(List.of(ReviewQueue.State.DRAFT, ReviewQueue.State.TODO, ReviewQueue.State.DECLARED, ReviewQueue.State.SUBMITTED),
                q.groups().get(1).rows().stream().map(ReviewQueue.Row::state).toList());
    }

    @Test
    void doneOfTotalCountsThisYearsSheetsButThoseSteppedAsideFrom() {
        ReviewQueue q = queue();
        assertEquals(2, q.submitted(), "11 and 21; last year's do not count");
        assertEquals(5, q.counting(), "13 is stepped aside from");
        assertEquals(3, q.remaining());
        assertEquals(1, q.groups().get(0).done());
        assertEquals(2, q.groups().get(0).total());
        assertEquals(1, q.groups().get(1).done());
        assertEquals(3, q.groups().get(1).total());
        assertEquals(SOON, q.deadline(), "the soonest close with sheets still to submit");
    }

    @Test
    void theDeadlineIsTheNextCycleWithWorkLeftAndNoneWhenAllIsDone() {
        ReviewQueue secondDone = new ReviewQueue(List.of(row(21, 210, 2, "service", true, false, true),
                row(12, 120, 1, "innovation", false, false, true)), Set.of(), NAMES);
        assertEquals(LATER, secondDone.deadline());
        ReviewQueue allDone = new ReviewQueue(List.of(row(21, 210, 2, "service", true, false, true)), Set.of(), NAMES);
        assertNull(allDone.deadline());
        assertEquals(0, allDone.remaining());
    }

    @Test
    void onlyUnscoredListsWhatIsStillToSubmitButCountsAll() {
        QueueSummaryJson all = queue().json(false);
        QueueSummaryJson unscored = queue().json(true);
        assertEquals(List.of(List.of(22L, 21L), List.of(14L, 12L, 13L, 11L)), all.cycles().stream()
                .map(c -> c.items().stream().map(QueueJson::id).toList()).toList());
        assertEquals(List.of(List.of(22L), List.of(14L, 12L)), unscored.cycles().stream()
                .map(c -> c.items().stream().map(QueueJson::id).toList()).toList());
        assertEquals(List.of(2L, 2L, 3L), List.of(unscored.done(), all.done(), unscored.remaining()));
        assertEquals(5, unscored.total());
        assertEquals(SOON, unscored.deadline());
        assertEquals(List.of(31L, 32L), unscored.past().stream().map(QueueJson::id).toList(), "the past stays as it is");
    }

    @Test
    void theWalkGoesThroughThisYearsSheetsInQueueOrderSkippingTheDeclared() {
        ReviewQueue q = queue();
        // the walk: 22, 21, 14, 12, 11 (13 declared)
        assertEquals(new Position(1, 5, null, 21L), q.position(22, false));
        assertEquals(new Position(2, 5, 22L, 14L), q.position(21, false), "from one cycle into the next");
        assertEquals(new Position(4, 5, 14L, 11L), q.position(12, false), "over the declared one");
        assertEquals(new Position(5, 5, 12L, null), q.position(11, false));
    }

    @Test
    void onlyUnscoredWalksTheSheetsStillToSubmitKeepingTheOneOpen() {
        ReviewQueue q = queue();
        // unscored: 22, 14, 12
        assertEquals(new Position(1, 3, null, 14L), q.position(22, true));
        assertEquals(new Position(3, 3, 14L, null), q.position(12, true));
        // 21 was just submitted: it keeps its place among them, so 下一个 goes on from where the reviewer is
        assertEquals(new Position(2, 4, 22L, 14L), q.position(21, true));
    }

    @Test
    void aSheetOutsideTheWalkHasNoPlaceInIt() {
        ReviewQueue q = queue();
        assertEquals(new Position(0, 5, null, 22L), q.position(31, false), "last year's sheet");
        assertEquals(new Position(0, 5, null, 22L), q.position(13, false), "one stepped aside from");
        assertEquals(new Position(0, 0, null, null), new ReviewQueue(List.of(), Set.of(), NAMES).position(1, true));
    }

    private static List<Long> ids(List<ReviewQueue.Row> rows) {
        return rows.stream().map(r -> r.item().id()).toList();
    }
}
