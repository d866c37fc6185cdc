package cn.wulian.liancai.project.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone of the commitment (军令状) as the office sets it. */
public record MilestoneInput(
        @Size(max = 120, message = "validation.size120") String title,
        LocalDate dueOn,
        @Size(max = 500, message = "validation.size500") String standard) {
}
