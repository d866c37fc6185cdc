package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.control.ProjectsDue;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The projects waiting on someone, for the badge of 项目 and the 工作台. A manager writes the
 * progress updates: theirs are their platform's projects whose update is due. The office chases
 * the projects behind their commitment: its count is the yellow-flagged projects, those its
 * 工作台 lists.
 */
@ApplicationScoped
public class ProjectsWaiting implements WorkCount {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ProjectRules rules;

    /** a project as the 工作台 lists it, with the day it was opened */
    public record Row(long id, String title, String stage, LocalDate openedOn) {
    }

    @Override
    public String entry() {
        return "projects";
    }

    @Override
    public long count(CurrentUser caller) {
        LocalDate today = LocalDate.now(clock);
        if (caller.isStaff()) {
            return new ProjectsDue(em).yellowCount(null, today);
        }
        if (caller.isManager() && caller.platformCode() != null) {
            return new ProjectsDue(em).updateDueCount(caller.platformCode(), updatesSince(today));
        }
        return 0;
    }

    /** the caller's projects whose update is due (a manager's platform's; the county's for the office) */
    public long updateDueCount() {
        user.requireStaffOrManager("projects are for office staff and platform managers");
        if (user.isManager() && user.platformCode() == null) {
            return 0;
        }
        return new ProjectsDue(em).updateDueCount(user.platformCode(), updatesSince(LocalDate.now(clock)));
    }

    public List<Row> updateDue(int limit) {
        user.requireStaffOrManager("projects are for office staff and platform managers");
        if (user.isManager() && user.platformCode() == null) {
            return List.of();
        }
        return new ProjectsDue(em).updateDue(user.platformCode(), updatesSince(LocalDate.now(clock)), limit).stream()
                .map(p -> new Row(p.getId(), p.getTitle(), p.getStage().name(), p.getOpenedOn())).toList();
    }

    /** an update counts when reported on or after this day: the window that keeps a red flag */
    private LocalDate updatesSince(LocalDate today) {
        return today.minusDays(rules.flags().redUpdateWithinDays());
    }
}
