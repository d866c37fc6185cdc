package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
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
import cn.wulian.liancai.talent.entity.DuplicateKeys;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.control.TeamDocuments;
import cn.wulian.liancai.team.control.TeamListing;
import cn.wulian.liancai.team.control.TeamQuery;
import cn.wulian.liancai.search.boundary.SearchIndex;
import cn.wulian.liancai.search.control.ListPage;
import cn.wulian.liancai.team.entity.FinancingRound;
import cn.wulian.liancai.team.entity.IpItem;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamAction;
import cn.wulian.liancai.team.entity.CreditCode;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamMember;
import cn.wulian.liancai.team.entity.TeamStatus;
import cn.wulian.liancai.team.entity.TeamTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The teams' use cases. Scope is checked here for every call: office staff and administrators
 * see and change all teams; a platform manager only the teams of their own platform — any other
 * id, existing or not, is refused alike, so that ids cannot be probed; reviewers have no business
 * with teams.
 */
@ApplicationScoped
@Transactional
public class Teams implements IndexSource, Exportable<TeamJson> {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    InputChecks checks;

    @Inject
    Event<IndexChange> indexChanges;

    @Inject
    References references;

    @Inject
    AuditTrail trail;

    @Inject
    SearchIndex index;

    public Page<TeamJson> list(PageRequest request) {
        requireTeamRole();
        // a manager's list is their platform's, whatever the request says
        PageRequest scoped = user.scoped(request);
        if (index.behind()) {
            // the index lacks a saved record until it is repaired: the database lists every one
            Page<Team> page = new TeamQuery(em).page(scoped);
            return new Page<>(page.total(), page.rows().stream().map(this::json).toList());
        }
        // counted, filtered and sorted by the index; the rows read from the database
        ListPage ids = index.listAsCaller(TeamListing.of(scoped));
        return new Page<>(ids.total(), new TeamQuery(em).inOrder(ids.ids()).stream().map(this::json).toList());
    }

    /** the list as a file, scoped as {@link #list} is */
    @Override
    public Exportable.Plan<TeamJson> exportPlan(PageRequest request, Locale locale) {
        requireTeamRole();
        return TeamExport.plan(locale, index.listIdsAsCaller(TeamListing.of(user.scoped(request)), Integer.MAX_VALUE));
    }

    @Override
    public List<TeamJson> exportRows(List<Long> ids) {
        requireTeamRole();
        return new TeamQuery(em).inOrder(ids).stream().map(this::json).toList();
    }

    @Override
    public void exported(String detail) {
        trail.record(new RecordRef(RecordRef.kindOf(Team.class), null), null, AuditTrail.EXPORTED, detail);
    }

    public TeamJson find(long id) {
        return json(team(id));
    }

