package cn.wulian.liancai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.support.entity.Policy;
import cn.wulian.liancai.support.entity.PolicyTerms;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.persistence.StringListConverter;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.boundary.TalentInput;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.TestInputChecks;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.RelationKind;
import cn.wulian.liancai.talent.entity.Stage;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files in data-seed/, as packaged on the classpath, refer only to what exists and satisfy the
 * formats the app's own forms demand. Each check lists the offending rows, so a failure says what to fix.
 */
class SeedDataTest {

    static final String TOWNSHIPS = "townships.csv";
    static final String PLATFORMS = "platforms.csv";
    static final String AWARD_CATEGORIES = "award_categories.csv";
    static final String CITIES = "cities.csv";
    static final String USERS = "demo/users.csv";
    static final String TALENTS = "demo/talents.csv";
    static final String INTERACTIONS = "demo/interactions.csv";
    static final String RELATIONS = "demo/relations.csv";
    static final String TEAMS = "demo/teams.csv";
    static final String TEAM_MEMBERS = "demo/team_members.csv";
    static final String TEAM_IP = "demo/team_ip.csv";
    static final String TEAM_FINANCING = "demo/team_financing.csv";
    static final String PROJECTS = "demo/projects.csv";
    static final String PROJECT_TRANSITIONS = "demo/project_transitions.csv";
    static final String PROJECT_MILESTONES = "demo/project_milestones.csv";
    static final String PROJECT_UPDATES = "demo/project_updates.csv";
    static final String POLICIES = "demo/policies.csv";
    static final String APPLICATIONS = "demo/applications.csv";
    static final String DISBURSEMENTS = "demo/disbursements.csv";
    static final String AWARD_CYCLES = "demo/award_cycles.csv";
    static final String NOMINATIONS = "demo/nominations.csv";
    static final String REVIEWS = "demo/reviews.csv";

