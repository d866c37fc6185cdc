package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.shared.rest.Echoes;
import java.time.LocalDate;

/** What the office enters in the service catalogue. */
public final class CatalogInput {

    private CatalogInput() {
    }

    /**
     * A kind of request: {@code code} only when adding (it never changes); {@code targetDays} 1–250
     * working days; {@code department} the usual department's code; {@code active} false retires it.
     * {@code version} as read, when changing.
     */
    @Echoes(CatalogJson.Kind.class)
    public record Kind(String code, String name, String nameEn, Integer targetDays, String department, Integer displayOrder,
                       Boolean active, Long version) {
    }

    @Echoes(CatalogJson.Department.class)
    public record Department(String code, String name, String nameEn, Integer displayOrder, Boolean active, Long version) {
    }

    /** a named day: {@code working} true for a worked weekend day, false for a holiday on a weekday */
    @Echoes(CatalogJson.Day.class)
    public record Day(LocalDate date, Boolean working, String name) {
    }
}
