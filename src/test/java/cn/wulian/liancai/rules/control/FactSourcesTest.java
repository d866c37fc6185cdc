package cn.wulian.liancai.rules.control;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectDetails;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.FinancingRound;
import cn.wulian.liancai.team.entity.IpItem;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What rules may ask about each kind of subject, and the answers read from the records. */
class FactSourcesTest {

    static final Township HONGNING = new Township("371121001", "洪凝街道", "Hongning Subdistrict", "街道");
    static final Platform FATONG = new Platform("fatong", "法桐小院", "Fatong Courtyard", null, null, null, null, null, null, null);

    static Map<String, Object> sorted(Map<String, Object> facts) {
        Map<String, Object> copy = new TreeMap<>(facts);
        copy.replaceAll((k, v) -> v == null ? "∅" : v);
        return copy;
    }

    @Test
    void eachKindHasItsOwnFacts() {
        assertEquals(List.of("degree", "hometownInWulian", "township", "stage", "age", "birthYear", "graduationYear", "registeredOn",
                        "yearsSinceAward"),
                FactSources.talents(List.of(HONGNING)).catalog().names());
        assertEquals(List.of("status", "platform", "field", "headcount", "foundedOn", "registeredOn", "incubationStart", "financingTotal",
                "ipCount", "companyInWulian", "leaderDegree", "leaderHometownInWulian"), FactSources.teams(List.of(FATONG)).catalog().names());
        assertEquals(List.of("stage", "plannedInvestment", "actualInvestment", "platform", "industry", "township", "openedOn"),
                FactSources.projects(List.of(FATONG), List.of(HONGNING)).catalog().names());
        for (SubjectKind kind : SubjectKind.values()) {
            assertEquals(kind, FactSources.of(kind, List.of(FATONG), List.of(HONGNING)).catalog().kind());
        }
    }

    @Test
    void aTalentsFacts() {
        Talent t = talent("厉志远").degree(Degree.MASTER).township(HONGNING).birthYear(1982).graduationYear(2010).stage(Stage.RETURNED).build();
        Map<String, Object> expected = new HashMap<>(Map.of("degree", "MASTER", "hometownInWulian", true, "township", "371121001",
                "stage", "RETURNED", "age", 44, "birthYear", 1982, "graduationYear", 2010, "registeredOn", LocalDate.of(2026, 11, 27)));
        expected.put("yearsSinceAward", null); // the award's records fill it in, not the talent record
        assertEquals(sorted(expected), sorted(FactSources.talents(List.of(HONGNING)).facts(t, CLOCK)));
    }

    @Test
    void whatATalentLeftOutIsMissingButAHometownOutsideTheCountyIsAnAnswer() {
        Map<String, Object> facts = FactSources.talents(List.of()).facts(talent("王芳").build(), CLOCK);
        assertEquals(false, facts.get("hometownInWulian"));
        for (String missing : List.of("degree", "township", "age", "birthYear", "graduationYear")) {
            assertEquals(null, facts.get(missing), missing);
        }
    }

    @Test
    void aTeamsFacts() {
        Talent leader = talent("孙志刚").degree(Degree.DOCTORATE).build();
        TeamDetails details = new TeamDetails("石材智能切割团队", leader, "高端装备", LocalDate.of(2021, 3, 1), 8, "山东石语石材科技有限公司",
                "91371121MA39C7T343", LocalDate.of(2024, 3, 3), LocalDate.of(2027, 3, 2), null, List.of(),
                List.of(new IpItem(IpItem.Kind.INVENTION_PATENT, "石材切割方法", "ZL202110123456.7", null),
                        new IpItem(IpItem.Kind.TRADEMARK, "石语", null, null)),
                List.of(new FinancingRound(LocalDate.of(2024, 5, 1), new BigDecimal("3000000.00"), "日照创投", "天使轮"),
                        new FinancingRound(LocalDate.of(2025, 5, 1), new BigDecimal("5300000.50"), "青岛银行", "银行授信")));
        Team team = new Team(FATONG, details, "TM01", TeamStatus.INCUBATING, CLOCK);
        Map<String, Object> expected = new HashMap<>(Map.of("status", "INCUBATING", "platform", "fatong", "field", "高端装备",
                "headcount", 8, "foundedOn", LocalDate.of(2021, 3, 1), "registeredOn", LocalDate.of(2026, 11, 27),
                "incubationStart", LocalDate.of(2024, 3, 3), "financingTotal", new BigDecimal("8300000.50"), "ipCount", 2,
                "companyInWulian", true));
        expected.put("leaderDegree", "DOCTORATE");
        expected.put("leaderHometownInWulian", false);
        assertEquals(sorted(expected), sorted(FactSources.teams(List.of(FATONG)).facts(team, CLOCK)));
    }

    @Test
    void aCompanyRegisteredElsewhereOrNotYet() {
        TeamDetails qingdao = new TeamDetails("市北团队", null, null, null, null, "青岛某公司", "91370203MA3KG69G22", null, null, null,
                List.of(), List.of(), List.of());
        Map<String, Object> facts = FactSources.teams(List.of(FATONG)).facts(new Team(FATONG, qingdao, CLOCK), CLOCK);
        assertEquals(false, facts.get("companyInWulian"));
        assertEquals(null, facts.get("leaderDegree"));
        assertEquals(BigDecimal.ZERO, facts.get("financingTotal"));
        TeamDetails none = new TeamDetails("新团队", null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of());
        assertEquals(null, FactSources.teams(List.of(FATONG)).facts(new Team(FATONG, none, CLOCK), CLOCK).get("companyInWulian"));
    }

    @Test
    void aProjectsFacts() {
        Talent lead = talent("厉志远").stage(Stage.RETURNED).build();
        Project p = new Project(new ProjectDetails("石材尾料综合利用", null, lead, FATONG, "石材加工", HONGNING, "洪凝街道 开发区",
                new BigDecimal("250000000.50"), new BigDecimal("1000000"), "副县长 孙丽", null, null, null, null, null,
                LocalDate.of(2026, 5, 27), null), CLOCK);
        Map<String, Object> expected = new HashMap<>(Map.of("stage", "NEGOTIATING", "plannedInvestment", new BigDecimal("250000000.50"),
                "actualInvestment", new BigDecimal("1000000"), "platform", "fatong", "industry", "石材加工", "township", "371121001",
                "openedOn", LocalDate.of(2026, 5, 27)));
        assertEquals(sorted(expected), sorted(FactSources.projects(List.of(FATONG), List.of(HONGNING)).facts(p, CLOCK)));
    }
}
