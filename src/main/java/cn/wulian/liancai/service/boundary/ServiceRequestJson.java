package cn.wulian.liancai.service.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A service request as readers see it: names in the reader's language, the due day and how it
 * stands against it ({@code overdue}, {@code dueSoon} while open; {@code onTime} and
 * {@code daysToSettle}, in working days, once resolved), the {@code actions} the caller may take
 * now, and its {@code steps} when one request is read (empty in lists).
 */
public record ServiceRequestJson(
        long id, String kind, String kindName, int targetDays, String department, String departmentName, String officer,
        String subjectKind, long subjectId, String subjectName, String platform, String platformName, String description,
        LocalDate receivedOn, String receivedBy, LocalDate dueOn, String status, LocalDate resolvedOn, Instant closedAt,
        Integer satisfaction, String satisfactionNote, boolean overdue, boolean dueSoon, Boolean onTime, Integer daysToSettle,
        long version, List<String> actions, List<StepJson> steps) implements Serializable {

    public record StepJson(long id, String action, String from, String to, String department, String departmentName, String officer,
                           Integer satisfaction, String note, String by, Instant at) implements Serializable {
    }
}
