package cn.wulian.liancai.support.boundary;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import cn.wulian.liancai.rules.entity.Subject;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static cn.wulian.liancai.search.control.Callers.FATONG;
import static cn.wulian.liancai.search.control.Callers.KUNSHAN;
import static cn.wulian.liancai.search.control.Callers.OFFICE;
import static cn.wulian.liancai.search.control.Callers.REVIEWER;
import static cn.wulian.liancai.search.control.Callers.stamps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.search.control.SearchHit;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.support.entity.BenefitKind;
import cn.wulian.liancai.support.entity.Policy;
import cn.wulian.liancai.support.entity.PolicyTerms;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies and applications in search, on embedded Derby with the real schema: who finds which
 * (every policy for staff and managers; an application for the office and the managers of its
 * platform only, one for a talent for the office only; a reviewer's grant finds nothing), the stamps
 * the start-up check reads agree with the documents' own, and a renamed team, talent or a new
 * version of a policy rewrites the applications that show its name.
 */
class SupportSearchJpaTest {

    @TempDir
    static Path dir;

    @TempDir
    Path indexDir;

    static TestDatabase db;

    long fund;
    long house;
    long sparkTeam;
    long seaTeam;
    long person;
    long sparkApplication;
    long seaApplication;
    long personApplication;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    static PolicyTerms terms(String name, SubjectKind kind) {
        return new PolicyTerms(name, "返乡创业一次性资助", kind, new Rule.Group(Rule.Join.ALL, List.of()), BenefitKind.CASH,
                new BigDecimal("500000"), null, null, null, null, null, new BigDecimal("3000000"), LocalDate.of(2019, 1, 1), null);
    }

    static TeamDetails team(String name) {
        return new TeamDetails(name, null, "智能制造", LocalDate.of(2024, 5, 1), 3, null, null, null, null, null, List.of(), List.of(), List.of());
    }

    @BeforeEach
    void corpus() {
        db.clear();
        db.run(em -> {
            Platform fatong = TestDatabase.persist(em, new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null));
            Platform kunshan = TestDatabase.persist(em, new Platform("kunshan", "昆山智谷", null, null, null, null, null, null, null, null));
            Policy fundPolicy = TestDatabase.persist(em, new Policy("startup-fund", terms("创业启动资金", SubjectKind.TEAM), "office", CLOCK));
            Policy housePolicy = TestDatabase.persist(em, new Policy("talent-house", terms("人才安居补贴", SubjectKind.TALENT), "office", CLOCK));
            Team spark = TestDatabase.persist(em, new Team(fatong, team("星火团队"), CLOCK));
            Team sea = TestDatabase.persist(em, new Team(kunshan, team("海风团队"), CLOCK));
            Talent t = TestDatabase.persist(em, talent("厉志远").build());
            fund = fundPolicy.getId();
            house = housePolicy.getId();
            sparkTeam = spark.getId();
            seaTeam = sea.getId();
            person = t.getId();
            sparkApplication = apply(em, fundPolicy, Subject.of(spark));
            seaApplication = apply(em, fundPolicy, Subject.of(sea));
            personApplication = apply(em, housePolicy, Subject.of(t));
        });
    }

    private static long apply(EntityManager em, Policy policy, Subject subject) {
        return TestDatabase.persist(em, new Application(policy, subject, null, "返乡创业", "office", CLOCK)).getId();
    }

    private static Policies policies(EntityManager em) {
        Policies p = new Policies();
        p.em = em;
        p.clock = CLOCK;
        return p;
    }

    private static Applications applications(EntityManager em) {
        Applications a = new Applications();
        a.em = em;
        return a;
    }

    private static <T> T reading(Function<EntityManager, T> work) {
        return db.read(work);
    }

    private static Set<String> hits(LuceneIndex index, String q, Set<String> grants) {
        return index.search(new SearchRequest(q, grants, Set.of(), 0, 100)).hits().stream().map(h -> h.type() + ":" + h.id())
                .collect(Collectors.toSet());
    }

    @Test
    void eachFindsWhatTheyMayOpen() {
        List<IndexedDocument> docs = new ArrayList<>(reading(em -> policies(em).documents()));
        docs.addAll(reading(em -> applications(em).documents()));
        try (LuceneIndex index = LuceneIndex.open(indexDir)) {
            index.upsertAll(docs);
            String policy = "policy:" + fund;
            String spark = "application:" + sparkApplication;
            String sea = "application:" + seaApplication;
            assertEquals(Set.of(policy, spark, sea), hits(index, "创业启动资金", OFFICE));
            assertEquals(Set.of(policy, spark), hits(index, "创业启动资金", FATONG));
            assertEquals(Set.of(policy, sea), hits(index, "创业启动资金", KUNSHAN));
            assertEquals(Set.of(), hits(index, "创业启动资金", REVIEWER));
            // an application for a talent has no platform: the office's alone
            assertEquals(Set.of("policy:" + house, "application:" + personApplication), hits(index, "人才安居补贴", OFFICE));
            assertEquals(Set.of("policy:" + house), hits(index, "人才安居补贴", FATONG));
            assertEquals(Set.of("application:" + personApplication), hits(index, "厉志远", OFFICE));
            // by the team's name, the status in words (either language), and the policy's terms in words
            assertEquals(Set.of(spark), hits(index, "星火团队", FATONG));
            assertEquals(Set.of(), hits(index, "星火团队", KUNSHAN));
            assertEquals(Set.of(spark, sea, "application:" + personApplication), hits(index, "待审批", OFFICE));
            assertEquals(Set.of(sea), hits(index, "submitted", KUNSHAN));
            assertEquals(Set.of("policy:" + fund, "policy:" + house), hits(index, "资金扶持", FATONG));
            SearchHit hit = index.search(new SearchRequest("星火团队", OFFICE, Set.of("application"), 0, 10)).hits().get(0);
            assertEquals("创业启动资金 · 星火团队", hit.title());
            assertEquals(Map.of("fatong", 1L), index.search(new SearchRequest("星火团队", OFFICE, Set.of(), 0, 10)).facets().get("platform")
                    .stream().collect(Collectors.toMap(c -> c.value(), c -> c.count())));
        }
    }

    @Test
    void theStampsTheStartUpReadsAreTheDocumentsOwn() {
        assertStampsAgree();
        db.run(em -> em.find(Team.class, sparkTeam).revise(team("燎原团队"), CLOCK));
        assertStampsAgree();
    }

    private static void assertStampsAgree() {
        reading(em -> {
            assertEquals(stamps(policies(em).documents()), policies(em).stamps());
            assertEquals(stamps(applications(em).documents()), applications(em).stamps());
            return null;
        });
    }

    @Test
    void aRenamedTeamOrTalentRewritesTheApplicationsThatShowIt() {
        db.run(em -> em.find(Team.class, sparkTeam).revise(team("燎原团队"), CLOCK));
        db.run(em -> em.find(Talent.class, person).revise(talent("厉志远强").details(), CLOCK));
        reading(em -> {
            Applications source = applications(em);
            Map<Long, String> now = source.stamps();
            List<IndexedDocument> ofTeam = source.embedding("team", sparkTeam);
            assertEquals(List.of(sparkApplication), ofTeam.stream().map(IndexedDocument::id).toList());
            assertEquals("创业启动资金 · 燎原团队", ofTeam.get(0).title());
            assertTrue(ofTeam.get(0).text().contains("星火团队"), "the name as submitted is still found: " + ofTeam.get(0).text());
            assertEquals(now.get(sparkApplication), ofTeam.get(0).stamp());
            List<IndexedDocument> ofTalent = source.embedding("talent", person);
            assertEquals(List.of(personApplication), ofTalent.stream().map(IndexedDocument::id).toList());
            assertEquals("人才安居补贴 · 厉志远强", ofTalent.get(0).title());
            assertEquals(now.get(personApplication), ofTalent.get(0).stamp());
            assertEquals(List.of(), source.embedding("platform", 0));
            return null;
        });
    }

    @Test
    void aNewVersionOfAPolicyReplacesItsDocumentAndRenamesItsApplications() {
        long next = db.inTransaction(em -> {
            Policy current = em.find(Policy.class, fund);
            Policy v2 = current.supersede(terms("创业扶持资金", SubjectKind.TEAM), "office", CLOCK);
            return TestDatabase.persist(em, v2).getId();
        });
        reading(em -> {
            assertEquals(Set.of(next, house), policies(em).stamps().keySet(), "only the current version is a document");
            List<IndexedDocument> shown = applications(em).embedding("policy", next);
            assertEquals(Set.of(sparkApplication, seaApplication), shown.stream().map(IndexedDocument::id).collect(Collectors.toSet()));
            shown.forEach(d -> assertTrue(d.title().startsWith("创业扶持资金 · "), d::title));
            Map<Long, String> now = applications(em).stamps();
            shown.forEach(d -> assertEquals(now.get(d.id()), d.stamp()));
            return null;
        });
        assertStampsAgree();
    }
}
