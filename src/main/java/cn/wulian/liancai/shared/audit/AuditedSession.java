package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.Clocks;
import java.time.Clock;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hooks the trail into the persistence unit ({@code eclipselink.session-event-listener} in
 * {@code persistence.xml}): before the session logs in, every entity's descriptor gets an
 * {@link AuditListener}.
 */
public class AuditedSession extends SessionEventAdapter {

    @Override
    public void preLogin(SessionEvent event) {
        AuditListener.listenTo(event.getSession().getDescriptors().values(), Clock.tick(Clock.systemUTC(), Clocks.MICROSECOND));
    }
}
