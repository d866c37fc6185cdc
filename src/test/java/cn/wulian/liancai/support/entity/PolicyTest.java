package cn.wulian.liancai.support.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.rules.entity.TestFacts;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.TestClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy's own rules: what its terms must satisfy for each kind of benefit, and how a new version replaces the old. */
class PolicyTest {

    static final String RULE = "{'all':[{'fact':'degree','op':'gte','value':'MASTER'}]}";

    /** the start-up fund: 500,000 yuan once, 3 million a year */
    static PolicyTerms fund() {
        return new PolicyTerms("创业启动资金", "一次性资助", SubjectKind.TEAM, TestFacts.rule(RULE), BenefitKind.CASH,
                new BigDecimal("500000"), null, null, new BigDecimal("500000"), 1, null, new BigDecimal("3000000"),
                LocalDate.of(2019, 1, 1), LocalDate.of(2028, 12, 31));
    }

    static PolicyTerms with(PolicyTerms t, BenefitKind kind, String amount, Integer months, String text) {
        return new PolicyTerms(t.name(), t.description(), t.beneficiaryKind(), t.rule(), kind, amount == null ? null : new BigDecimal(amount),
                months, text, null, t.capGrantsPerBeneficiary(), null, t.annualBudget(), t.validFrom(), t.validTo());
    }

    static PolicyTerms caps(String perBeneficiary, Integer grants, String perYear, String budget) {
        PolicyTerms t = fund();
        return new PolicyTerms(t.name(), t.description(), t.beneficiaryKind(), t.rule(), t.benefitKind(), t.benefitAmount(), null, null,
                perBeneficiary == null ? null : new BigDecimal(perBeneficiary), grants,
                perYear == null ? null : new BigDecimal(perYear), budget == null ? null : new BigDecimal(budget), t.validFrom(), t.validTo());
    }

    static PolicyTerms valid(LocalDate from, LocalDate to) {
        PolicyTerms t = fund();
        return new PolicyTerms(t.name(), t.description(), t.beneficiaryKind(), t.rule(), t.benefitKind(), t.benefitAmount(), null, null,
                t.capPerBeneficiary(), t.capGrantsPerBeneficiary(), null, t.annualBudget(), from, to);
    }

    @Test
    void aFirstVersionKeepsEverythingAsGiven() {
        Policy p = new Policy(" Startup-Fund ", fund(), "office", CLOCK);
        assertEquals("startup-fund", p.getCode());
        assertEquals(1, p.getVersion());
        assertEquals("{\"all\":[{\"fact\":\"degree\",\"op\":\"gte\",\"value\":\"MASTER\"}]}", p.getRuleJson());
        assertEquals(0, new BigDecimal("500000").compareTo(p.getBenefitAmount()));
        assertEquals("office", p.getCreatedBy());
        assertEquals(CLOCK.instant(), p.getCreatedAt());
        assertTrue(p.isCurrent());
        assertNull(p.getSupersededAt());
    }

    @Test
    void codesAreShortLowerCaseWords() {
        assertEquals("space", Policy.normalizeCode(" SPACE "));
        assertEquals("startup-fund-2", Policy.normalizeCode("startup-fund-2"));
        for (String bad : new String[] {null, "", "x", "2fund", "start up", "资金", "-fund", "a".repeat(41)}) {
            assertNull(Policy.normalizeCode(bad), bad);
        }
        assertEquals(Map.of("code", "validation.policy.code"), assertThrows(DomainViolation.class,
                () -> new Policy("启动资金", fund(), "office", CLOCK)).fieldKeys());
        assertEquals(Map.of("code", "validation.required"), assertThrows(DomainViolation.class,
                () -> new Policy(" ", fund(), "office", CLOCK)).fieldKeys());
    }

    @Test
    void eachKindOfBenefitHasItsOwnAmounts() {
        assertEquals(Map.of(), Policy.problems(with(fund(), BenefitKind.SPACE, "200.5", 36, null)));
        assertEquals(Map.of("benefitMonths", "validation.required"), Policy.problems(with(fund(), BenefitKind.SPACE, "200", null, null)));
        assertEquals(Map.of("benefitMonths", "validation.policy.notApplicable"), Policy.problems(with(fund(), BenefitKind.CASH, "1", 12, null)));
        assertEquals(Map.of(), Policy.problems(with(fund(), BenefitKind.HOUSING, "1", null, null)));
        assertEquals(Map.of("benefitAmount", "validation.policy.units"), Policy.problems(with(fund(), BenefitKind.HOUSING, "1.5", 36, null)));
        assertEquals(Map.of("benefitText", "validation.required", "benefitAmount", "validation.policy.notApplicable"),
                Policy.problems(with(fund(), BenefitKind.SERVICE, "1", null, " ")));
        assertEquals(Map.of(), Policy.problems(with(fund(), BenefitKind.SERVICE, null, 12, "一名服务专员")));
        assertEquals(Map.of("benefitAmount", "validation.policy.amount"), Policy.problems(with(fund(), BenefitKind.CASH, "0", null, null)));
        assertEquals(Map.of("benefitAmount", "validation.policy.amount"), Policy.problems(with(fund(), BenefitKind.CASH, "1.005", null, null)));
        assertEquals(Map.of("benefitAmount", "validation.policy.amount"),
                Policy.problems(with(fund(), BenefitKind.CASH, "100000000000000", null, null)));
        assertEquals(Map.of("benefitMonths", "validation.policy.months"), Policy.problems(with(fund(), BenefitKind.SPACE, "200", 121, null)));
        assertEquals(Map.of("benefitAmount", "validation.required"), Policy.problems(with(fund(), BenefitKind.CASH, null, null, null)));
    }

