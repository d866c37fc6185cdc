package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.control.ProjectDocuments;
import cn.wulian.liancai.project.control.ProjectHistories;
import cn.wulian.liancai.project.control.ProjectListing;
import cn.wulian.liancai.project.control.ProjectQuery;
import cn.wulian.liancai.search.boundary.SearchIndex;
import cn.wulian.liancai.search.control.ListPage;
import cn.wulian.liancai.project.entity.Flags;
import cn.wulian.liancai.project.entity.Milestone;
import cn.wulian.liancai.project.entity.ProgressUpdate;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectDetails;
import cn.wulian.liancai.project.entity.ProjectHistory;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.project.entity.RecommenderKind;
import cn.wulian.liancai.project.entity.StageTransition;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.References;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.place.boundary.Townships;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The projects' use cases. Scope is checked here for every call: office staff and administrators
 * see and change every project; a platform manager only the projects housed by their platform —
 * any other id, existing or not, is refused alike; reviewers have no business with projects. The
 * commitment (milestones) is the office's to set and to record met: a manager does not certify
 * their own platform's promises.
 */
@ApplicationScoped
@Transactional
public class Projects implements IndexSource, Exportable<ProjectJson> {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    InputChecks checks;

    @Inject
    Townships townships;

    @Inject
    ProjectRules rules;

    @Inject
    Event<IndexChange> indexChanges;

    @Inject
    References references;

    @Inject
    AuditTrail trail;

    @Inject
    SearchIndex index;

    public enum Flag { YELLOW, RED, PLAQUE }

    public Page<ProjectJson> list(PageRequest request) {
        requireProjectRole();
        PageRequest scoped = scoped(request);
        ProjectQuery query = new ProjectQuery(em);
        Page<Project> page;
        if (ProjectListing.servedByIndex(scoped) && !index.behind()) {
            // counted, filtered and sorted by the index; the rows read from the database
            ListPage ids = index.listAsCaller(ProjectListing.of(scoped));
            page = new Page<>(ids.total(), query.inOrder(ids.ids()));
        } else {
            String flag = scoped.filter("flag");
            page = query.page(scoped, flag == null ? null : flagged(query, scoped, flag));
        }
        Map<Long, ProjectHistory> histories = ProjectHistories.of(em, page.rows());
        return new Page<>(page.total(), page.rows().stream().map(p -> json(p, histories.get(p.getId()))).toList());
    }

    /** the list as a file, scoped and flag-filtered as {@link #list} is */
    @Override
    public Exportable.Plan<ProjectJson> exportPlan(PageRequest request, Locale locale) {
        requireProjectRole();
        PageRequest scoped = scoped(request);
        ProjectQuery query = new ProjectQuery(em);
        String flag = scoped.filter("flag");
        return ProjectExport.plan(locale, ProjectListing.servedByIndex(scoped)
                ? index.listIdsAsCaller(ProjectListing.of(scoped), Integer.MAX_VALUE)
                : query.ids(scoped, flag == null ? null : flagged(query, scoped, flag)));
    }

    @Override
    public List<ProjectJson> exportRows(List<Long> ids) {
        requireProjectRole();
        List<Project> rows = new ProjectQuery(em).inOrder(ids);
        Map<Long, ProjectHistory> histories = ProjectHistories.of(em, rows);
        return rows.stream().map(p -> json(p, histories.get(p.getId()))).toList();
    }

    @Override
    public void exported(String detail) {
        trail.record(new RecordRef(RecordRef.kindOf(Project.class), null), null, AuditTrail.EXPORTED, detail);
    }

    public ProjectJson find(long id) {
        Project p = project(id);
        return json(p, ProjectHistories.of(em, List.of(p)).get(id));
    }

    public ProjectJson open(ProjectInput input) {
        requireProjectRole();
        Project project = new Project(details(input), clock);
        em.persist(project);
        em.flush();
        indexChanges.fire(IndexChange.upsert(ProjectDocuments.of(project)));
        return find(project.getId());
    }

