package cn.wulian.liancai.project.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

public record StepJson(long id, String from, String to, LocalDate on, String by, String note, Instant recordedAt) implements Serializable {
}
