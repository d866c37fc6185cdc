package cn.wulian.liancai.platform.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the office enters and edits about a platform: everything but its code, which never changes once given. */
public record PlatformDetails(
        String name, String nameEn, PlatformKind kind, String address, LocalDate openedOn,
        BigDecimal areaM2, Integer workstations, String operator, String description) {
}
