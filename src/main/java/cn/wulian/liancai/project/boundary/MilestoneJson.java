package cn.wulian.liancai.project.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A milestone and how it stands: {@code state} is MET, LATE (met after its due date), OVERDUE or OPEN. */
public record MilestoneJson(long id, String title, LocalDate dueOn, String standard, LocalDate metOn, String metBy, String state) implements Serializable {
}
