package cn.wulian.liancai.seed;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.account.entity.PasswordRules;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.persistence.StringListConverter;
import cn.wulian.liancai.shared.security.PasswordHashing;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.RelationKind;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.BulkInsert;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.shared.imports.entity.ImportStatus;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentDetails;
import cn.wulian.liancai.talent.entity.TalentRelation;
import cn.wulian.liancai.team.entity.FinancingRound;
import cn.wulian.liancai.team.entity.IpItem;
import cn.wulian.liancai.project.entity.Milestone;
import cn.wulian.liancai.project.entity.ProgressUpdate;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectDetails;
import cn.wulian.liancai.project.entity.RecommenderKind;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.support.entity.BenefitKind;
import cn.wulian.liancai.support.entity.Policy;
import cn.wulian.liancai.support.entity.PolicyTerms;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamMember;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import cn.wulian.liancai.shared.audit.AuditTrail;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.support.control.Holdings;
import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.support.entity.Disbursement;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Loads {@code data-seed/} (packaged into the app) into the database. Townships follow the file at
 * every start; the platforms of the file are loaded once, and award categories missing by code are added; the demo set (accounts, talents, their contacts and
 * relations, teams, projects, the default support policies and applications for them) only when demo data is on, once: a {@link SeedRun} row remembers it, and rows are
 * keyed (user name, talent key) so a partial earlier load is completed, never duplicated.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());
    static final String REFERENCE_PLATFORMS = "platforms";
    static final String DEMO_TALENTS = "demo/talents";
    static final String DEMO_TEAMS = "demo/teams";
    static final String DEMO_PROJECTS = "demo/projects";
    static final String DEMO_POLICIES = "demo/policies";
    static final String DEMO_APPLICATIONS = "demo/applications";
    static final String REFERENCE_SERVICES = "service-catalog";
    static final String DEMO_SERVICES = "demo/service_requests";
    static final String DEMO_AWARD = "demo/award";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Transactional
    public void loadReferenceData() {
        Map<String, Township> townships = byKey(em.createNamedQuery(Township.ALL, Township.class).getResultList(), Township::getCode);
        int added = 0;
        // the statistics list is the authority on townships: renamed units follow the file
        for (Map<String, String> row : rows("townships.csv")) {
            Township known = townships.get(row.get("code"));
            if (known == null) {
                em.persist(new Township(row.get("code"), row.get("name"), row.get("name_en"), row.get("kind")));
                added++;
            } else if (known.revise(row.get("name"), row.get("name_en"), row.get("kind"))) {
                added++;
            }
        }
        em.flush();
        // the platforms of the file are the first set, loaded once: after that they are the office's,
        // and a platform the office deleted stays deleted (a database from before the marker gets only the missing ones, once)
        if (em.find(SeedRun.class, REFERENCE_PLATFORMS) == null) {
            Map<String, Platform> platforms = byKey(em.createNamedQuery(Platform.ALL, Platform.class).getResultList(), Platform::getCode);
            int order = 0;
            for (Map<String, String> row : rows("platforms.csv")) {
                Platform platform = platforms.get(row.get("code"));
                if (platform == null) {
                    platform = platform(row);
                    em.persist(platform);
                    added++;
                }
                platform.placeAt(++order);
            }
            em.persist(new SeedRun(REFERENCE_PLATFORMS, clock.instant()));
        }
        // award categories are the office's to edit once there: only missing ones are added
        Set<String> categories = new HashSet<>(em.createQuery("select c.code from AwardCategory c", String.class).getResultList());
        int order2 = 0;
        for (Map<String, String> row : rows("award_categories.csv")) {
            order2++;
            if (!categories.contains(row.get("code"))) {
                em.persist(new AwardCategory(row.get("code"), row.get("name"), row.get("name_en"), row.get("description"), order2));
                added++;
            }
        }
        // the service catalogue: departments and kinds once, the calendar's years the database has none of
        boolean firstServices = em.find(SeedRun.class, REFERENCE_SERVICES) == null;
        added += new ServiceSeed(em, this::on).loadReference(firstServices, rows("departments.csv"), rows("service_kinds.csv"),
                rows("working_calendar.csv"));
        if (firstServices) {
            em.persist(new SeedRun(REFERENCE_SERVICES, clock.instant()));
        }
        if (added > 0) {
            LOG.info("seed: added or updated " + added + " townships, platforms, award categories and service catalogue entries");
        }
    }

    /** the demo service requests, each step on its day, once */
    @Transactional
    public void loadDemoServices() {
        if (em.find(SeedRun.class, DEMO_SERVICES) != null) {
            return;
        }
        int added = new ServiceSeed(em, this::on).loadDemo(rows("demo/service_requests.csv"),
                byKey(em.createQuery("select t from Talent t where t.seedKey is not null", Talent.class).getResultList(), Talent::getSeedKey),
                byKey(em.createQuery("select t from Team t where t.seedKey is not null", Team.class).getResultList(), Team::getSeedKey),
                byKey(em.createQuery("select p from Project p where p.seedKey is not null", Project.class).getResultList(), Project::getSeedKey));
        em.persist(new SeedRun(DEMO_SERVICES, clock.instant()));
        LOG.info("seed: loaded " + added + " demo service requests");
    }

    /**
     * The first administrator of a database without demo data, once, while no account exists: the
     * password comes from {@code liancai.admin.initial-password}, or is made up and written once to
     * the log. Either way it is a one-time password, to be replaced at the first log-in.
     */
    @Transactional
    public void ensureAdministrator(Optional<String> configured) {
        long accounts = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String password = configured.orElseGet(() -> PasswordRules.random(16));
        Account admin = new Account("admin", "系统管理员", Role.ADMIN, null, hashing.hash(password), null);
        admin.setOneTimePassword(admin.getPasswordHash());
        admin.createdAt(clock.instant());
        em.persist(admin);
        if (configured.isPresent()) {
            LOG.warning("seed: created the first administrator 'admin' with the password of liancai.admin.initial-password; it must be changed at the first log-in");
        } else {
            LOG.warning("""
                    seed: created the first administrator.
                    ==================================================================
                      user name: admin
                      one-time password: %s
                      (shown this once; it must be changed at the first log-in)
                    ==================================================================""".formatted(password));
        }
    }

    @Transactional
    public void loadDemoAccounts() {
        Map<String, Platform> platforms = byKey(em.createNamedQuery(Platform.ALL, Platform.class).getResultList(), Platform::getCode);
        Map<String, String> hashes = new HashMap<>();
        int added = 0;
        for (Map<String, String> row : rows("demo/users.csv")) {
            boolean exists = !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                    .setParameter("username", row.get("username")).getResultList().isEmpty();
            if (!exists) {
                Platform platform = row.get("platform_code") == null ? null : platforms.get(row.get("platform_code"));
                // one hash per distinct password (each ~0.5 s): the demo accounts share the published one
                String hash = hashes.computeIfAbsent(row.get("password"), hashing::hash);
                Account account = new Account(row.get("username"), row.get("display_name"), row.get("role"), platform, hash, row.get("email"));
                account.createdAt(clock.instant());
                em.persist(account);
                added++;
            }
        }
        if (added > 0) {
            LOG.info("seed: added " + added + " demo accounts");
        }
    }

    @Transactional
    public void loadDemoTalents() {
        if (em.find(SeedRun.class, DEMO_TALENTS) != null) {
            return;
        }
        Map<String, Township> townships = byKey(em.createNamedQuery(Township.ALL, Township.class).getResultList(), Township::getCode);
        Map<String, Account> accounts = byKey(em.createQuery("select a from Account a", Account.class).getResultList(), Account::getUsername);
        Map<String, Talent> talents = new HashMap<>();
        for (Talent t : em.createQuery("select t from Talent t where t.seedKey is not null", Talent.class).getResultList()) {
            talents.put(t.getSeedKey(), t);
        }
        Set<String> added = loadTalents(townships, accounts, talents);
        // contacts and relations belong to the talents added now: an earlier partial load keeps its own
        for (Map<String, String> row : rows("demo/interactions.csv")) {
            if (added.contains(row.get("talent_key"))) {
                Talent talent = talents.get(row.get("talent_key"));
                LocalDateTime at = LocalDateTime.parse(row.get("occurred_at"));
                em.persist(new Interaction(talent, InteractionKind.valueOf(row.get("kind")), at, row.get("place"),
                        row.get("participants"), row.get("summary"), row.get("agreed_actions"), date(row.get("follow_up_on")),
                        accounts.get(row.get("recorded_by")), Clock.fixed(at.atZone(clock.getZone()).toInstant(), clock.getZone())));
            }
        }
        for (Map<String, String> row : rows("demo/relations.csv")) {
            if (added.contains(row.get("from_key")) || added.contains(row.get("to_key"))) {
                em.persist(new TalentRelation(talents.get(row.get("from_key")), talents.get(row.get("to_key")),
                        RelationKind.valueOf(row.get("kind")), null));
            }
        }
        em.persist(new SeedRun(DEMO_TALENTS, clock.instant()));
        LOG.info("seed: loaded " + talents.size() + " demo talents");
    }

    /**
     * The demo talents go in as the office's files do: on the import's bulk path ({@link BulkInsert}),
     * recorded as an import of {@code data-seed/demo/talents.csv} that each talent knows. A referrer is
     * a talent of the same file: rows go in rounds, each of the rows whose referrer is in already.
     */
    private Set<String> loadTalents(Map<String, Township> townships, Map<String, Account> accounts, Map<String, Talent> talents) {
        List<Map<String, String>> waiting = new ArrayList<>();
        for (Map<String, String> row : rows("demo/talents.csv")) {
            if (!talents.containsKey(row.get("key"))) {
                waiting.add(row);
            }
        }
        if (waiting.isEmpty()) {
            return Set.of();
        }
        ImportBatch batch = new ImportBatch(RecordRef.kindOf(Talent.class), "data-seed/demo/talents.csv", null, null, null, null, waiting.size(),
                Actor.SYSTEM.username(), clock);
        batch.start(ImportBatch.Mode.VALID_ROWS, clock, null); // finished in this transaction: nobody to end it
        em.persist(batch);
        em.flush();
        RecordRef origin = new RecordRef(RecordRef.kindOf(ImportBatch.class), batch.getId());
        Set<String> added = new HashSet<>();
        while (!waiting.isEmpty()) {
            List<Map<String, String>> round = waiting.stream()
                    .filter(row -> row.get("referrer_key") == null || talents.containsKey(row.get("referrer_key")) || !inFile(waiting, row.get("referrer_key")))
                    .toList();
            if (round.isEmpty()) {
                throw new IllegalStateException("demo/talents.csv: referrers in a circle among " + waiting.stream().map(r -> r.get("key")).toList());
            }
            List<Talent> now = new ArrayList<>();
            for (Map<String, String> row : round) {
                Talent referrer = row.get("referrer_key") == null ? null : talents.get(row.get("referrer_key"));
                now.add(Talent.loaded(new TalentDetails(row.get("name"), enumOrNull(Gender.class, row.get("gender")),
                        integer(row.get("birth_year")), row.get("township_code") == null ? null : townships.get(row.get("township_code")),
                        row.get("village"), enumOrNull(Degree.class, row.get("degree")), row.get("school"), row.get("major"),
                        integer(row.get("graduation_year")), row.get("city"), row.get("employer"), row.get("title"),
                        StringListConverter.split(row.get("expertise")), row.get("phone"), row.get("email"), row.get("wechat"),
                        Stage.valueOf(row.get("stage")), row.get("liaison") == null ? null : accounts.get(row.get("liaison")),
                        referrer, row.get("referrer_name"), row.get("notes"), date(row.get("returned_on"))), row.get("key"), batch.getId(), clock));
            }
            BulkInsert.insert(em, clock, now, "import_id", origin);
            for (Talent t : now) {
                talents.put(t.getSeedKey(), t);
                added.add(t.getSeedKey());
            }
            waiting.removeAll(round);
        }
        batch.progressed(added.size(), added.size(), 0, 0);
        batch.finish(ImportStatus.DONE, null, clock);
        // what follows names the talents: as records of this transaction's persistence context, not the detached rows
        for (Talent t : em.createQuery("select t from Talent t where t.importId = :id", Talent.class).setParameter("id", batch.getId())
                .getResultList()) {
            talents.put(t.getSeedKey(), t);
        }
        return added;
    }

    private static boolean inFile(List<Map<String, String>> rows, String key) {
        return rows.stream().anyMatch(r -> key.equals(r.get("key")));
    }

    /** the demo teams with members, IP and financing, once; their status is taken as recorded */
    @Transactional
    public void loadDemoTeams() {
        if (em.find(SeedRun.class, DEMO_TEAMS) != null) {
            return;
        }
        Map<String, Platform> platforms = byKey(em.createNamedQuery(Platform.ALL, Platform.class).getResultList(), Platform::getCode);
        Map<String, Talent> talents = new HashMap<>();
        for (Talent t : em.createQuery("select t from Talent t where t.seedKey is not null", Talent.class).getResultList()) {
            talents.put(t.getSeedKey(), t);
        }
        Map<String, List<TeamMember>> members = new HashMap<>();
        for (Map<String, String> row : rows("demo/team_members.csv")) {
            members.computeIfAbsent(row.get("team_key"), k -> new ArrayList<>()).add(new TeamMember(
                    row.get("talent_key") == null ? null : talents.get(row.get("talent_key")),
                    row.get("outside_name"), row.get("outside_role"), row.get("role")));
        }
        Map<String, List<IpItem>> ip = new HashMap<>();
        for (Map<String, String> row : rows("demo/team_ip.csv")) {
            ip.computeIfAbsent(row.get("team_key"), k -> new ArrayList<>()).add(new IpItem(
                    IpItem.Kind.valueOf(row.get("kind")), row.get("title"), row.get("number"), date(row.get("granted_on"))));
        }
        Map<String, List<FinancingRound>> financing = new HashMap<>();
        for (Map<String, String> row : rows("demo/team_financing.csv")) {
            financing.computeIfAbsent(row.get("team_key"), k -> new ArrayList<>()).add(new FinancingRound(
                    date(row.get("closed_on")), new BigDecimal(row.get("amount")), row.get("investor"), row.get("round")));
        }
        Set<String> existing = new HashSet<>(em.createQuery("select t.seedKey from Team t where t.seedKey is not null", String.class).getResultList());
        int added = 0;
        for (Map<String, String> row : rows("demo/teams.csv")) {
            String key = row.get("key");
            if (existing.contains(key)) {
                continue;
            }
            TeamDetails details = new TeamDetails(row.get("name"), talents.get(row.get("leader_key")), row.get("field"),
                    date(row.get("founded_on")), integer(row.get("headcount")), row.get("company_name"), row.get("credit_code"),
                    date(row.get("incubation_start")), date(row.get("incubation_end")), row.get("description"),
                    members.getOrDefault(key, List.of()), ip.getOrDefault(key, List.of()), financing.getOrDefault(key, List.of()));
            Team team = new Team(platforms.get(row.get("platform_code")), details, key, TeamStatus.valueOf(row.get("status")), clock);
            em.persist(team);
            em.persist(team.registered("seed", clock));
            added++;
        }
        em.persist(new SeedRun(DEMO_TEAMS, clock.instant()));
        LOG.info("seed: loaded " + added + " demo teams");
    }

    /**
     * The demo projects with their stage steps, commitments and progress, once. Each record is made
     * with a clock set to its own day, so that it carries the moment it would have been recorded and
     * past months' rankings come out as they would have been published.
     */
    @Transactional
    public void loadDemoProjects() {
        if (em.find(SeedRun.class, DEMO_PROJECTS) != null) {
            return;
        }
        Map<String, Platform> platforms = byKey(em.createNamedQuery(Platform.ALL, Platform.class).getResultList(), Platform::getCode);
        Map<String, Township> townships = byKey(em.createNamedQuery(Township.ALL, Township.class).getResultList(), Township::getCode);
        Map<String, Talent> talents = byKey(em.createQuery("select t from Talent t where t.seedKey is not null", Talent.class)
                .getResultList(), Talent::getSeedKey);
        Map<String, Team> teams = byKey(em.createQuery("select t from Team t where t.seedKey is not null", Team.class)
                .getResultList(), Team::getSeedKey);
        Set<String> existing = new HashSet<>(em.createQuery("select p.seedKey from Project p where p.seedKey is not null", String.class)
                .getResultList());
        Map<String, Project> added = new HashMap<>();
        for (Map<String, String> row : rows("demo/projects.csv")) {
            String key = row.get("key");
            if (existing.contains(key)) {
                continue;
            }
            Team team = row.get("team_key") == null ? null : teams.get(row.get("team_key"));
            RecommenderKind kind = enumOrNull(RecommenderKind.class, row.get("recommender_kind"));
            LocalDate opened = date(row.get("created_on"));
            ProjectDetails details = new ProjectDetails(row.get("title"), team,
                    row.get("lead_talent_key") == null ? null : talents.get(row.get("lead_talent_key")),
                    row.get("platform_code") == null ? null : platforms.get(row.get("platform_code")),
                    row.get("industry"), row.get("township_code") == null ? null : townships.get(row.get("township_code")),
                    row.get("location"), new BigDecimal(row.get("planned_investment")), money(row.get("actual_investment")),
                    row.get("county_leader"), kind,
                    row.get("recommender_talent_key") == null ? null : talents.get(row.get("recommender_talent_key")),
                    row.get("recommender_username"), row.get("recommender_name"), money(row.get("recommender_reward")),
                    opened, row.get("description"));
            Project project = new Project(details, key, on(opened, 9));
            em.persist(project);
            added.put(key, project);
        }
        em.flush();
        for (Map<String, String> row : rows("demo/project_milestones.csv")) {
            Project project = added.get(row.get("project_key"));
            if (project != null) {
                Milestone m = new Milestone(project, row.get("title"), date(row.get("due_on")), row.get("standard"), "office",
                        on(project.getOpenedOn(), 10));
                if (row.get("met_on") != null) {
                    m.meet(date(row.get("met_on")), "office", on(date(row.get("met_on")), 18));
                }
                em.persist(m);
            }
        }
        for (Map<String, String> row : rows("demo/project_transitions.csv")) {
            Project project = added.get(row.get("project_key"));
            if (project != null) {
                LocalDate day = date(row.get("on"));
                em.persist(project.advance(day, "office", null, on(day, 17)));
            }
        }
        for (Map<String, String> row : rows("demo/project_updates.csv")) {
            Project project = added.get(row.get("project_key"));
            if (project != null) {
                LocalDate day = date(row.get("on"));
                em.persist(new ProgressUpdate(project, day, integer(row.get("percent")), row.get("text"), row.get("by_username"),
                        on(day, 18)));
            }
        }
        em.persist(new SeedRun(DEMO_PROJECTS, clock.instant()));
        LOG.info("seed: loaded " + added.size() + " demo projects");
    }

    /**
     * The default "five ones" package, once: editable demo content, so a policy whose code exists
     * (edited, perhaps) is left alone. Each rule is checked against the facts of its kind, as if
     * typed in by the office.
     */
    @Transactional
    public void loadDemoPolicies() {
        if (em.find(SeedRun.class, DEMO_POLICIES) != null) {
            return;
        }
        Set<String> existing = new HashSet<>(em.createQuery("select p.code from Policy p", String.class).getResultList());
        FactSources facts = new FactSources(em);
        int added = 0;
        for (Map<String, String> row : rows("demo/policies.csv")) {
            if (!existing.contains(row.get("code"))) {
                SubjectKind kind = SubjectKind.valueOf(row.get("beneficiary_kind"));
                em.persist(new Policy(row.get("code"), policyTerms(row, facts.catalog(kind)), "seed", clock));
                added++;
            }
        }
        em.persist(new SeedRun(DEMO_POLICIES, clock.instant()));
        LOG.info("seed: loaded " + added + " demo policies");
    }

    /**
     * The demo applications and their payments, each step taken through the application's own
     * rules on the day the file gives (so caps and budgets hold as they would have), once. Each
     * subject must qualify for its policy by its current record, as at the office's counter.
     */
    @Transactional
    public void loadDemoApplications() {
        if (em.find(SeedRun.class, DEMO_APPLICATIONS) != null) {
            return;
        }
        Map<String, Talent> talents = byKey(em.createQuery("select t from Talent t where t.seedKey is not null", Talent.class)
                .getResultList(), Talent::getSeedKey);
        Map<String, Team> teams = byKey(em.createQuery("select t from Team t where t.seedKey is not null", Team.class)
                .getResultList(), Team::getSeedKey);
        Map<String, Project> projects = byKey(em.createQuery("select p from Project p where p.seedKey is not null", Project.class)
                .getResultList(), Project::getSeedKey);
        Map<String, List<Map<String, String>>> payments = new HashMap<>();
        rows("demo/disbursements.csv").forEach(d -> payments.computeIfAbsent(d.get("application_key"), k -> new ArrayList<>()).add(d));
        FactSources facts = new FactSources(em);
        int added = 0;
        for (Map<String, String> row : rows("demo/applications.csv")) {
            Policy policy = em.createNamedQuery(Policy.CURRENT_OF_CODE, Policy.class).setParameter("code", row.get("policy")).getSingleResult();
            String key = row.get("subject_key");
            Subject subject = switch (SubjectKind.valueOf(row.get("subject_kind"))) {
                case TALENT -> Subject.of(required(talents.get(key), key));
                case TEAM -> Subject.of(required(teams.get(key), key));
                case PROJECT -> Subject.of(required(projects.get(key), key));
            };
            Clock submittedOn = on(date(row.get("submitted_on")), 9);
            Application a = new Application(policy, subject, money(row.get("requested_amount")), row.get("statement"),
                    row.get("submitted_by"), submittedOn);
            long subjectId = switch (subject.kind()) {
                case TALENT -> subject.talent().getId();
                case TEAM -> subject.team().getId();
                case PROJECT -> subject.project().getId();
            };
            if (!RuleJson.stored(policy.getRuleJson(), facts.catalog(subject.kind()))
                    .evaluate(facts.facts(subject.kind(), subjectId, clock), LocalDate.now(clock)).passed()) {
                throw new IllegalStateException("demo application " + row.get("key") + ": " + key + " does not qualify for " + policy.getCode());
            }
            em.persist(a);
            em.persist(a.submitted());
            em.flush();
            String decision = row.get("decision");
            Clock decidedOn = decision == null ? null : on(date(row.get("decided_on")), 15);
            String by = row.get("decided_by");
            if ("APPROVED".equals(decision)) {
                int year = date(row.get("decided_on")).getYear();
                em.persist(a.approve(policy, money(row.get("amount")), row.get("note"),
                        Holdings.held(em, policy.getCode(), subject.kind(), subjectId, year),
                        Holdings.account(em, policy.getCode(), year, policy.getAnnualBudget()), by, decidedOn));
            } else if ("REJECTED".equals(decision)) {
                em.persist(a.reject(row.get("note"), by, decidedOn));
            } else if ("WITHDRAWN".equals(decision)) {
                em.persist(a.withdraw(row.get("note"), by, decidedOn));
            }
            for (Map<String, String> d : payments.getOrDefault(row.get("key"), List.of())) {
                var before = a.getStatus();
                LocalDate paidOn = date(d.get("paid_on"));
                Disbursement paid = a.disburse(paidOn, money(d.get("amount")), d.get("voucher_no"), d.get("recorded_by"), on(paidOn, 16));
                em.persist(paid);
                var granted = a.grantedBy(paid, before);
                if (granted != null) {
                    em.persist(granted);
                }
            }
            if (row.get("closed_on") != null) {
                var released = a.open();
                em.persist(a.close(row.get("closed_note"), by, on(date(row.get("closed_on")), 11)));
                Holdings.release(em, a, released);
            }
            em.flush();
            added++;
        }
        em.persist(new SeedRun(DEMO_APPLICATIONS, clock.instant()));
        LOG.info("seed: loaded " + added + " demo applications");
    }

    /**
     * The demo award: reviewer accounts linked to their holders' talent records, a closed 2025
     * cycle with its winners and an open 2026 one in the middle of its review (see {@link AwardSeed}), once.
     */
    @Transactional
    public void loadDemoAward() {
        if (em.find(SeedRun.class, DEMO_AWARD) != null) {
            return;
        }
        Map<String, Talent> talents = byKey(em.createQuery("select t from Talent t where t.seedKey is not null", Talent.class)
                .getResultList(), Talent::getSeedKey);
        AwardSeed award = new AwardSeed(em, this::on, trail);
        award.linkAccounts(rows("demo/users.csv"), talents);
        int added = award.load(rows("demo/award_cycles.csv"), rows("demo/nominations.csv"), rows("demo/reviews.csv"), talents);
        em.persist(new SeedRun(DEMO_AWARD, clock.instant()));
        LOG.info("seed: loaded " + added + " demo nominations");
    }

    private static <T> T required(T found, String key) {
        if (found == null) {
            throw new IllegalStateException("demo application names an unknown record: " + key);
        }
        return found;
    }

    /** one row of {@code policies.csv} as a policy's terms, its rule read against the catalog of its kind */
    static PolicyTerms policyTerms(Map<String, String> row, FactCatalog catalog) {
        return new PolicyTerms(row.get("name"), row.get("description"), SubjectKind.valueOf(row.get("beneficiary_kind")),
                RuleJson.parse(row.get("rule"), catalog), BenefitKind.valueOf(row.get("benefit_kind")), money(row.get("benefit_amount")),
                integer(row.get("benefit_months")), row.get("benefit_text"), money(row.get("cap_per_beneficiary")),
                integer(row.get("cap_grants_per_beneficiary")), money(row.get("cap_per_beneficiary_per_year")),
                money(row.get("annual_budget")), date(row.get("valid_from")), date(row.get("valid_to")));
    }

    /** a clock stopped at the given hour of the day, in the county's zone */
    private Clock on(LocalDate day, int hour) {
        return Clock.fixed(day.atTime(hour, 0).atZone(clock.getZone()).toInstant(), clock.getZone());
    }

    private static BigDecimal money(String s) {
        return s == null ? null : new BigDecimal(s.strip());
    }

    private static List<Map<String, String>> rows(String file) {
        String resource = "data-seed/" + file;
        InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("seed file missing from the package: " + resource);
        }
        return Csv.read(in);
    }

    private static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        list.forEach(t -> map.put(key.apply(t), t));
        return map;
    }

    /** a row of platforms.csv as a platform, under the same rules as one the office adds (every column but code and name may be empty) */
    static Platform platform(Map<String, String> row) {
        return new Platform(row.get("code"), row.get("name"), row.get("name_en"), row.get("kind"), row.get("address"),
                date(row.get("opened_on")), row.get("area_m2") == null ? null : new BigDecimal(row.get("area_m2")),
                integer(row.get("workstations")), row.get("operator"), row.get("description"));
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s.strip());
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s.strip());
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String s) {
        return s == null ? null : Enum.valueOf(type, s.strip());
    }
}