    public ProjectJson revise(long id, ProjectInput input) {
        Project project = project(id);
        checkVersion(project, input.version(), id);
        ProjectHistory h = ProjectHistories.of(em, List.of(project)).get(id);
        LocalDate earliest = java.util.stream.Stream.of(
                        h.steps().stream().map(ProjectHistory.StepFact::on),
                        h.updates().stream().map(ProjectHistory.UpdateFact::on),
                        h.milestones().stream().map(ProjectHistory.MilestoneFact::dueOn),
                        h.milestones().stream().map(ProjectHistory.MilestoneFact::metOn).filter(java.util.Objects::nonNull))
                .flatMap(x -> x).min(LocalDate::compareTo).orElse(null);
        project.revise(details(input), earliest, clock);
        flush(id);
        indexChanges.fire(IndexChange.upsert(ProjectDocuments.of(project)));
        return find(id);
    }

    /** only a project still in talks, and only by the office: a landed project is part of the record */
    public void remove(long id) {
        Project project = project(id);
        requireStaff();
        if (project.getStage() != ProjectStage.NEGOTIATING) {
            throw DomainViolation.of("stage", "validation.project.onlyNegotiatingDeleted");
        }
        references.requireUnused(RecordKind.PROJECT, id);
        // one by one rather than in bulk, so that the audit trail sees each go
        for (String entity : List.of("ProgressUpdate", "Milestone", "StageTransition")) {
            em.createQuery("select x from " + entity + " x where x.project = :p").setParameter("p", project).getResultList().forEach(em::remove);
        }
        em.remove(project);
        indexChanges.fire(IndexChange.delete(ProjectDocuments.TYPE, id));
    }

    public ProjectJson advance(long id, StepInput input) {
        Project project = project(id);
        checks.validate(input);
        // the next stage is implied, so a repeated request would take a second step: the version says which state it meant
        checkVersion(project, input.version(), id);
        LocalDate on = input.on() == null ? LocalDate.now(clock) : input.on();
        em.persist(project.advance(on, user.getUsername(), input.note(), clock));
        flush(id);
        indexChanges.fire(IndexChange.upsert(ProjectDocuments.of(project)));
        return find(id);
    }

    public List<StepJson> steps(long id) {
        project(id);
        return em.createNamedQuery(StageTransition.OF_PROJECT, StageTransition.class).setParameter("project", id).getResultList()
                .stream().map(t -> new StepJson(t.getId(), t.getFrom().name(), t.getTo().name(), t.getOccurredOn(), t.getBy(),
                        t.getNote(), t.getRecordedAt())).toList();
    }

