package cn.wulian.liancai.platform.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A platform with its figures, computed from its teams' and projects' data (never typed in).
 * {@code kind} is a {@code PlatformKind} name; {@code version} is what an edit sends back.
 * {@code investmentLanded} is the investment made in its projects that have landed (落地 or later).
 */
public record PlatformJson(
        long id, String code, String name, String nameEn, String kind, String address, LocalDate openedOn,
        BigDecimal areaM2, Integer workstations, String operator, String description,
        long incubating, long graduated, long exited, long inPipeline, long peopleEmployed,
        long ipItems, BigDecimal financingRaised, Integer occupancyPercent,
        long projects, long projectsLanded, BigDecimal investmentLanded, long version) implements Serializable {

    /** the name in the reader's language: the Chinese one where no English name was given */
    public String label(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
