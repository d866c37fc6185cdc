package cn.wulian.liancai.project.boundary;

import java.time.LocalDate;

/** The day a milestone was met. */
public record MetInput(LocalDate metOn) {
}
