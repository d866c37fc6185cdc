package cn.wulian.liancai.workbench.boundary;

import cn.wulian.liancai.award.boundary.OpenNominations;
import cn.wulian.liancai.project.boundary.ProjectJson;
import cn.wulian.liancai.project.boundary.Projects;
import cn.wulian.liancai.project.boundary.ProjectsWaiting;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.imports.boundary.HeldImports;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.support.boundary.ApplicationJson;
import cn.wulian.liancai.support.boundary.Applications;
import cn.wulian.liancai.support.boundary.ApplicationsWaiting;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import cn.wulian.liancai.talent.boundary.FollowUps;
import cn.wulian.liancai.talent.boundary.InteractionJson;
import cn.wulian.liancai.talent.entity.FollowUpDue;
import cn.wulian.liancai.team.boundary.TeamsWaiting;
import cn.wulian.liancai.workbench.boundary.WorkbenchJson.Group;
import cn.wulian.liancai.workbench.boundary.WorkbenchJson.Row;
import cn.wulian.liancai.workbench.boundary.WorkbenchJson.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The caller's 工作台, read in one transaction from the features' boundaries: the office's
 * follow-ups, applications to decide and to pay, held imports and yellow-flagged projects; a
 * manager's teams waiting on them, projects whose update is due, applications in progress and
 * the award cycles taking nominations — all of their platform, which the boundaries enforce.
 */
@ApplicationScoped
@Transactional
public class Workbench {

    /** rows shown per section (per group of follow-ups): a glance, not a list */
    public static final int ROWS = 8;
    /** follow-ups after this week are only planned: a few show what comes, the count says the rest */
    static final int LATER_ROWS = 3;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    FollowUps followUps;

    @Inject
    Applications applications;

    @Inject
    Projects projects;

    @Inject
    ProjectsWaiting projectsWaiting;

    @Inject
    TeamsWaiting teamsWaiting;

    @Inject
    HeldImports heldImports;

    @Inject
    OpenNominations nominations;

    private static final String TO_PAY = ApplicationStatus.APPROVED.name() + "," + ApplicationStatus.GRANTED.name();

    public WorkbenchJson today(Locale locale) {
        user.requireStaffOrManager("the 工作台 is for office staff and platform managers");
        LocalDate today = LocalDate.now(clock);
        if (user.isStaff()) {
            return new WorkbenchJson("OFFICE", null, today, List.of(
                    followUps(),
                    applications(locale, "decide", ApplicationStatus.SUBMITTED.name(), "/applications/list.xhtml?status=SUBMITTED"),
                    // what the list's quick filter 待拨付或办理 shows: approved, and granted with payments still to make or to close
                    applications(locale, "pay", TO_PAY, "/applications/list.xhtml?status=" + TO_PAY),
                    imports(locale),
                    yellowProjects()));
        }
        return new WorkbenchJson("MANAGER", user.platformCode(), today, List.of(
                teams(locale),
                projectUpdates(locale),
                applications(locale, "inProgress", ApplicationsWaiting.IN_PROGRESS.stream().map(Enum::name).collect(Collectors.joining(",")),
                        "/applications/list.xhtml"),
                nominations()));
    }

    private Section followUps() {
        List<Group> groups = followUps.plan(ROWS).stream()
                .map(g -> new Group(g.key(), g.count(), g.rows().stream().limit(FollowUpDue.LATER.name().equals(g.key()) ? LATER_ROWS : ROWS)
                        .map(Workbench::row).toList())).toList();
        // the heading counts what is due by Sunday, as the navigation's badge does; later ones are only planned
        long due = groups.stream().filter(g -> !FollowUpDue.LATER.name().equals(g.key())).mapToLong(Group::count).sum();
        return new Section("followups", due, "/followups.xhtml", List.of(), groups);
    }

    private static Row row(InteractionJson i) {
        return new Row(i.id(), i.talentName(), i.agreedActions() == null ? i.summary() : i.agreedActions(), i.followUpOn(), null,
                "/talents/profile.xhtml?id=" + i.talentId(), i.talentId());
    }

    /** applications in these statuses (comma-separated), the longest waiting first */
    private Section applications(Locale locale, String key, String statuses, String link) {
        Page<ApplicationJson> page = applications.list(new PageRequest(0, ROWS, "submittedAt", true, Map.of("status", statuses)), locale);
        return Section.of(key, page.total(), link, page.rows().stream()
                .map(a -> new Row(a.id(), a.subjectName(), a.policyName(), day(a.submittedAt()), a.status(),
                        "/applications/view.xhtml?id=" + a.id(), null)).toList());
    }

    private Section imports(Locale locale) {
        return Section.of("imports", heldImports.count(), "/imports/list.xhtml", heldImports.first(ROWS).stream()
                .map(b -> new Row(b.id(), b.fileName(), Messages.text(locale, "workbench.heldRows", b.held()), day(b.finishedAt()), null,
                        "/imports/import.xhtml?id=" + b.id(), null)).toList());
    }

    private Section yellowProjects() {
        // the longest overdue first, as the dashboard's flag board has them: the list's own order (last changed) would
        // leave the oldest out of the first rows; a county's yellow flags are a few dozen at most
        Page<ProjectJson> page = projects.list(new PageRequest(0, PageRequest.MAX_LIMIT, null, false, Map.of("flag", "YELLOW")));
        return Section.of("yellow", page.total(), "/projects/list.xhtml?flag=YELLOW", page.rows().stream()
                .sorted(Comparator.comparing(ProjectJson::nextDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(ROWS)
                .map(p -> new Row(p.id(), p.title(), p.platformName(), p.nextDueOn(), p.stage(), "/projects/view.xhtml?id=" + p.id(), null))
                .toList());
    }

    private Section teams(Locale locale) {
        return Section.of("teams", teamsWaiting.count(), "/teams/list.xhtml", teamsWaiting.first(ROWS).stream()
                .map(t -> new Row(t.id(), t.name(), Messages.text(locale, "enum.TeamStatus." + t.status()), day(t.updatedAt()), t.status(),
                        "/teams/view.xhtml?id=" + t.id(), null)).toList());
    }

    private Section projectUpdates(Locale locale) {
        return Section.of("updates", projectsWaiting.updateDueCount(), "/projects/list.xhtml", projectsWaiting.updateDue(ROWS).stream()
                .map(p -> new Row(p.id(), p.title(), Messages.text(locale, "enum.ProjectStage." + p.stage()), p.openedOn(), p.stage(),
                        "/projects/view.xhtml?id=" + p.id(), null)).toList());
    }

    private Section nominations() {
        List<OpenNominations.Row> open = nominations.cycles();
        return Section.of("nominations", open.size(), "/awards/cycles.xhtml", open.stream().limit(ROWS)
                .map(c -> new Row(c.id(), c.name(), null, c.closes(), null, "/awards/cycle.xhtml?id=" + c.id(), null)).toList());
    }

    private LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }
}
