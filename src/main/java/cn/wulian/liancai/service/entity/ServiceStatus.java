package cn.wulian.liancai.service.entity;

/**
 * Where a service request stands: received → assigned (to a department and an officer) → in
 * progress → resolved → closed with the talent's satisfaction. A resolved or closed request may be
 * reopened: it is then in progress again and its resolution no longer counts.
 */
public enum ServiceStatus {
    RECEIVED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED;

    /** not yet settled: the target still runs */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
