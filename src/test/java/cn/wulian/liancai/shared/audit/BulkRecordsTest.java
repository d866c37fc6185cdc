package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A bulk entry's detail: ids as ranges, read back to tell which records it names. */
class BulkRecordsTest {

    @Test
    void idsInARunAreOneRangeAndAGapStartsTheNext() {
        BulkRecords r = BulkRecords.of("TALENT", List.of(1001L, 1002L, 1003L, 1005L, 1007L, 1008L));
        assertEquals("TALENT 1001-1003,1005,1007-1008 (6)", r.toString());

        BulkRecords read = BulkRecords.parse(r.toString());
        assertTrue(read.names(new RecordRef("TALENT", 1002L)));
        assertTrue(read.names(new RecordRef("TALENT", 1005L)));
        assertFalse(read.names(new RecordRef("TALENT", 1004L)), "in the gap");
        assertFalse(read.names(new RecordRef("TALENT", 1009L)));
        assertFalse(read.names(new RecordRef("TEAM", 1002L)), "another kind");
    }

    @Test
    void manyRangesAreSplitIntoEntriesThatFitTheDetail() {
        List<Long> everyOther = LongStream.range(0, 700).map(i -> 1_000_000_000L + 2 * i).boxed().toList();
        List<BulkRecords> parts = BulkRecords.of("TALENT", everyOther).parts(3_900);
        assertEquals(700, parts.stream().mapToInt(BulkRecords::count).sum());
        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.toString().length() <= 3_900, p.toString().length() + " characters"));
        assertTrue(BulkRecords.parse(parts.getLast().toString()).names(new RecordRef("TALENT", everyOther.getLast())));
        assertEquals(List.of(BulkRecords.of("TALENT", List.of(1L, 2L, 3L)).toString()),
                BulkRecords.of("TALENT", List.of(1L, 2L, 3L)).parts(3_900).stream().map(BulkRecords::toString).toList(), "a run is one entry");
    }

    @Test
    void theTrailShowsTheRecordsAsRanges() {
        AuditLabels zh = new AuditLabels(java.util.Locale.SIMPLIFIED_CHINESE, java.time.ZoneId.of("Asia/Shanghai"), java.util.Map.of(), 0, java.util.List.of());
        assertEquals("4 条：人才 #1001–#1003、#1005", zh.detail("TALENT 1001-1003,1005 (4)"));
    }

    @Test
    void aDetailOfAnotherFormNamesNothing() {
        assertNull(BulkRecords.parse("TALENT:12 TALENT:13"));
        assertNull(BulkRecords.parse(null));
    }
}
