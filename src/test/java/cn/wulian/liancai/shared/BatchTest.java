package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How a batch runs its rows and words each outcome; what it refuses before the first row. */
class BatchTest {

    @Test
    void everyRowIsTriedAndEachFailureIsWordedAsTheApiWordsIt() {
        List<Long> tried = new ArrayList<>();
        List<Batch.Outcome> outcomes = Batch.run(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), Locale.ENGLISH, id -> {
            tried.add(id);
            switch ((int) id) {
                case 2 -> throw DomainViolation.of("stage", "validation.choice");
                case 3 -> throw new StaleVersion("talent", id);
                case 4 -> throw new NotFound("application", id);
                case 5 -> throw new Forbidden("not theirs");
                case 6 -> throw new IllegalStateException("a defect");
                case 7 -> throw new PersistenceException(new OptimisticLockException("changed at commit"));
                default -> { }
            }
        });

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), tried, "a refused row stops none after it");
        assertEquals(List.of(true, false, false, false, false, false, false, true), outcomes.stream().map(Batch.Outcome::ok).toList());
        assertEquals(new Batch.Outcome(2, false, Messages.text(Locale.ENGLISH, "error.invalid"),
                Map.of("stage", Messages.text(Locale.ENGLISH, "validation.choice"))), outcomes.get(1));
        assertEquals(Messages.text(Locale.ENGLISH, "validation.choice"), outcomes.get(1).reason());
        assertEquals(Messages.text(Locale.ENGLISH, "error.stale", Messages.text(Locale.ENGLISH, "record.talent")), outcomes.get(2).fields().get("version"));
        assertEquals(Messages.text(Locale.ENGLISH, "error.notFound.kind", Messages.text(Locale.ENGLISH, "record.application")), outcomes.get(3).reason());
        assertEquals(Messages.text(Locale.ENGLISH, "error.forbidden"), outcomes.get(4).reason());
        assertEquals(Messages.text(Locale.ENGLISH, "error.internal"), outcomes.get(5).reason());
        assertEquals("version", outcomes.get(6).fields().keySet().iterator().next(), "a change found only at commit is stale too");
        assertNull(outcomes.get(0).reason());
    }

    @Test
    void theIdsAreCheckedAsAWhole() {
        assertEquals("validation.batch.empty", field(() -> Batch.ids(null)));
        assertEquals("validation.batch.empty", field(() -> Batch.ids(List.of())));
        assertEquals("validation.batch.badId", field(() -> Batch.ids(Arrays.asList(1L, null))));
        List<Long> tooMany = LongStream.rangeClosed(1, Batch.MAX_IDS + 1).boxed().toList();
        assertEquals("validation.batch.tooMany", field(() -> Batch.ids(tooMany)));
        assertEquals(Batch.MAX_IDS, Batch.ids(LongStream.rangeClosed(1, Batch.MAX_IDS).boxed().toList()).size(), "the limit itself is allowed");
        assertEquals(List.of(3L, 1L), Batch.ids(List.of(3L, 1L, 3L)), "an id twice is done once, in the order first asked");
    }

    private static String field(Runnable call) {
        return assertThrows(DomainViolation.class, call::run).fieldKeys().get("ids");
    }
}
