package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    private static final List<Long> LIST = List.of(7L, 3L, 9L, 4L);

    @Test
    void aRecordInsideTheListHasBothNeighbours() {
        assertEquals(new Neighbours(2, 4, 7L, 9L), Neighbours.of(LIST, 3));
        assertEquals(new Neighbours(3, 4, 3L, 4L), Neighbours.of(LIST, 9));
    }

    @Test
    void theEndsHaveOneNeighbour() {
        assertEquals(new Neighbours(1, 4, null, 3L), Neighbours.of(LIST, 7));
        assertEquals(new Neighbours(4, 4, 9L, null), Neighbours.of(LIST, 4));
        assertEquals(new Neighbours(1, 1, null, null), Neighbours.of(List.of(5L), 5));
    }

    @Test
    void aRecordTheListNoLongerHoldsIsNotListedAndHasNoNeighbours() {
        Neighbours gone = Neighbours.of(LIST, 8);
        assertEquals(new Neighbours(0, 4, null, null), gone);
        assertFalse(gone.listed());
        assertTrue(Neighbours.of(LIST, 7).listed());
    }
}
