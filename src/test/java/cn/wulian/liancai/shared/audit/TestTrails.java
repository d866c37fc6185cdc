package cn.wulian.liancai.shared.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** An {@link AuditTrail} outside the container, writing through a test's entity manager: for the loader's tests. */
public final class TestTrails {

    private TestTrails() {
    }

    public static AuditTrail over(EntityManager em, Clock clock) {
        AuditTrail trail = new AuditTrail();
        trail.em = em;
        trail.clock = clock;
        return trail;
    }
}
