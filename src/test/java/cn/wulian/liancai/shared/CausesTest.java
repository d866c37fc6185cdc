package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void theOutermostCauseOfATypeIsFoundAndTheFailureItselfCounts() {
        IOException disk = new IOException("no space");
        IllegalStateException outer = new IllegalStateException("save failed", new UncheckedIOException(disk));
        assertSame(disk, Causes.find(outer, IOException.class).orElseThrow());
        assertSame(outer, Causes.find(outer, RuntimeException.class).orElseThrow(), "outermost first");
        assertTrue(Causes.causedBy(outer, IllegalStateException.class));
        assertFalse(Causes.causedBy(outer, ArithmeticException.class));
        assertEquals(3, Causes.of(outer).count());
    }

    /** a cause that names itself through an overridden getCause ends the walk instead of running forever */
    @Test
    void aChainThatLoopsEnds() {
        RuntimeException loop = new RuntimeException() {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertFalse(Causes.causedBy(loop, ArithmeticException.class));
    }
}
