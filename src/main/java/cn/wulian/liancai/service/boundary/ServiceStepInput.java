package cn.wulian.liancai.service.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A step of a service request: {@code action} ASSIGN (with {@code department}, the request's own when
 * left out, and {@code officer}, an office account's user name), START, RESOLVE (with {@code note},
 * how it was settled, and {@code resolvedOn}, today when left out), CLOSE (with {@code satisfaction}
 * 1–5 and the talent's words in {@code note}), REOPEN (with {@code note}, why) or NOTE.
 * {@code version} is the request's version as read, required.
 */
public record ServiceStepInput(
        String action,
        String department,
        String officer,
        @Size(max = 2000, message = "validation.size2000") String note,
        LocalDate resolvedOn,
        Integer satisfaction,
        Long version) {
}
