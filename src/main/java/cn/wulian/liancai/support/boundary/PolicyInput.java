package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.rest.Echoes;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A policy as office staff enter it. {@code code} is taken when the policy is created, ignored
 * after; {@code rule} is the rule's JSON (an object, or the same as a string); {@code version} is the
 * version the editor read, required when editing.
 */
@Echoes(PolicyJson.class)
public record PolicyInput(
        String code,
        @Size(max = 80, message = "validation.size80") String name,
        @Size(max = 2000, message = "validation.size2000") String description,
        String beneficiaryKind,
        JsonValue rule,
        String benefitKind,
        BigDecimal benefitAmount,
        Integer benefitMonths,
        @Size(max = 500, message = "validation.size500") String benefitText,
        BigDecimal capPerBeneficiary,
        Integer capGrantsPerBeneficiary,
        BigDecimal capPerBeneficiaryPerYear,
        BigDecimal annualBudget,
        LocalDate validFrom,
        LocalDate validTo,
        Integer version) {
}
