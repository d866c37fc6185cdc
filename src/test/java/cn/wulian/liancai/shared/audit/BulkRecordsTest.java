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
        List<BulkRecords> parts = BulkRecords.of("TALENT", everyOther).parts(300);
        assertEquals(List.of(300, 300, 100), parts.stream().map(BulkRecords::count).toList());
        parts.forEach(p -> assertTrue(p.toString().length() <= 4000, p.toString().length() + " characters"));
        assertTrue(BulkRecords.parse(parts.get(2).toString()).names(new RecordRef("TALENT", everyOther.getLast())));
    }

    @Test
    void theTrailShowsTheRecordsAsRanges() {
        AuditLabels zh = new AuditLabels(java.util.Locale.SIMPLIFIED_CHINESE, java.time.ZoneId.of("Asia/Shanghai"), java.util.Map.of(), 0);
        assertEquals("4 条：人才 #1001–#1003、#1005", zh.detail("TALENT 1001-1003,1005 (4)"));
    }

    @Test
    void aDetailOfAnotherFormNamesNothing() {
        assertNull(BulkRecords.parse("TALENT:12 TALENT:13"));
        assertNull(BulkRecords.parse(null));
    }
}
