package cn.wulian.liancai.support.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application as readers see it. Amounts are in the policy's unit ({@code benefitKind}: yuan,
 * m², housing units or beneficiaries served); {@code open} is approved and not yet paid.
 * {@code steps} lists what the caller may do next; {@code transitions} and {@code disbursements}
 * are filled when one application is read, empty in lists.
 */
public record ApplicationJson(
        long id, String policyCode, int policyVersion, String policyName, String benefitKind,
        String subjectKind, long subjectId, String subjectName, String platform, String platformName,
        String status, BigDecimal requestedAmount, String statement, BigDecimal approvedAmount, String conditions, String reason,
        Integer budgetYear, BigDecimal disbursed, BigDecimal open,
        Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy, Instant closedAt, String closedBy,
        long version, List<String> steps, boolean canDisburse,
        List<TransitionJson> transitions, List<DisbursementJson> disbursements) implements Serializable {

    public record TransitionJson(long id, String from, String to, int policyVersion, BigDecimal amount, String note, String by,
                                 Instant at) implements Serializable {
    }

    public record DisbursementJson(long id, java.time.LocalDate paidOn, BigDecimal amount, String voucherNo, String recordedBy,
                                   Instant recordedAt) implements Serializable {
    }
}
