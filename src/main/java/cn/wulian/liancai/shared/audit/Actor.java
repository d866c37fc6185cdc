package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Who did something, as the trail names them: the account's user name and the role it acted in.
 * Work that no one asked for in a request (the demo loader at start, a scheduled backup) is done
 * by {@link #SYSTEM}.
 */
public record Actor(String username, String role) {

    public static final Actor SYSTEM = new Actor("system", null);

    /**
     * The caller of the current request, or {@link #SYSTEM} outside one. Looked up through CDI
     * because the trail is also written from inside the persistence provider, which CDI does not
     * inject.
     */
    public static Actor current() {
        try {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            String name = user.getUsername();
            return name == null ? SYSTEM : new Actor(name, user.roleIfRead());
        } catch (ContextNotActiveException | IllegalStateException outsideRequest) {
            return SYSTEM;
        }
    }
}