    static InputStream open(String file) {
        InputStream in = SeedDataTest.class.getClassLoader().getResourceAsStream("data-seed/" + file);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: data-seed/" + file);
        }
        return in;
    }

    static List<Map<String, String>> rows(String file) {
        return Csv.read(open(file));
    }

    static Set<String> column(String file, String name) {
        return rows(file).stream().map(r -> r.get(name)).collect(Collectors.toSet());
    }

    /** the rows (by a describing column) that fail a check, for a readable failure message */
    static List<String> offending(String file, String describedBy, Predicate<Map<String, String>> bad) {
        return rows(file).stream().filter(bad).map(r -> r.get(describedBy)).toList();
    }

    static void assertUnique(String file, String... columns) {
        Set<List<String>> seen = new HashSet<>();
        List<List<String>> duplicates = new ArrayList<>();
        for (Map<String, String> row : rows(file)) {
            List<String> key = Stream.of(columns).map(row::get).toList();
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        assertEquals(List.of(), duplicates, file + ": duplicate " + List.of(columns));
    }

    @Test
    void everyCsvFileInTheProjectIsPackagedAndCheckedHere() throws IOException {
        Path dir = Path.of("data-seed");
        try (Stream<Path> files = Files.walk(dir)) {
            Set<String> found = files.filter(p -> p.toString().endsWith(".csv"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(List.of(TOWNSHIPS, PLATFORMS, AWARD_CATEGORIES, USERS, TALENTS, INTERACTIONS, RELATIONS,
                    TEAMS, TEAM_MEMBERS, TEAM_IP, TEAM_FINANCING, PROJECTS, PROJECT_TRANSITIONS, PROJECT_MILESTONES, PROJECT_UPDATES,
                    POLICIES, APPLICATIONS, DISBURSEMENTS, AWARD_CYCLES, NOMINATIONS, REVIEWS, ServiceSeedDataTest.DEPARTMENTS,
                    ServiceSeedDataTest.KINDS, ServiceSeedDataTest.CALENDAR, ServiceSeedDataTest.REQUESTS, CITIES)), found);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TOWNSHIPS, PLATFORMS, AWARD_CATEGORIES, USERS, TALENTS, INTERACTIONS, RELATIONS, TEAMS, TEAM_MEMBERS, TEAM_IP, TEAM_FINANCING,
            PROJECTS, PROJECT_TRANSITIONS, PROJECT_MILESTONES, PROJECT_UPDATES, POLICIES, APPLICATIONS, DISBURSEMENTS,
            AWARD_CYCLES, NOMINATIONS, REVIEWS})
    void everyRecordHasAsManyFieldsAsTheHeader(String file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            List<List<String>> records = Csv.parse(reader);
            int width = records.getFirst().size();
            List<Integer> wrong = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                if (records.get(i).size() != width) {
                    wrong.add(i);
                }
            }
            assertEquals(List.of(), wrong, file + ": records (1 = first after the header) with other than " + width + " fields");
            assertTrue(records.size() > 1, file + " has no rows");
        }
    }

    @Test
    void townships() {
        assertUnique(TOWNSHIPS, "code");
        assertUnique(TOWNSHIPS, "name");
        assertEquals(List.of(), offending(TOWNSHIPS, "code", r -> r.get("code") == null || !r.get("code").matches("371121\\d{3}")
                || r.get("name") == null));
    }

    @Test
    void platforms() {
        assertUnique(PLATFORMS, "code");
        assertUnique(PLATFORMS, "name");
        // the loader's own conversion, under the rules a platform the office adds must meet (kind one of the programme's words)
        assertEquals(List.of(), offending(PLATFORMS, "code", r -> {
            try {
                SeedLoader.platform(r);
                return false;
            } catch (DomainViolation e) {
                return true;
            }
        }));
        assertEquals(List.of(), offending(PLATFORMS, "code", r -> {
            try {
                LocalDate.parse(r.get("opened_on"));
                new java.math.BigDecimal(r.get("area_m2"));
                Integer.parseInt(r.get("workstations"));
                return r.get("name") == null;
            } catch (RuntimeException e) {
                return true;
            }
        }));
    }

    @Test
    void users() {
        assertUnique(USERS, "username");
        Set<String> platforms = column(PLATFORMS, "code");
        assertEquals(List.of(), offending(USERS, "username", r -> !r.get("username").matches("[a-z0-9][a-z0-9._-]{1,39}")));
        assertEquals(List.of(), offending(USERS, "username", r -> !Role.isKnown(r.get("role"))));
        // a manager acts for a platform; a reviewer may run one (which the award treats as a conflict of interest); nobody else has one
        assertEquals(List.of(), offending(USERS, "username", r -> Role.PLATFORM_MANAGER.equals(r.get("role"))
                ? !platforms.contains(r.get("platform_code"))
                : Role.REVIEWER.equals(r.get("role")) ? r.get("platform_code") != null && !platforms.contains(r.get("platform_code"))
                : r.get("platform_code") != null));
        Set<String> talents = column(TALENTS, "key");
        assertEquals(List.of(), offending(USERS, "username", r -> r.get("talent_key") != null && !talents.contains(r.get("talent_key"))));
        assertEquals(List.of(), offending(USERS, "username", r -> r.get("password") == null || r.get("display_name") == null));
        Set<String> roles = column(USERS, "role");
        assertEquals(Set.of(Role.ALL), roles, "the demo has an account of every role");
    }

    static Set<String> staff() {
        return rows(USERS).stream().filter(r -> Role.OFFICE.equals(r.get("role")) || Role.ADMIN.equals(r.get("role")))
                .map(r -> r.get("username")).collect(Collectors.toSet());
    }

    @Test
    void talentsReferToWhatExists() {
        assertUnique(TALENTS, "key");
        Set<String> townships = column(TOWNSHIPS, "code");
        Set<String> staff = staff();
        assertEquals(List.of(), offending(TALENTS, "key", r -> r.get("township_code") != null && !townships.contains(r.get("township_code"))));
        assertEquals(List.of(), offending(TALENTS, "key", r -> r.get("liaison") != null && !staff.contains(r.get("liaison"))));
        assertEquals(List.of(), offending(TALENTS, "key", r -> r.get("referrer_key") != null && r.get("referrer_name") != null));
    }

    @Test
    void aReferrerIsAnEarlierRow() {
        Set<String> earlier = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map<String, String> r : rows(TALENTS)) {
            if (r.get("referrer_key") != null && !earlier.contains(r.get("referrer_key"))) {
                wrong.add(r.get("key") + " -> " + r.get("referrer_key"));
            }
            earlier.add(r.get("key"));
        }
        assertEquals(List.of(), wrong);
        assertTrue(rows(TALENTS).stream().anyMatch(r -> r.get("referrer_key") != null), "the demo shows referrals");
    }

    @Test
    void talentCodesAndYears() {
        assertEquals(List.of(), offending(TALENTS, "key", r -> {
            try {
                Stage.valueOf(r.get("stage"));
                if (r.get("degree") != null) {
                    Degree.valueOf(r.get("degree"));
                }
                if (r.get("gender") != null) {
                    Gender.valueOf(r.get("gender"));
                }
                Integer birth = r.get("birth_year") == null ? null : Integer.valueOf(r.get("birth_year"));
                Integer graduation = r.get("graduation_year") == null ? null : Integer.valueOf(r.get("graduation_year"));
                return r.get("name") == null || (birth != null && (birth < 1900 || birth > TestClock.TODAY.getYear()))
                        || (birth != null && graduation != null && graduation < birth + 14);
            } catch (RuntimeException e) {
                return true;
            }
        }));
    }

    /** a demo talent the office could not save again from the edit form would be a poor demo */
    @Test
    void talentsPassTheFormsOwnChecks() {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            InputChecks checks = TestInputChecks.withValidator(validation.getValidator());
            Map<String, Map<String, String>> failures = new HashMap<>();
            for (Map<String, String> r : rows(TALENTS)) {
                TalentInput in = new TalentInput(r.get("name"), r.get("gender"), null, r.get("township_code"), r.get("village"),
                        r.get("degree"), r.get("school"), r.get("major"), null, r.get("city"), r.get("employer"), r.get("title"),
                        StringListConverter.split(r.get("expertise")), r.get("phone"), r.get("email"), r.get("wechat"),
                        r.get("stage"), r.get("liaison"), null, r.get("referrer_name"), r.get("notes"),
                        r.get("returned_on") == null ? null : java.time.LocalDate.parse(r.get("returned_on")), null);
                try {
                    checks.validate(in);
                } catch (DomainViolation e) {
                    failures.put(r.get("key"), e.fieldKeys());
                }
            }
            assertEquals(Map.of(), failures);
        }
    }

    @Test
    void interactions() {
        Set<String> talents = column(TALENTS, "key");
        Set<String> staff = staff();
        assertEquals(List.of(), offending(INTERACTIONS, "talent_key", r -> !talents.contains(r.get("talent_key"))));
        assertEquals(List.of(), offending(INTERACTIONS, "talent_key", r -> !staff.contains(r.get("recorded_by"))));
        assertEquals(List.of(), offending(INTERACTIONS, "talent_key", r -> {
            try {
                InteractionKind.valueOf(r.get("kind"));
                LocalDateTime at = LocalDateTime.parse(r.get("occurred_at"));
                return r.get("summary") == null || r.get("summary").isBlank()
                        || (r.get("follow_up_on") != null && LocalDate.parse(r.get("follow_up_on")).isBefore(at.toLocalDate()));
            } catch (RuntimeException e) {
                return true;
            }
        }));
        assertUnique(INTERACTIONS, "talent_key", "occurred_at", "kind");
        assertTrue(rows(INTERACTIONS).stream().anyMatch(r -> r.get("agreed_actions") != null && r.get("agreed_actions").contains("\n")),
                "the README promises multi-line agreed actions, which exercise the CSV quoting");
    }

    @Test
    void relations() {
        Set<String> talents = column(TALENTS, "key");
        assertEquals(List.of(), offending(RELATIONS, "from_key", r -> !talents.contains(r.get("from_key")) || !talents.contains(r.get("to_key"))));
        assertEquals(List.of(), offending(RELATIONS, "from_key", r -> r.get("from_key").equals(r.get("to_key"))));
        assertEquals(List.of(), offending(RELATIONS, "from_key", r -> {
            try {
                RelationKind.valueOf(r.get("kind"));
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        }));
        assertUnique(RELATIONS, "from_key", "to_key", "kind");
    }

    /** the app refuses a second CLASSMATE/COLLEAGUE/RELATIVE tie between the same two people in either direction */
    @Test
    void undirectedRelationsAreNotRepeatedBackwards() {
        Set<List<String>> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Map<String, String> r : rows(RELATIONS)) {
            if (!RelationKind.valueOf(r.get("kind")).directed()) {
                List<String> ends = new ArrayList<>(List.of(r.get("from_key"), r.get("to_key")));
                ends.sort(null);
                ends.add(r.get("kind"));
                if (!seen.add(ends)) {
                    repeated.add(r.get("from_key") + "-" + r.get("to_key") + " " + r.get("kind"));
                }
            }
        }
        assertEquals(List.of(), repeated);
        assertNotEquals(0, seen.size());
    }

    @Test
    void teams() {
        assertUnique(TEAMS, "key");
        assertUnique(TEAMS, "leader_key");
        Set<String> platforms = column(PLATFORMS, "code");
        Set<String> talents = column(TALENTS, "key");
        Set<String> teams = column(TEAMS, "key");
        assertEquals(List.of(), offending(TEAMS, "key", r -> !platforms.contains(r.get("platform_code"))), "unknown platform");
        assertEquals(List.of(), offending(TEAMS, "key", r -> !talents.contains(r.get("leader_key"))), "unknown leader");
        assertEquals(List.of(), offending(TEAMS, "key", r -> r.get("credit_code") != null
                && !cn.wulian.liancai.team.entity.CreditCode.isValid(r.get("credit_code"))), "invalid credit code");
        assertEquals(List.of(), offending(TEAMS, "key", r -> {
            try {
                cn.wulian.liancai.team.entity.TeamStatus.valueOf(r.get("status"));
                return false;
            } catch (IllegalArgumentException e) {
                return true;
            }
        }), "unknown status");
        assertEquals(30, rows(TEAMS).size(), "the document's 30 teams");
        for (String file : List.of(TEAM_MEMBERS, TEAM_IP, TEAM_FINANCING)) {
            assertEquals(List.of(), offending(file, "team_key", r -> !teams.contains(r.get("team_key"))), file + ": unknown team");
        }
        assertEquals(List.of(), offending(TEAM_MEMBERS, "team_key", r -> (r.get("talent_key") == null) == (r.get("outside_name") == null)),
                "a member is either a talent or an outside person");
        assertEquals(List.of(), offending(TEAM_MEMBERS, "team_key", r -> r.get("talent_key") != null && !talents.contains(r.get("talent_key"))),
                "unknown member talent");
    }

    @Test
    void projectsReferToWhatExists() {
        assertUnique(PROJECTS, "key");
        assertUnique(PROJECT_MILESTONES, "project_key", "seq");
        assertUnique(PROJECT_UPDATES, "project_key", "on");
        Set<String> projects = column(PROJECTS, "key");
        Set<String> talents = column(TALENTS, "key");
        Set<String> teams = column(TEAMS, "key");
        Set<String> platforms = column(PLATFORMS, "code");
        Set<String> townships = column(TOWNSHIPS, "code");
        Set<String> users = column(USERS, "username");
        assertEquals(List.of(), offending(PROJECTS, "key", r -> r.get("team_key") != null && !teams.contains(r.get("team_key"))), "team");
        assertEquals(List.of(), offending(PROJECTS, "key", r -> r.get("lead_talent_key") != null && !talents.contains(r.get("lead_talent_key"))
                || r.get("recommender_talent_key") != null && !talents.contains(r.get("recommender_talent_key"))), "talent");
        assertEquals(List.of(), offending(PROJECTS, "key", r -> r.get("platform_code") != null && !platforms.contains(r.get("platform_code"))),
                "platform");
        assertEquals(List.of(), offending(PROJECTS, "key", r -> r.get("township_code") != null && !townships.contains(r.get("township_code"))),
                "township");
        assertEquals(List.of(), offending(PROJECTS, "key", r -> r.get("recommender_username") != null
                && !users.contains(r.get("recommender_username"))), "staff recommender");
        for (String file : List.of(PROJECT_TRANSITIONS, PROJECT_MILESTONES, PROJECT_UPDATES)) {
            assertEquals(List.of(), offending(file, "project_key", r -> !projects.contains(r.get("project_key"))), file);
        }
        assertEquals(List.of(), offending(PROJECT_UPDATES, "project_key", r -> !users.contains(r.get("by_username"))), "update author");
    }

    /** the platforms and townships of the reference files, as the database will hold them */
    static FactCatalog catalog(SubjectKind kind) {
        List<Platform> platforms = rows(PLATFORMS).stream().map(r -> new Platform(r.get("code"), r.get("name"), r.get("name_en"), null, null,
                null, null, null, null, null)).toList();
        List<Township> townships = rows(TOWNSHIPS).stream().map(r -> new Township(r.get("code"), r.get("name"), r.get("name_en"),
                r.get("kind"))).toList();
        return FactSources.of(kind, platforms, townships).catalog();
    }

    @Test
    void policiesAreTheFiveOnesWithRulesAndTermsTheOfficeCouldHaveTyped() {
        assertUnique(POLICIES, "code");
        List<String> wrong = new ArrayList<>();
        for (Map<String, String> r : rows(POLICIES)) {
            try {
                SubjectKind kind = SubjectKind.valueOf(r.get("beneficiary_kind"));
                PolicyTerms terms = SeedLoader.policyTerms(r, catalog(kind));
                Map<String, String> problems = Policy.problems(terms);
                if (!problems.isEmpty() || !r.get("code").equals(Policy.normalizeCode(r.get("code")))) {
                    wrong.add(r.get("code") + " " + problems);
                }
                if (!RuleJson.text(terms.rule()).equals(r.get("rule"))) {
                    wrong.add(r.get("code") + ": rule not in its canonical form " + RuleJson.text(terms.rule()));
                }
            } catch (RuntimeException e) {
                wrong.add(r.get("code") + " " + e.getMessage());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(5, rows(POLICIES).size(), "the package is five");
        assertEquals(Set.of("CASH", "SPACE", "HOUSING", "SERVICE"), column(POLICIES, "benefit_kind"), "every kind of benefit is shown");
        assertEquals(Set.of("TALENT", "TEAM", "PROJECT"), column(POLICIES, "beneficiary_kind"), "every kind of beneficiary is served");
    }

    @Test
    void applicationsNameKnownPoliciesAndRecordsAndPaymentsNameKnownApplications() {
        assertUnique(APPLICATIONS, "key");
        assertUnique(DISBURSEMENTS, "voucher_no");
        Set<String> policies = column(POLICIES, "code");
        Set<String> subjects = new java.util.HashSet<>(column(TALENTS, "key"));
        subjects.addAll(column(TEAMS, "key"));
        subjects.addAll(column(PROJECTS, "key"));
        Set<String> users = column(USERS, "username");
        assertEquals(List.of(), offending(APPLICATIONS, "key", r -> !policies.contains(r.get("policy")) || !subjects.contains(r.get("subject_key"))
                || !users.contains(r.get("submitted_by")) || r.get("decided_by") != null && !users.contains(r.get("decided_by"))));
        assertEquals(List.of(), offending(APPLICATIONS, "key", r -> r.get("decision") != null
                && !Set.of("APPROVED", "REJECTED", "WITHDRAWN").contains(r.get("decision"))));
        Set<String> approved = rows(APPLICATIONS).stream().filter(r -> "APPROVED".equals(r.get("decision"))).map(r -> r.get("key"))
                .collect(Collectors.toSet());
        assertEquals(List.of(), offending(DISBURSEMENTS, "voucher_no", r -> !approved.contains(r.get("application_key"))));
        assertEquals(Set.of("APPROVED", "REJECTED", "WITHDRAWN"),
                rows(APPLICATIONS).stream().map(r -> r.get("decision")).filter(java.util.Objects::nonNull).collect(Collectors.toSet()),
                "the demo shows every decision");
        assertTrue(rows(APPLICATIONS).stream().anyMatch(r -> r.get("decision") == null), "and applications waiting for one");
    }

    @Test
    void citiesAreNamedOnceEachWithItsProvinceInBothLanguages() {
        assertUnique(CITIES, "city");
        assertEquals(List.of(), offending(CITIES, "city", r -> r.get("province") == null || r.get("province_en") == null));
        Set<String> known = column(CITIES, "city");
        // every city the demo's talents live in, in Simplified characters (the figures fold Traditional spellings onto them)
        assertEquals(List.of(), offending(TALENTS, "key", r -> r.get("city") != null
                && !known.contains(cn.wulian.liancai.dashboard.control.Places.fold(r.get("city")))), "demo cities without a province");
    }
}
