package cn.wulian.liancai.team.entity;

import java.util.Set;

/**
 * The legal steps of the team workflow: from which statuses, to which, who may take them and
 * whether a reason must be given. Anything else is refused.
 */
public enum TeamAction {
    SUBMIT(Set.of(TeamStatus.DRAFT, TeamStatus.RETURNED), TeamStatus.SUBMITTED, true, false),
    APPROVE(Set.of(TeamStatus.SUBMITTED), TeamStatus.APPROVED, false, false),
    RETURN(Set.of(TeamStatus.SUBMITTED), TeamStatus.RETURNED, false, true),
    START(Set.of(TeamStatus.APPROVED), TeamStatus.INCUBATING, true, false),
    GRADUATE(Set.of(TeamStatus.INCUBATING), TeamStatus.GRADUATED, false, false),
    EXIT(Set.of(TeamStatus.INCUBATING), TeamStatus.EXITED, true, true);

    private final Set<TeamStatus> from;
    private final TeamStatus to;
    private final boolean manager;
    private final boolean reasonRequired;

    TeamAction(Set<TeamStatus> from, TeamStatus to, boolean manager, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.manager = manager;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(TeamStatus status) {
        return from.contains(status);
    }

    public TeamStatus to() {
        return to;
    }

    /** whether the team's platform manager may take this step (office staff may take every step) */
    public boolean managerMay() {
        return manager;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
