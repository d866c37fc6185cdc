package cn.wulian.liancai.support.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A new application: the policy's code, whom it is for ({@code subjectKind} TALENT, TEAM or
 * PROJECT and its id), optionally the amount asked for (in the policy's unit; the policy's benefit
 * when left out) and a statement.
 */
public record ApplicationInput(
        String policy,
        String subjectKind,
        Long subjectId,
        BigDecimal requestedAmount,
        @Size(max = 2000, message = "validation.size2000") String statement) {
}
