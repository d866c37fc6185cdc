package cn.wulian.liancai.talent.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A contact as logged from the phone form or the API. */
public record InteractionInput(
        String kind,
        LocalDateTime occurredAt,
        @Size(max = 120, message = "validation.size120") String place,
        @Size(max = 300, message = "validation.size300") String participants,
        @NotBlank(message = "validation.required") @Size(max = 2000, message = "validation.size2000") String summary,
        @Size(max = 2000, message = "validation.size2000") String agreedActions,
        LocalDate followUpOn) {
}
