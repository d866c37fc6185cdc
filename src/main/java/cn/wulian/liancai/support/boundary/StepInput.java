package cn.wulian.liancai.support.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A step of an application: {@code to} APPROVED (with {@code amount}, the policy's benefit or the
 * amount asked when left out, and {@code conditions}), REJECTED (with {@code reason}), WITHDRAWN or
 * CLOSED (with an optional {@code reason}). {@code version} is the application's version as read,
 * required, so that two officers deciding at once cannot both succeed.
 */
public record StepInput(
        String to,
        BigDecimal amount,
        @Size(max = 2000, message = "validation.size2000") String conditions,
        @Size(max = 2000, message = "validation.size2000") String reason,
        Long version) {
}
