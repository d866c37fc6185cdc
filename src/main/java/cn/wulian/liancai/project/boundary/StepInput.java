package cn.wulian.liancai.project.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Moves a project to its next stage on {@code on} (default today); {@code version} guards against a stale page. */
public record StepInput(LocalDate on, @Size(max = 500, message = "validation.size500") String note, Long version) {
}
