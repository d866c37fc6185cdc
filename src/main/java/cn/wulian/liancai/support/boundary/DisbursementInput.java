package cn.wulian.liancai.support.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment or handover against an approval: the day (today when left out), the amount and the
 * voucher number; the application's {@code version} it was recorded on.
 */
public record DisbursementInput(
        LocalDate paidOn,
        BigDecimal amount,
        @Size(max = 60, message = "validation.size60") String voucherNo,
        Long version) {
}
