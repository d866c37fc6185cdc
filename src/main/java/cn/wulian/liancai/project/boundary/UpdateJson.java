package cn.wulian.liancai.project.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

public record UpdateJson(long id, LocalDate on, int percent, String text, String by, Instant recordedAt) implements Serializable {
}