    @Test
    void capsAndBudgetAgreeWithEachOther() {
        assertEquals(Map.of(), Policy.problems(caps("1000000", 2, "500000", "3000000")));
        assertEquals(Map.of("capPerBeneficiary", "validation.policy.capBelowBenefit"), Policy.problems(caps("400000", null, null, "3000000")));
        assertEquals(Map.of("capPerBeneficiaryPerYear", "validation.policy.yearCapAboveTotal"),
                Policy.problems(caps("1000000", null, "1000000.01", "3000000")));
        assertEquals(Map.of("capGrantsPerBeneficiary", "validation.policy.count"), Policy.problems(caps(null, 0, null, "3000000")));
        assertEquals(Map.of("annualBudget", "validation.required"), Policy.problems(caps(null, null, null, null)));
        assertEquals(Map.of("annualBudget", "validation.policy.amount"), Policy.problems(caps(null, null, null, "-1")));
    }

    @Test
    void validityIsAPeriod() {
        assertEquals(Map.of("validFrom", "validation.required"), Policy.problems(valid(null, null)));
        assertEquals(Map.of("validTo", "validation.policy.validOrder"),
                Policy.problems(valid(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))));
        assertEquals(Map.of("validFrom", "validation.policy.validYear"), Policy.problems(valid(LocalDate.of(1999, 12, 31), null)));
        Policy oneDay = new Policy("one-day", valid(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27)), "office", CLOCK);
        assertTrue(oneDay.inForce(LocalDate.of(2026, 11, 27)));
        assertFalse(oneDay.inForce(LocalDate.of(2026, 11, 26)));
        assertFalse(oneDay.inForce(LocalDate.of(2026, 11, 28)));
        assertTrue(new Policy("open", valid(LocalDate.of(2019, 1, 1), null), "office", CLOCK).inForce(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void everyMissingTermIsNamedAtOnce() {
        PolicyTerms empty = new PolicyTerms(" ", null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(Map.of("name", "validation.required", "beneficiaryKind", "validation.required", "rule", "validation.required",
                "benefitKind", "validation.required", "annualBudget", "validation.required", "validFrom", "validation.required"),
                Policy.problems(empty));
    }

    @Test
    void aNewVersionReplacesTheOldWhichOtherwiseStaysAsItWas() {
        Policy v1 = new Policy("startup-fund", fund(), "office", CLOCK);
        String rule = v1.getRuleJson();
        Clock later = TestClock.at(TestClock.NOW.plusDays(3));
        PolicyTerms raised = with(fund(), BenefitKind.CASH, "800000", null, null);

        Policy v2 = v1.supersede(raised, "office2", later);

        assertEquals(2, v2.getVersion());
        assertEquals("startup-fund", v2.getCode());
        assertEquals(0, new BigDecimal("800000").compareTo(v2.getBenefitAmount()));
        assertTrue(v2.isCurrent());
        assertEquals("office2", v2.getCreatedBy());
        assertFalse(v1.isCurrent());
        assertEquals(later.instant(), v1.getSupersededAt());
        assertEquals("office2", v1.getSupersededBy());
        assertEquals(0, new BigDecimal("500000").compareTo(v1.getBenefitAmount()), "the old amount is the basis of old decisions");
        assertEquals(rule, v1.getRuleJson());
        assertEquals(CLOCK.instant(), v1.getCreatedAt());
        assertThrows(StaleVersion.class, () -> v1.supersede(raised, "office", later), "only the current version has a successor");
    }

    @Test
    void aVersionWithBadTermsIsNotMadeAndTheCurrentStaysCurrent() {
        Policy v1 = new Policy("startup-fund", fund(), "office", CLOCK);
        assertThrows(DomainViolation.class, () -> v1.supersede(with(fund(), BenefitKind.CASH, "-1", null, null), "office", CLOCK));
        assertTrue(v1.isCurrent());
        PolicyTerms talents = new PolicyTerms("人才公寓", null, SubjectKind.TALENT, fund().rule(), BenefitKind.HOUSING, BigDecimal.ONE, 36,
                null, null, null, null, BigDecimal.TEN, LocalDate.of(2019, 1, 1), null);
        assertEquals(Map.of("beneficiaryKind", "validation.policy.kindFixed"),
                assertThrows(DomainViolation.class, () -> v1.supersede(talents, "office", CLOCK)).fieldKeys());
        assertTrue(v1.isCurrent());
    }

    @Test
    void sameTermsNeedNoNewVersion() {
        Policy v1 = new Policy("startup-fund", fund(), "office", CLOCK);
        assertTrue(v1.sameTerms(fund()));
        PolicyTerms f = fund();
        assertTrue(v1.sameTerms(new PolicyTerms(" 创业启动资金 ", f.description(), f.beneficiaryKind(),
                RuleJson.parse("{\"all\" : [ {\"op\":\"gte\",\"fact\":\"degree\",\"value\":\"MASTER\"} ]}", TestFacts.CATALOG),
                f.benefitKind(), new BigDecimal("500000.00"), null, " ", f.capPerBeneficiary(), 1, null, f.annualBudget(), f.validFrom(),
                f.validTo())), "spaces, scale and JSON layout are no change");
        assertFalse(v1.sameTerms(with(fund(), BenefitKind.CASH, "500000.01", null, null)));
        assertFalse(v1.sameTerms(new PolicyTerms(f.name(), f.description(), f.beneficiaryKind(), TestFacts.rule("{'all':[]}"),
                f.benefitKind(), f.benefitAmount(), null, null, f.capPerBeneficiary(), 1, null, f.annualBudget(), f.validFrom(), f.validTo())));
    }
}
