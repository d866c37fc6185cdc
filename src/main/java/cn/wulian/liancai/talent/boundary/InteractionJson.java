package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

public record InteractionJson(
        long id, long talentId, String talentName, String kind, LocalDateTime occurredAt, String place,
        String participants, String summary, String agreedActions, LocalDate followUpOn,
        String recordedBy, String recordedByName, boolean overdue) implements Serializable {
}
