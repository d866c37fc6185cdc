package cn.wulian.liancai.service.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** The service catalogue as readers see it: kinds of request, departments, and the calendar's named days. */
public final class CatalogJson {

    private CatalogJson() {
    }

    /** a kind of request, its target in working days and its usual department; {@code label} in the reader's language */
    public record Kind(String code, String name, String nameEn, String label, int targetDays, String department, String departmentName,
                       int displayOrder, boolean active, long version) implements Serializable {
    }

    public record Department(String code, String name, String nameEn, String label, int displayOrder, boolean active, long version)
            implements Serializable {
    }

    /** a holiday on a weekday ({@code working} false) or a worked weekend day ({@code working} true) */
    public record Day(LocalDate date, boolean working, String name) implements Serializable {
    }
}
