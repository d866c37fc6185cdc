package cn.wulian.liancai.project.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress update as a field officer posts it; {@code on} defaults to today, {@code percent} is a whole number. */
public record UpdateInput(LocalDate on, BigDecimal percent, @Size(max = 1000, message = "validation.size1000") String text) {
}
