package cn.wulian.liancai.talent.boundary;

import java.time.LocalDate;

/** The day an open follow-up moves to (改期), as the 工作台 and the API send it. */
public record FollowUpInput(LocalDate followUpOn) {
}
