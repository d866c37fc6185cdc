package cn.wulian.liancai.shared.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    private static ChangeCursor.Row row(long id) {
        return new ChangeCursor.Row(id, "index:talent", id * 10, "a");
    }

    private static List<Long> ids(List<ChangeCursor.Row> rows) {
        return rows.stream().map(ChangeCursor.Row::id).toList();
    }

    @Test
    void takesWhatIsNewInIdOrderAndMovesOn() {
        ChangeCursor cursor = new ChangeCursor(10, 1000);
        assertEquals(List.of(11L, 12L), ids(cursor.take(List.of(row(12), row(11)), 0)));
        assertEquals(12, cursor.after());
        assertEquals(List.of(), cursor.gaps());
        assertEquals("id > ?", cursor.condition());
        assertEquals(List.of(12L), cursor.parameters());
    }

    @Test
    void aRowCommittedLateWithALowerIdIsReadThroughItsGapAndOnlyOnce() {
        ChangeCursor cursor = new ChangeCursor(10, 1000);
        // 11 and 13 are still uncommitted when 14 is seen
        assertEquals(List.of(12L, 14L), ids(cursor.take(List.of(row(12), row(14)), 0)));
        assertEquals(List.of(new ChangeCursor.Gap(11, 11, 0), new ChangeCursor.Gap(13, 13, 0)), cursor.gaps());
        assertEquals("id > ? OR id BETWEEN ? AND ? OR id BETWEEN ? AND ?", cursor.condition());
        assertEquals(List.of(14L, 11L, 11L, 13L, 13L), cursor.parameters());

        assertEquals(List.of(13L), ids(cursor.take(List.of(row(13)), 100)));
        assertEquals(List.of(new ChangeCursor.Gap(11, 11, 0)), cursor.gaps());
        // read again (the gap's query and the next one overlap): not taken twice
        assertEquals(List.of(), ids(cursor.take(List.of(row(13), row(14)), 200)));
    }

    @Test
    void anIdInsideAWideGapSplitsIt() {
        ChangeCursor cursor = new ChangeCursor(0, 1000);
        cursor.take(List.of(row(10)), 0);
        assertEquals(List.of(new ChangeCursor.Gap(1, 9, 0)), cursor.gaps());
        assertEquals(List.of(5L), ids(cursor.take(List.of(row(5)), 1)));
        assertEquals(List.of(new ChangeCursor.Gap(1, 4, 0), new ChangeCursor.Gap(6, 9, 0)), cursor.gaps());
        assertEquals(List.of(1L, 9L), ids(cursor.take(List.of(row(1), row(9)), 2)));
        assertEquals(List.of(new ChangeCursor.Gap(2, 4, 0), new ChangeCursor.Gap(6, 8, 0)), cursor.gaps());
    }

    @Test
    void gapsAreGivenUpAfterTheGapTimeAndNeverGrowBeyondTheLimit() {
        ChangeCursor cursor = new ChangeCursor(0, 1000);
        cursor.take(List.of(row(3)), 0);
        cursor.take(List.of(row(5)), 500);
        assertEquals(2, cursor.gaps().size());
        // the rolled-back 1–2 never appears: given up once older than the gap time; 4 is still looked for
        cursor.take(List.of(), 1001);
        assertEquals(List.of(new ChangeCursor.Gap(4, 4, 500)), cursor.gaps());
        // a row of a given-up gap that turns up after all is not taken (the instance compared the index at start, and the
        // gap time is longer than any transaction lives)
        assertEquals(List.of(), ids(cursor.take(List.of(row(2)), 1002)));

        ChangeCursor burst = new ChangeCursor(0, 1000);
        for (long id = 2; id <= 2 * (ChangeCursor.MAX_GAPS + 10); id += 2) {
            burst.take(List.of(row(id)), 0);
        }
        assertEquals(ChangeCursor.MAX_GAPS, burst.gaps().size());
        // the oldest were given up
        assertEquals(21, burst.gaps().getFirst().from());
    }
}
