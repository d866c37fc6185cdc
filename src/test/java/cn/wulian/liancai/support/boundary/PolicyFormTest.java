package cn.wulian.liancai.support.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The policy form turned into the same input the REST API takes, with only the fields its kind of benefit has. */
class PolicyFormTest {

    static final JsonObject RULE = Json.createObjectBuilder().add("all", Json.createArrayBuilder()).build();

    static PolicyForm filled(String benefitKind) {
        PolicyForm f = new PolicyForm(LocalDate.of(2026, 11, 27));
        f.setCode("startup-fund");
        f.setName("创业启动资金");
        f.setBeneficiaryKind("TEAM");
        f.setBenefitKind(benefitKind);
        f.setBenefitAmount(new BigDecimal("200"));
        f.setBenefitMonths(36);
        f.setBenefitText("说明");
        f.setCapPerBeneficiary(new BigDecimal("400"));
        f.setCapGrantsPerBeneficiary(2);
        f.setCapPerBeneficiaryPerYear(new BigDecimal("300"));
        f.setAnnualBudget(new BigDecimal("3000000"));
        return f;
    }

    @Test
    void aNewPolicyIsInForceFromTodayAndSendsEverythingItsBenefitTakes() {
        PolicyInput in = filled("SPACE").toInput(RULE);
        assertEquals(LocalDate.of(2026, 11, 27), in.validFrom());
        assertEquals("startup-fund", in.code());
        assertEquals(new BigDecimal("200"), in.benefitAmount());
        assertEquals(36, in.benefitMonths());
        assertEquals(new BigDecimal("300"), in.capPerBeneficiaryPerYear());
        assertEquals(RULE, in.rule());
        assertNull(in.version(), "a new policy has no version yet");
    }

    @Test
    void fieldsHiddenForTheChosenBenefitAreNotSent() {
        PolicyInput cash = filled("CASH").toInput(RULE);
        assertNull(cash.benefitMonths(), "cash lasts no months");
        assertEquals(new BigDecimal("200"), cash.benefitAmount());

        PolicyForm service = filled("SERVICE");
        assertFalse(service.isAmounts());
        assertTrue(service.isService());
        PolicyInput in = service.toInput(RULE);
        assertNull(in.benefitAmount());
        assertNull(in.capPerBeneficiary());
        assertNull(in.capPerBeneficiaryPerYear());
        assertEquals(2, in.capGrantsPerBeneficiary(), "a service may still be capped in times");
        assertEquals(36, in.benefitMonths());

        PolicyForm none = filled(null);
        assertTrue(none.isAmounts() && none.isMonths(), "until a kind is chosen every field shows");
    }

    @Test
    void theCurrentVersionIsEditedWithItsVersionNumber() {
        PolicyJson current = new PolicyJson("space", 3, true, "免租场地", "说明", "TEAM", RULE, "不限条件", "SPACE", new BigDecimal("200"), 36,
                null, "200 平方米 × 36 个月", null, 1, null, new BigDecimal("5000.00"), LocalDate.of(2026, 1, 1), null, true,
                Instant.parse("2026-01-01T00:00:00Z"), "office", null, null);
        PolicyForm f = PolicyForm.of(current);
        assertEquals(3, f.getVersion());
        assertEquals("TEAM", f.getBeneficiaryKind());
        PolicyInput in = f.toInput(RULE);
        assertEquals(3, in.version());
        assertEquals("5000", in.annualBudget().toPlainString(), "as people type amounts, not as stored (5000.00)");
        assertEquals(LocalDate.of(2026, 1, 1), in.validFrom());
        assertEquals(1, in.capGrantsPerBeneficiary());
    }
}
