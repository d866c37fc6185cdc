package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.shared.rest.Echoes;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A platform as the office enters it. {@code code} is read when creating only (it never changes);
 * {@code kind} is a {@code PlatformKind} name (MAKERSPACE, INCUBATOR, TOWN, PARK); {@code version}
 * as read, required when editing.
 */
@Echoes(PlatformJson.class)
public record PlatformInput(
        String code, String name, String nameEn, String kind, String address, LocalDate openedOn,
        BigDecimal areaM2, Integer workstations, String operator, String description, Long version) {
}
