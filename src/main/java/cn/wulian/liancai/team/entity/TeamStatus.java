package cn.wulian.liancai.team.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A team's way through the platform: drafted by its platform's manager, submitted, approved by the
 * office (or returned with a reason and resubmitted), incubating under an agreement, and finally
 * graduated or exited. Only the steps listed in {@link TeamAction} exist.
 */
public enum TeamStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED, INCUBATING, GRADUATED, EXITED;

    /** the teams a platform counts as housed */
    public static final Set<TeamStatus> HOUSED = EnumSet.of(INCUBATING);

    /** approved teams too: their manager enters the incubation agreement before starting it */
    public boolean editableByManager() {
        return this == DRAFT || this == RETURNED || this == APPROVED || this == INCUBATING;
    }
}
