package cn.wulian.liancai.workbench.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The day's work of one caller: {@code role} OFFICE (office staff and administrators) or MANAGER,
 * with the manager's {@code platform}. Serializable: the page keeps it in its view state.
 */
public record WorkbenchJson(String role, String platform, LocalDate today, List<Section> sections) implements Serializable {

    /**
     * One kind of work: {@code count} waiting in all, the first {@code rows} (or, for follow-ups, the
     * {@code groups} overdue / this week / later, each with its own count and rows) and {@code link},
     * the list page that shows all of them (a path under the application).
     */
    public record Section(String key, long count, String link, List<Row> rows, List<Group> groups) implements Serializable {

        static Section of(String key, long count, String link, List<Row> rows) {
            return new Section(key, count, link, rows, List.of());
        }
    }

    public record Group(String key, long count, List<Row> rows) implements Serializable {
    }

    /**
     * One piece of work: its record's {@code id} (for a follow-up the contact's, with {@code
     * talentId}), what to call it, a line about it in the caller's language, the {@code date} that
     * matters (due, submitted, opened, closing), its {@code status} code where it has one, and the
     * page that opens it.
     */
    public record Row(long id, String title, String detail, LocalDate date, String status, String link, Long talentId) implements Serializable {
    }
}