    public List<MilestoneJson> milestones(long id) {
        project(id);
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Milestone.OF_PROJECT, Milestone.class).setParameter("project", id).getResultList()
                .stream().map(m -> milestoneJson(m, today)).toList();
    }

    public MilestoneJson commit(long id, MilestoneInput input) {
        Project project = project(id);
        requireStaff();
        checks.validate(input);
        Milestone m = new Milestone(project, input.title(), input.dueOn(), input.standard(), user.getUsername(), clock);
        em.persist(m);
        em.flush();
        return milestoneJson(m, LocalDate.now(clock));
    }

    public MilestoneJson meet(long id, long milestoneId, MetInput input) {
        Project project = project(id);
        requireStaff();
        // locked: of two officers recording the same milestone met at once, the second is told it already is
        Milestone m = em.find(Milestone.class, milestoneId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !m.getProject().getId().equals(project.getId())) {
            throw new NotFound("milestone", milestoneId);
        }
        m.meet(input.metOn() == null ? LocalDate.now(clock) : input.metOn(), user.getUsername(), clock);
        return milestoneJson(m, LocalDate.now(clock));
    }

    public List<UpdateJson> updates(long id) {
        project(id);
        return em.createNamedQuery(ProgressUpdate.OF_PROJECT, ProgressUpdate.class).setParameter("project", id).getResultList()
                .stream().map(Projects::updateJson).toList();
    }

    public UpdateJson post(long id, UpdateInput input) {
        Project project = project(id);
        checks.validate(input);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Integer percent = InputChecks.collect(errors, () -> wholePercent(input.percent()));
        ProgressUpdate u = InputChecks.collect(errors, () -> new ProgressUpdate(project, input.on() == null ? LocalDate.now(clock) : input.on(),
                errors.containsKey("percent") ? Integer.valueOf(0) : percent, input.text(), user.getUsername(), clock));
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors); // a bad percent and a missing text are named together
        }
        em.persist(u);
        em.flush();
        return updateJson(u);
    }

    // ---- search

    @Override
    public String type() {
        return ProjectDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        return ProjectDocuments.stamps(em.createQuery(ProjectDocuments.STAMP_ROWS, Object[].class).getResultList());
    }

    @Override
    public List<IndexedDocument> embedding(String type, long id) {
        String showing = ProjectDocuments.SHOWING.get(type);
        return showing == null ? List.of() : em.createQuery("select p from Project p where " + showing, Project.class)
                .setParameter("id", id).getResultList().stream().map(ProjectDocuments::of).toList();
    }

    /** a project with every record its document shows */
    private static final String WITH_SHOWN = "select p from Project p left join fetch p.platform left join fetch p.team"
            + " left join fetch p.leadTalent left join fetch p.township left join fetch p.recommenderTalent";

    @Override
    public List<IndexedDocument> documents() {
        return em.createQuery(WITH_SHOWN, Project.class).getResultList().stream().map(ProjectDocuments::of).toList();
    }

    @Override
    public List<IndexedDocument> documents(Collection<Long> ids) {
        return IndexSource.documentsByIds(em, WITH_SHOWN + " where p.id in :ids", Project.class, ids, ProjectDocuments::of);
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Project p", Long.class).getSingleResult();
    }

    // ---- helpers

    private List<Long> flagged(ProjectQuery query, PageRequest scoped, String flag) {
        Flag wanted;
        try {
            wanted = Flag.valueOf(flag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<Project> candidates = query.all(scoped);
        LocalDate today = LocalDate.now(clock);
        return ProjectHistories.of(em, candidates).values().stream()
                .filter(h -> {
                    Flags f = rules.flags().on(h, today);
                    return switch (wanted) {
                        case YELLOW -> f.yellow();
                        case RED -> f.red();
                        case PLAQUE -> f.plaque();
                    };
                })
                .map(ProjectHistory::projectId).toList();
    }

    private PageRequest scoped(PageRequest request) {
        return user.scoped(request);
    }

    private boolean isManager() {
        return user.isManager();
    }

    private void requireProjectRole() {
        user.requireStaffOrManager("projects are for office staff and platform managers");
    }

    private void requireStaff() {
        user.requireStaff("the commitment is the office's to set and certify");
    }

    /** the project, if the caller may see it; a manager asking for any other id is refused alike */
    private Project project(long id) {
        requireProjectRole();
        return user.inScope(em.find(Project.class, id), p -> p.getPlatform() == null ? null : p.getPlatform().getCode(), "project", id);
    }

    private void checkVersion(Project project, Long version, long id) {
        Versions.check(project.getVersion(), version, "project", id);
    }

    private void flush(long id) {
        Versions.flush(em, "project", id);
    }

    private ProjectDetails details(ProjectInput in) {
        // a manager's project is on their own platform; naming another is refused, not quietly put on theirs
        if (isManager() && in.platform() != null && !in.platform().isBlank() && !in.platform().strip().equals(user.platformCode())) {
            throw new Forbidden("a platform manager keeps projects on their own platform only");
        }
        Map<String, String> errors = checks.formatErrors(in);
        Team team = null;
        if (in.teamId() != null) {
            team = em.find(Team.class, in.teamId());
            // a manager may only name their own platform's teams; another's is as unknown as a missing one
            if (team == null || isManager() && !team.getPlatform().getCode().equals(user.platformCode())) {
                errors.putIfAbsent("teamId", "validation.team.unknown");
                team = null;
            }
        }
        Talent lead = talent(in.leadTalentId(), "leadTalentId", errors);
        Platform platform = null;
        if (isManager()) {
            platform = em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", user.platformCode()).getSingleResult();
        } else if (in.platform() != null && !in.platform().isBlank()) {
            platform = em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", in.platform().strip())
                    .getResultStream().findFirst().orElse(null);
            if (platform == null) {
                errors.putIfAbsent("platform", "validation.platform.unknown");
            }
        }
        Township township = InputChecks.collect(errors, () -> townships.find(in.township()));
        RecommenderKind kind = InputChecks.collect(errors,
                () -> InputChecks.enumValue(RecommenderKind.class, in.recommenderKind(), "recommenderKind", false));
        Talent recommender = talent(in.recommenderTalentId(), "recommenderTalentId", errors);
        if (kind == RecommenderKind.STAFF && in.recommenderUsername() != null && !in.recommenderUsername().isBlank()) {
            Account staff = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", in.recommenderUsername().strip())
                    .getResultStream().findFirst().orElse(null);
            if (staff == null || !staff.isStaff()) {
                errors.putIfAbsent("recommenderUsername", "validation.project.recommenderNotStaff");
            }
        }
        ProjectDetails details = new ProjectDetails(in.title(), team, lead, platform, in.industry(), township, in.location(),
                in.plannedInvestment(), in.actualInvestment(), in.countyLeader(), kind,
                kind == RecommenderKind.TALENT ? recommender : null,
                kind == RecommenderKind.STAFF ? in.recommenderUsername() : null,
                kind == RecommenderKind.OUTSIDER ? in.recommenderName() : null,
                in.recommenderReward(), in.openedOn(), in.description());
        Project.problems(details, clock).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        return details;
    }

    private Talent talent(Long id, String field, Map<String, String> errors) {
        if (id == null) {
            return null;
        }
        Talent t = em.find(Talent.class, id);
        if (t == null) {
            errors.putIfAbsent(field, "validation.talent.unknown");
        }
        return t;
    }

    private ProjectJson json(Project p, ProjectHistory h) {
        LocalDate today = LocalDate.now(clock);
        Flags flags = rules.flags().on(h, today);
        LocalDate nextDue = h.milestones().stream().filter(m -> m.metOn() == null).map(ProjectHistory.MilestoneFact::dueOn)
                .min(LocalDate::compareTo).orElse(null);
        return new ProjectJson(p.getId(), p.getTitle(),
                p.getTeam() == null ? null : p.getTeam().getId(), p.getTeam() == null ? null : p.getTeam().getName(),
                p.getLeadTalent() == null ? null : p.getLeadTalent().getId(), p.getLeadTalent() == null ? null : p.getLeadTalent().getName(),
                p.getPlatform() == null ? null : p.getPlatform().getCode(), p.getPlatform() == null ? null : p.getPlatform().getName(),
                p.getIndustry(), p.getTownship() == null ? null : p.getTownship().getCode(),
                p.getTownship() == null ? null : p.getTownship().getName(), p.getLocation(),
                p.getPlannedInvestment(), p.getActualInvestment(), p.getCountyLeader(),
                p.getRecommenderKind() == null ? null : p.getRecommenderKind().name(),
                p.getRecommenderTalent() == null ? null : p.getRecommenderTalent().getId(),
                p.getRecommenderUsername(), p.getRecommenderName(), p.recommenderLabel(), p.getRecommenderReward(),
                p.getStage().name(), p.getStageSince(), p.getOpenedOn(), p.getDescription(),
                h.percentOn(today), h.latestUpdateOn(today).orElse(null), h.milestones().size(),
                (int) h.milestones().stream().filter(m -> m.metOn() != null).count(), nextDue,
                new ProjectJson.FlagsJson(flags.yellow(), flags.red(), flags.plaque()),
                p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }

    /** 50.5 is refused rather than cut to 50: a percent is a whole number from 0 to 100 */
    private static Integer wholePercent(java.math.BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        if (percent.stripTrailingZeros().scale() > 0 || percent.signum() < 0 || percent.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw DomainViolation.of("percent", "validation.update.percent");
        }
        return percent.intValueExact();
    }

    static MilestoneJson milestoneJson(Milestone m, LocalDate today) {
        String state = m.getMetOn() != null ? (m.metOnTime() ? "MET" : "LATE") : m.getDueOn().isBefore(today) ? "OVERDUE" : "OPEN";
        return new MilestoneJson(m.getId(), m.getTitle(), m.getDueOn(), m.getStandard(), m.getMetOn(), m.getMetBy(), state);
    }

    private static UpdateJson updateJson(ProgressUpdate u) {
        return new UpdateJson(u.getId(), u.getReportedOn(), u.getPercent(), u.getText(), u.getBy(), u.getRecordedAt());
    }
}
