package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.SerializedRecord;
import jakarta.json.JsonObject;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a policy as the API shows it: the rule as JSON and in words ({@code ruleText}), the
 * benefit in words ({@code benefitSummary}), whether it applies today, and who made and superseded it.
 */
public record PolicyJson(
        String code, int version, boolean current, String name, String description, String beneficiaryKind,
        JsonObject rule, String ruleText,
        String benefitKind, BigDecimal benefitAmount, Integer benefitMonths, String benefitText, String benefitSummary,
        BigDecimal capPerBeneficiary, Integer capGrantsPerBeneficiary, BigDecimal capPerBeneficiaryPerYear,
        BigDecimal annualBudget, LocalDate validFrom, LocalDate validTo, boolean inForce,
        Instant createdAt, String createdBy, Instant supersededAt, String supersededBy) implements Serializable {
    /** the rule is JSON, which does not serialize: see {@link SerializedRecord} */
    @Serial
    private Object writeReplace() {
        return SerializedRecord.of(this);
    }
}