    public TeamJson register(TeamInput input) {
        requireTeamRole();
        if (isManager() && input.platform() != null && !input.platform().isBlank() && !input.platform().equals(user.platformCode())) {
            throw new Forbidden("a platform manager registers teams on their own platform only");
        }
        // a manager's team is always on their own platform
        Map<String, String> errors = new LinkedHashMap<>();
        Platform platform = InputChecks.collect(errors, () -> isManager() ? platform(user.platformCode()) : platform(input.platform()));
        TeamDetails details = InputChecks.collect(errors, () -> details(input));
        if (platform != null && details != null) {
            taken(platform, details, null).forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors); // the platform and every detail named at once
        }
        Team team = new Team(platform, details, clock);
        em.persist(team);
        em.flush();
        em.persist(team.registered(user.getUsername(), clock));
        indexChanges.fire(IndexChange.upsert(TeamDocuments.of(team)));
        return json(team);
    }

    public TeamJson revise(long id, TeamInput input) {
        Team team = team(id);
        if (isManager() && !team.getStatus().editableByManager()) {
            throw DomainViolation.of("status", "validation.team.notEditable");
        }
        checkVersion(team, input.version(), id);
        TeamDetails details = details(input);
        Map<String, String> taken = taken(team.getPlatform(), details, id);
        if (DuplicateKeys.nameKey(details.name().strip()).equals(DuplicateKeys.nameKey(team.getName()))) {
            taken.remove("name"); // kept as it was: a pair registered before the rule may still be edited
        }
        if (!taken.isEmpty()) {
            throw new DomainViolation(taken);
        }
        team.revise(details, clock);
        flush(id);
        indexChanges.fire(IndexChange.upsert(TeamDocuments.of(team)));
        return json(team);
    }

    public void remove(long id) {
        Team team = team(id);
        if (team.getStatus() != TeamStatus.DRAFT) {
            throw DomainViolation.of("status", "validation.team.onlyDraftDeleted");
        }
        references.requireUnused(RecordKind.TEAM, id);
        // one by one rather than in bulk, so that the audit trail sees each go
        em.createQuery("select t from TeamTransition t where t.team = :t", TeamTransition.class).setParameter("t", team).getResultList()
                .forEach(em::remove);
        em.remove(team);
        indexChanges.fire(IndexChange.delete(TeamDocuments.TYPE, id));
    }

    public TeamJson take(long id, TransitionInput input) {
        Team team = team(id);
        checks.validate(input);
        checkVersion(team, input.version(), id);
        TeamAction action = InputChecks.enumValue(TeamAction.class, input.action(), "action", true);
        TeamTransition step = team.take(action, user.getUsername(), isManager(), input.reason(), clock);
        em.persist(step);
        flush(id);
        indexChanges.fire(IndexChange.upsert(TeamDocuments.of(team)));
        return json(team);
    }

    public List<TransitionJson> transitions(long id) {
        team(id);
        return em.createNamedQuery(TeamTransition.OF_TEAM, TeamTransition.class).setParameter("team", id).getResultList()
                .stream().map(t -> new TransitionJson(t.getId(), t.getFrom() == null ? null : t.getFrom().name(), t.getTo().name(),
                        t.getBy(), t.getHappenedAt(), t.getReason())).toList();
    }

    /** every team the caller may see, by name: office staff all, a manager their platform's (a picker's choices) */
    public List<TeamJson> visible() {
        requireTeamRole();
        TeamQuery query = new TeamQuery(em);
        return query.inOrder(query.ids(user.scoped(new PageRequest(0, 1, "name", true, Map.of())))).stream().map(this::json).toList();
    }

    /** the teams a platform's page shows: all of them for office staff and that platform's manager */
    public List<TeamJson> ofPlatform(String platformCode) {
        requireTeamRole();
        if (isManager() && !platformCode.equals(user.platformCode())) {
            return List.of();
        }
        return new TeamQuery(em).page(new PageRequest(0, PageRequest.MAX_LIMIT, "name", true, Map.of("platform", platformCode)))
                .rows().stream().map(this::json).toList();
    }

    // ---- search

    @Override
    public String type() {
        return TeamDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        return TeamDocuments.stamps(em.createQuery(TeamDocuments.STAMP_ROWS, Object[].class).getResultList());
    }

    @Override
    public List<IndexedDocument> embedding(String type, long id) {
        String showing = TeamDocuments.SHOWING.get(type);
        return showing == null ? List.of() : em.createQuery("select t from Team t join fetch t.platform where " + showing, Team.class)
                .setParameter("id", id).getResultList().stream().map(TeamDocuments::of).toList();
    }

    @Override
    public List<IndexedDocument> documents() {
        return em.createQuery("select t from Team t join fetch t.platform", Team.class).getResultList()
                .stream().map(TeamDocuments::of).toList();
    }

    @Override
    public List<IndexedDocument> documents(Collection<Long> ids) {
        return IndexSource.documentsByIds(em, "select t from Team t join fetch t.platform where t.id in :ids", Team.class, ids,
                TeamDocuments::of);
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from Team t", Long.class).getSingleResult();
    }

    // ---- helpers

    private boolean isManager() {
        return user.isManager();
    }

    private void requireTeamRole() {
        user.requireStaffOrManager("teams are for office staff and platform managers");
    }

    /** the team, if the caller may see it; a manager asking for any other id is refused alike */
    private Team team(long id) {
        requireTeamRole();
        return user.inScope(em.find(Team.class, id), t -> t.getPlatform().getCode(), "team", id);
    }

    private Platform platform(String code) {
        if (code == null || code.isBlank()) {
            throw DomainViolation.of("platform", "validation.required");
        }
        return em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", code.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainViolation.of("platform", "validation.platform.unknown"));
    }

    private void checkVersion(Team team, Long version, long id) {
        Versions.check(team.getVersion(), version, "team", id);
    }

    private void flush(long id) {
        Versions.flush(em, "team", id);
    }

    /**
     * What another team already holds: its name on the same platform, in any case (a second registration of one team, as
     * the import knows it again), or its credit code anywhere (one company, one team; the database's key says so too, but only as a
     * conflict naming nothing).
     */
    private Map<String, String> taken(Platform platform, TeamDetails d, Long self) {
        long other = self == null ? -1 : self; // no team has it
        String code = d.creditCode() == null || d.creditCode().isBlank() ? null : CreditCode.normalize(d.creditCode());
        // one query for both: the other teams of the platform (their names compared as the talents' are: 蓮鄉 is 莲乡, case
        // and spaces aside) and any team holding this credit code ("-" when none is given, which no team holds: a null
        // parameter could be read as "is null" and match them all); a platform's teams are a few hundred at most
        String name = DuplicateKeys.nameKey(d.name().strip());
        List<Object[]> others = em.createQuery("select t.platform.id, t.name, t.creditCode from Team t"
                        + " where t.id <> :self and (t.platform = :p or t.creditCode = :c)", Object[].class)
                .setParameter("p", platform).setParameter("c", code == null ? "-" : code).setParameter("self", other).getResultList();
        Map<String, String> errors = new LinkedHashMap<>();
        if (others.stream().anyMatch(t -> platform.getId().equals(t[0]) && name.equals(DuplicateKeys.nameKey((String) t[1])))) {
            errors.put("name", "validation.team.nameTaken");
        }
        if (code != null && others.stream().anyMatch(t -> code.equals(t[2]))) {
            errors.put("creditCode", "validation.team.creditCodeTaken");
        }
        return errors;
    }

    private TeamDetails details(TeamInput in) {
        Map<String, String> errors = checks.formatErrors(in);
        Talent leader = null;
        if (in.leaderId() != null) {
            leader = em.find(Talent.class, in.leaderId());
            if (leader == null) {
                errors.putIfAbsent("leaderId", "validation.talent.unknown");
            }
        }
        List<TeamMember> members = new ArrayList<>();
        for (TeamInput.Member m : in.members() == null ? List.<TeamInput.Member>of() : in.members()) {
            if (m == null) {
                continue;
            }
            Talent talent = m.talentId() == null ? null : em.find(Talent.class, m.talentId());
            if (m.talentId() != null && talent == null) {
                errors.putIfAbsent("members", "validation.talent.unknown");
            }
            members.add(new TeamMember(talent, m.name(), m.outsideRole(), m.role()));
        }
        List<IpItem> ip = new ArrayList<>();
        for (TeamInput.Ip i : in.ip() == null ? List.<TeamInput.Ip>of() : in.ip()) {
            if (i != null) {
                IpItem.Kind kind = InputChecks.collect(errors, () -> InputChecks.enumValue(IpItem.Kind.class, i.kind(), "ip", true));
                ip.add(new IpItem(kind, i.title(), i.number(), i.grantedOn()));
            }
        }
        List<FinancingRound> financing = new ArrayList<>();
        for (TeamInput.Financing f : in.financing() == null ? List.<TeamInput.Financing>of() : in.financing()) {
            if (f != null) {
                financing.add(new FinancingRound(f.closedOn(), f.amount(), f.investor(), f.round()));
            }
        }
        TeamDetails details = new TeamDetails(in.name(), leader, in.field(), in.foundedOn(), in.headcount(), in.companyName(),
                in.creditCode(), in.incubationStart(), in.incubationEnd(), in.description(), members, ip, financing);
        Team.problems(details, clock).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        return details;
    }

    private TeamJson json(Team t) {
        return new TeamJson(t.getId(), t.getPlatform().getCode(), t.getPlatform().getName(), t.getName(),
                t.getLeader() == null ? null : t.getLeader().getId(), t.getLeader() == null ? null : t.getLeader().getName(),
                t.getField(), t.getFoundedOn(), t.getHeadcount(), t.getCompanyName(), t.getCreditCode(), t.getStatus().name(),
                t.getIncubationStart(), t.getIncubationEnd(), t.getDescription(),
                t.getMembers().stream().map(m -> new TeamJson.Member(m.getTalent() == null ? null : m.getTalent().getId(),
                        m.displayName(), m.getOutsideRole(), m.getRole())).toList(),
                t.getIp().stream().map(i -> new TeamJson.Ip(i.getKind().name(), i.getTitle(), i.getNumber(), i.getGrantedOn())).toList(),
                t.getFinancing().stream().map(f -> new TeamJson.Financing(f.getClosedOn(), f.getAmount(), f.getInvestor(), f.getRound())).toList(),
                t.financingTotal(), t.getCreatedAt(), t.getUpdatedAt(), t.getVersion());
    }
}
