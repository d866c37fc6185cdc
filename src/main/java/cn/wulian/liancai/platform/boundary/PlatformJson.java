package cn.wulian.liancai.platform.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A platform with its figures, computed from its teams' data (never typed in). Investment landed
 * comes with projects and is not counted yet.
 */
public record PlatformJson(
        String code, String name, String nameEn, String kind, String address, LocalDate openedOn,
        BigDecimal areaM2, Integer workstations, String operator, String description,
        long incubating, long graduated, long exited, long inPipeline, long peopleEmployed,
        long ipItems, BigDecimal financingRaised, Integer occupancyPercent) {
}
