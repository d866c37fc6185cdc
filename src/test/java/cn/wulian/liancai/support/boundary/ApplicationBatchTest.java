package cn.wulian.liancai.support.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.Batch;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The batch decision's own part: what it asks of each application (the single decision's step,
 * with the note where that step reads it and the version the caller read, or the one stored now)
 * and how it reports; what makes the request wrong as a whole. The step's own rules (status,
 * eligibility, caps, budget) are the single decision's, run against the app in
 * {@code ApplicationsBatchApiIT}.
 */
class ApplicationBatchTest {

    /** the steps asked for, as "id to amount conditions reason version" */
    final List<String> asked = new ArrayList<>();

    @Test
    void eachApplicationTakesTheSingleDecisionsStepAndARefusalStopsNoOther() {
        List<Batch.Outcome> outcomes = batch(Role.OFFICE).decide(
                new DecisionBatchInput(List.of(1L, 2L, 3L, 4L), "approve", " 按期提交材料 ", Map.of("1", 7L, "3", 9L)), Messages.CHINESE);

        assertEquals(List.of("1 APPROVED null 按期提交材料 null 7", "2 APPROVED null 按期提交材料 null 42",
                "3 APPROVED null 按期提交材料 null 9", "4 APPROVED null 按期提交材料 null 42"), asked,
                "the caller's version where given, else the one stored now");
        assertEquals(List.of(true, false, false, true), outcomes.stream().map(Batch.Outcome::ok).toList(), outcomes::toString);
        assertEquals(Messages.text(Messages.CHINESE, "validation.application.step", "APPROVED", "APPROVED"), outcomes.get(1).fields().get("to"));
        assertTrue(outcomes.get(2).fields().containsKey("version"), outcomes.get(2)::toString);
    }

    @Test
    void aReturnIsARejectionWithTheNoteAsItsReason() {
        batch(Role.ADMIN).decide(new DecisionBatchInput(List.of(4L), "RETURN", "材料不全", null), Locale.ENGLISH);

        assertEquals(List.of("4 REJECTED null null 材料不全 42"), asked);
    }

    @Test
    void aRequestWrongAsAWholeDecidesNothing() {
        ApplicationBatch office = batch(Role.OFFICE);
        assertEquals("validation.required", field(() -> office.decide(new DecisionBatchInput(List.of(1L), null, null, null), Messages.CHINESE), "decision"));
        assertEquals("validation.choice", field(() -> office.decide(new DecisionBatchInput(List.of(1L), "PAY", null, null), Messages.CHINESE), "decision"));
        assertEquals("validation.application.reasonRequired",
                field(() -> office.decide(new DecisionBatchInput(List.of(1L), "RETURN", "  ", null), Messages.CHINESE), "note"));
        assertEquals("validation.size2000",
                field(() -> office.decide(new DecisionBatchInput(List.of(1L), "APPROVE", "长".repeat(2001), null), Messages.CHINESE), "note"));
        assertEquals("validation.batch.empty", field(() -> office.decide(new DecisionBatchInput(null, "APPROVE", null, null), Messages.CHINESE), "ids"));
        assertThrows(Forbidden.class, () -> batch(Role.PLATFORM_MANAGER).decide(new DecisionBatchInput(List.of(1L), "APPROVE", null, null), Messages.CHINESE));
        assertEquals(List.of(), asked);
    }

    private ApplicationBatch batch(String role) {
        ApplicationBatch batch = new ApplicationBatch();
        batch.user = new CurrentUser() {
            @Override
            public boolean hasRole(String asked) {
                return asked.equals(role);
            }
        };
        batch.applications = new Applications() {
            @Override
            public ApplicationJson find(long id) {
                return new ApplicationJson(id, "space", 1, null, null, null, 0, null, null, null, "SUBMITTED", null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, 42, List.of(), false, List.of(), List.of());
            }

            @Override
            public ApplicationJson step(long id, StepInput in, Locale locale) {
                asked.add(id + " " + in.to() + " " + in.amount() + " " + in.conditions() + " " + in.reason() + " " + in.version());
                if (id == 2) {
                    throw DomainViolation.of("to", "validation.application.step", "APPROVED", "APPROVED");
                }
                if (id == 3) {
                    throw new StaleVersion("application", id);
                }
                return find(id);
            }
        };
        return batch;
    }

    private static String field(Runnable call, String field) {
        DomainViolation e = assertThrows(DomainViolation.class, call::run);
        return e.fieldKeys().get(field);
    }
}
