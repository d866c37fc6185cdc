package cn.wulian.liancai.shared.imports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.DomainViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ImportBatchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static ImportBatch batch() {
        return new ImportBatch("TALENT", "名单.xlsx", "x.xlsx", "[\"姓名\"]", "sig", "[\"name\"]", 1000, "office", CLOCK);
    }

    @Test
    void runsOnceFromItsMapping() {
        ImportBatch b = batch();
        assertEquals(ImportStatus.MAPPING, b.getStatus());
        assertEquals(1000, b.work());
        b.start(ImportBatch.Mode.ALL_OR_NOTHING, CLOCK, "instance-a");
        assertTrue(b.isRunning());
        assertEquals("instance-a", b.getRunner(), "the instance that runs it is the one to end it after a stop");
        assertEquals(ImportBatch.Phase.CHECKING, b.getPhase());
        assertEquals(2000, b.work(), "all or nothing reads every row twice: checked, then saved");
        DomainViolation again = assertThrows(DomainViolation.class, () -> b.start(ImportBatch.Mode.VALID_ROWS, CLOCK, "instance-a"));
        assertEquals("import.status.wrong", again.fieldKeys().get("status"));
        assertThrows(DomainViolation.class, () -> b.map("[null]"), "the mapping is fixed once it runs");
    }

    @Test
    void aModeMustBeChosen() {
        DomainViolation none = assertThrows(DomainViolation.class, () -> batch().start(null, CLOCK, "instance-a"));
        assertEquals("validation.required", none.fieldKeys().get("mode"));
    }

    @Test
    void countsFollowTheChunksAndTheDecisions() {
        ImportBatch b = batch();
        b.start(ImportBatch.Mode.VALID_ROWS, CLOCK, "instance-a");
        assertEquals(ImportBatch.Phase.SAVING, b.getPhase());
        b.progressed(500, 480, 15, 5);
        b.progressed(500, 490, 5, 5);
        assertEquals(1000, b.getDoneRows());
        assertEquals(970, b.getAdded());
        assertEquals(20, b.getHeld());
        b.decided(true);
        b.decided(false);
        assertEquals(971, b.getAdded());
        assertEquals(18, b.getHeld());
        b.removedRecords(971);
        assertEquals(0, b.getAdded());
        assertEquals(971, b.getRemoved());
        b.finish(ImportStatus.CANCELLED, "import.outcome.cancelled", CLOCK);
        assertFalse(b.isRunning());
        assertNull(b.getStoredAs(), "the file goes when the import ends");
        assertNull(b.getPhase());
    }
}
