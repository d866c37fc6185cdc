package cn.wulian.liancai.service.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person does to a service request, and from which statuses: receive it (the filing), assign (or hand over to
 * another department or officer), start the work, resolve it (saying how), close it with the
 * talent's satisfaction, reopen it (saying why), or add a note to its record.
 */
public enum ServiceAction {
    RECEIVE, ASSIGN, START, RESOLVE, CLOSE, REOPEN, NOTE;

    public Set<ServiceStatus> from() {
        return switch (this) {
            case RECEIVE -> EnumSet.noneOf(ServiceStatus.class);
            case ASSIGN -> EnumSet.of(ServiceStatus.RECEIVED, ServiceStatus.ASSIGNED, ServiceStatus.IN_PROGRESS);
            case START -> EnumSet.of(ServiceStatus.ASSIGNED);
            case RESOLVE -> EnumSet.of(ServiceStatus.IN_PROGRESS);
            case CLOSE -> EnumSet.of(ServiceStatus.RESOLVED);
            case REOPEN -> EnumSet.of(ServiceStatus.RESOLVED, ServiceStatus.CLOSED);
            case NOTE -> EnumSet.of(ServiceStatus.RECEIVED, ServiceStatus.ASSIGNED, ServiceStatus.IN_PROGRESS, ServiceStatus.RESOLVED);
        };
    }

    /** the status after the action; a hand-over of work in progress leaves it in progress */
    public ServiceStatus to(ServiceStatus from) {
        return switch (this) {
            case ASSIGN -> from == ServiceStatus.IN_PROGRESS ? ServiceStatus.IN_PROGRESS : ServiceStatus.ASSIGNED;
            case RECEIVE -> ServiceStatus.RECEIVED;
            case START, REOPEN -> ServiceStatus.IN_PROGRESS;
            case RESOLVE -> ServiceStatus.RESOLVED;
            case CLOSE -> ServiceStatus.CLOSED;
            case NOTE -> from;
        };
    }

    /** the actions open from this status, in the order a page offers them */
    public static Set<ServiceAction> open(ServiceStatus status) {
        Set<ServiceAction> open = EnumSet.noneOf(ServiceAction.class);
        for (ServiceAction a : values()) {
            if (a.from().contains(status)) {
                open.add(a);
            }
        }
        return open;
    }
}
