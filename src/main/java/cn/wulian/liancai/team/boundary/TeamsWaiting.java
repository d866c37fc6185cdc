package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import cn.wulian.liancai.team.control.WaitingTeams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The teams waiting on a platform manager (returned, drafts), for the badge of 团队 and the
 * manager's 工作台. The platform is always the caller's own, never one asked for.
 */
@ApplicationScoped
public class TeamsWaiting implements WorkCount {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    /** a team as the 工作台 lists it */
    public record Row(long id, String name, String status, Instant updatedAt) {
    }

    @Override
    public String entry() {
        return "teams";
    }

    @Override
    public long count(CurrentUser caller) {
        return caller.isManager() && caller.platformCode() != null ? new WaitingTeams(em).count(caller.platformCode()) : 0;
    }

    /** the caller's count and first teams; a caller who is no manager waits on no team */
    public long count() {
        return count(user);
    }

    public List<Row> first(int limit) {
        if (!user.isManager() || user.platformCode() == null) {
            return List.of();
        }
        return new WaitingTeams(em).first(user.platformCode(), limit).stream()
                .map(t -> new Row(t.getId(), t.getName(), t.getStatus().name(), t.getUpdatedAt())).toList();
    }
}
