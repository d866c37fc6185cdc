package cn.wulian.liancai.service.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new service request: the kind's code, whom it is for ({@code subjectKind} TALENT, TEAM or
 * PROJECT and its id), what is asked, the day it was received (today when left out) and the
 * department to settle it (the kind's usual one when left out).
 */
public record ServiceRequestInput(
        String kind,
        String subjectKind,
        Long subjectId,
        @Size(max = 2000, message = "validation.size2000") String description,
        LocalDate receivedOn,
        String department) {
}
