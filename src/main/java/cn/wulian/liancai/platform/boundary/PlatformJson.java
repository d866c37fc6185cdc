package cn.wulian.liancai.platform.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A platform with its figures, computed from its teams' and projects' data (never typed in).
 * {@code investmentLanded} is the investment made in its projects that have landed (落地 or later).
 */
public record PlatformJson(
        String code, String name, String nameEn, String kind, String address, LocalDate openedOn,
        BigDecimal areaM2, Integer workstations, String operator, String description,
        long incubating, long graduated, long exited, long inPipeline, long peopleEmployed,
        long ipItems, BigDecimal financingRaised, Integer occupancyPercent,
        long projects, long projectsLanded, BigDecimal investmentLanded) {
}
