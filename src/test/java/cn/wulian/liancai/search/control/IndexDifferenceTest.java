package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexDifferenceTest {

    @Test
    void recordsAreComparedByIdAndStamp() {
        IndexDifference d = IndexDifference.between("team",
                Map.of(5L, "1", 3L, "2.1.-", 4L, "7.2.3", 1L, "1"),
                Map.of(3L, "2.1.-", 4L, "7.2.2", 9L, "1", 2L, "4"));
        assertEquals(List.of(1L, 5L), d.missing());
        assertEquals(List.of(2L, 9L), d.extra());
        assertEquals(List.of(4L), d.stale(), "an embedded record's version differs");
        assertEquals(4, d.inDatabase());
        assertEquals(4, d.inIndex());
        assertFalse(d.inStep());
        assertTrue(IndexDifference.between("team", Map.of(1L, "1.-"), Map.of(1L, "1.-")).inStep());
        assertTrue(IndexDifference.between("team", Map.of(), Map.of()).inStep());
    }

    @Test
    void onlyWhatASecondLookFindsAgainIsADifference() {
        IndexDifference first = IndexDifference.between("talent", Map.of(1L, "1", 2L, "1", 3L, "2"), Map.of(3L, "1", 4L, "1"));
        // meanwhile 1's after-commit write arrived, and 3 was written again and indexed
        IndexDifference second = IndexDifference.between("talent", Map.of(1L, "1", 2L, "1", 3L, "3"), Map.of(1L, "1", 3L, "3", 4L, "1"));
        IndexDifference confirmed = first.confirmedBy(second);
        assertEquals(List.of(2L), confirmed.missing());
        assertEquals(List.of(4L), confirmed.extra());
        assertEquals(List.of(), confirmed.stale());
        assertEquals(3, confirmed.inIndex());
        assertThrows(IllegalArgumentException.class, () -> first.confirmedBy(IndexDifference.between("team", Map.of(), Map.of())));
    }
}
