package cn.wulian.liancai.support.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import cn.wulian.liancai.rules.entity.Subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.TestClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An application's own rules: what each step needs, the caps and the budget at approval, what a
 * payment may be, and what closing gives back. The facade supplies the beneficiary's holdings and
 * the locked budget; here they are given by hand.
 */
class ApplicationTest {

    static final Clock LATER = TestClock.at(TestClock.NOW.plusDays(3));
    static final Subject TEAM = new Subject(SubjectKind.TEAM, null, null, null, null, "莲山生物");

    /** the start-up fund: 500,000 once per team, budget 3,000,000 a year */
    static Policy fund() {
        return new Policy("startup-fund", PolicyTest.fund(), "office", CLOCK);
    }

    static Policy withCaps(String perBeneficiary, Integer grants, String perYear, String budget) {
        return new Policy("startup-fund", PolicyTest.caps(perBeneficiary, grants, perYear, budget), "office", CLOCK);
    }

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    static Application submitted(Policy p, String requested) {
        return new Application(p, TEAM, requested == null ? null : yuan(requested), "返乡创业", "mgr-fatong", CLOCK);
    }

    static PolicyBudget budget(String total) {
        return new PolicyBudget("startup-fund", 2026, yuan(total));
    }

    static Map<String, String> errors(Runnable r) {
        return assertThrows(DomainViolation.class, r::run).fieldKeys();
    }

    @Test
    void aSubmissionRecordsWhoAndWhenAndTheVersionAppliedFor() {
        Application a = submitted(fund(), "300000");
        assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
        assertEquals("mgr-fatong", a.getSubmittedBy());
        assertEquals(CLOCK.instant(), a.getSubmittedAt());
        ApplicationTransition t = a.submitted();
        assertNull(t.getFrom());
        assertEquals(ApplicationStatus.SUBMITTED, t.getTo());
        assertEquals(1, t.getPolicyVersion());
        assertEquals(0, yuan("300000").compareTo(t.getAmount()));
        assertEquals("返乡创业", t.getNote());
    }

    @Test
    void aSubmissionIsRefusedForAnotherKindASupersededOrExpiredPolicyAndAnAmountAboveTheBenefit() {
        Policy p = fund();
        Subject talent = new Subject(SubjectKind.TALENT, null, null, null, null, "王");
        assertEquals("validation.application.wrongKind",
                errors(() -> new Application(p, talent, null, null, "office", CLOCK)).get("subjectKind"));
        assertEquals("validation.application.aboveBenefit", errors(() -> submitted(p, "500000.01")).get("requestedAmount"));
        assertEquals("validation.application.amount", errors(() -> submitted(p, "0")).get("requestedAmount"));
        assertEquals("validation.policy.amount", errors(() -> submitted(p, "1.005")).get("requestedAmount"));

        p.supersede(PolicyTest.fund(), "office", CLOCK);
        assertEquals("validation.application.policySuperseded", errors(() -> submitted(p, null)).get("policy"));

        Policy expired = new Policy("old", PolicyTest.valid(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 11, 26)), "office", CLOCK);
        assertEquals("validation.application.policyNotInForce", errors(() -> submitted(expired, null)).get("policy"));
    }

    @Test
    void approvalTakesTheAmountAskedOrElseTheBenefitAndCommitsItToTheBudget() {
        Policy p = fund();
        PolicyBudget b = budget("3000000");
        Application asked = submitted(p, "300000");
        ApplicationTransition t = asked.approve(p, null, " 半年内落户 ", GrantsSoFar.NONE, b, "office", LATER);
        assertEquals(ApplicationStatus.APPROVED, asked.getStatus());
        assertEquals(0, yuan("300000").compareTo(asked.getApprovedAmount()));
        assertEquals("半年内落户", asked.getConditions());
        assertEquals(2026, asked.getBudgetYear());
        assertEquals("office", asked.getDecidedBy());
        assertEquals(LATER.instant(), asked.getDecidedAt());
        assertEquals(ApplicationStatus.SUBMITTED, t.getFrom());
        assertEquals(0, yuan("2700000").compareTo(b.left()));

        Application notAsked = submitted(p, null);
        notAsked.approve(p, null, null, GrantsSoFar.NONE, b, "office", LATER);
        assertEquals(0, yuan("500000").compareTo(notAsked.getApprovedAmount()));
        assertEquals(0, yuan("2200000").compareTo(b.left()));
    }

    @Test
    void approvalNeverGoesAboveTheBenefitTheCapsOrTheBudgetLeft() {
        Policy p = withCaps("800000", 3, "600000", "1000000");
        assertEquals("validation.application.aboveBenefit",
                errors(() -> submitted(p, null).approve(p, yuan("500001"), null, GrantsSoFar.NONE, budget("1000000"), "office", LATER)).get("amount"));

        GrantsSoFar three = new GrantsSoFar(3, yuan("300"), yuan("300"));
        assertEquals("validation.application.capGrants",
                errors(() -> submitted(p, null).approve(p, yuan("100"), null, three, budget("1000000"), "office", LATER)).get("to"));

        GrantsSoFar held = new GrantsSoFar(1, yuan("400000"), BigDecimal.ZERO);
        assertEquals("validation.application.capTotal",
                errors(() -> submitted(p, null).approve(p, yuan("400001"), null, held, budget("1000000"), "office", LATER)).get("amount"));
        submitted(p, null).approve(p, yuan("400000"), null, held, budget("1000000"), "office", LATER); // exactly up to the cap

        GrantsSoFar thisYear = new GrantsSoFar(1, yuan("200000"), yuan("200000"));
        assertEquals("validation.application.capYear",
                errors(() -> submitted(p, null).approve(p, yuan("400001"), null, thisYear, budget("1000000"), "office", LATER)).get("amount"));

        PolicyBudget b = budget("1000000");
        submitted(p, null).approve(p, yuan("500000"), null, GrantsSoFar.NONE, b, "office", LATER);
        submitted(p, null).approve(p, yuan("499999.99"), null, GrantsSoFar.NONE, b, "office", LATER);
        Application last = submitted(p, null);
        assertEquals("validation.application.budgetLeft",
                errors(() -> last.approve(p, yuan("0.02"), null, GrantsSoFar.NONE, b, "office", LATER)).get("amount"));
        assertEquals(ApplicationStatus.SUBMITTED, last.getStatus(), "a refused approval changes nothing");
        assertEquals(0, yuan("0.01").compareTo(b.left()));
        last.approve(p, yuan("0.01"), null, GrantsSoFar.NONE, b, "office", LATER);
        assertEquals(0, BigDecimal.ZERO.compareTo(b.left()));
    }

    @Test
    void approvalUsesTheBudgetAsThePolicyNowSetsIt() {
        PolicyBudget b = budget("1000000");
        Policy raised = withCaps(null, null, null, "2000000");
        submitted(raised, null).approve(raised, yuan("500000"), null, GrantsSoFar.NONE, b, "office", LATER);
        submitted(raised, null).approve(raised, yuan("500000"), null, GrantsSoFar.NONE, b, "office", LATER);
        submitted(raised, null).approve(raised, yuan("500000"), null, GrantsSoFar.NONE, b, "office", LATER);
        assertEquals(0, yuan("2000000").compareTo(b.getBudget()));
        assertEquals(0, yuan("500000").compareTo(b.left()));
    }

    @Test
    void aServiceIsOneBeneficiaryServed() {
        Policy service = new Policy("specialist", PolicyTest.with(PolicyTest.caps(null, null, null, "1"), BenefitKind.SERVICE, null, null, "服务专员"),
                "office", CLOCK);
        PolicyBudget b = new PolicyBudget("specialist", 2026, yuan("1"));
        Application a = submitted(service, null);
        a.approve(service, null, null, GrantsSoFar.NONE, b, "office", LATER);
        assertEquals(0, BigDecimal.ONE.compareTo(a.getApprovedAmount()));
        assertEquals("validation.application.aboveBenefit",
                errors(() -> submitted(service, null).approve(service, yuan("2"), null, GrantsSoFar.NONE, b, "office", LATER)).get("amount"));
        assertEquals("validation.application.budgetLeft",
                errors(() -> submitted(service, null).approve(service, null, null, GrantsSoFar.NONE, b, "office", LATER)).get("amount"));
    }

    @Test
    void onlyTheStepsOfTheWorkflowAreTaken() {
        Policy p = fund();
        Application a = submitted(p, null);
        assertEquals("validation.application.reasonRequired", errors(() -> a.reject(" ", "office", LATER)).get("reason"));
        ApplicationTransition rejected = a.reject("材料不全", "office", LATER);
        assertEquals(ApplicationStatus.REJECTED, rejected.getTo());
        assertEquals("材料不全", a.getReason());
        assertEquals("validation.application.step",
                errors(() -> a.approve(p, null, null, GrantsSoFar.NONE, budget("3000000"), "office", LATER)).get("to"));
        assertEquals("validation.application.step", errors(() -> a.withdraw(null, "mgr-fatong", LATER)).get("to"));
        assertEquals("validation.application.step", errors(() -> a.close(null, "office", LATER)).get("to"));
        assertEquals("validation.application.notApproved",
                errors(() -> a.disburse(null, yuan("1"), "V1", "office", LATER)).get("status"));

        Application w = submitted(p, null);
        assertEquals(ApplicationStatus.WITHDRAWN, w.withdraw("重复提交", "mgr-fatong", LATER).getTo());
        assertTrue(w.getStatus().isFinal());
    }

    @Test
    void paymentsStayWithinTheApprovalAndTheFirstMakesItGranted() {
        Policy p = fund();
        Application a = submitted(p, null);
        a.approve(p, yuan("500000"), null, GrantsSoFar.NONE, budget("3000000"), "office", LATER);
        LocalDate approvedOn = LATER.instant().atZone(TestClock.ZONE).toLocalDate();

        Map<String, String> bad = errors(() -> a.disburse(approvedOn.plusDays(1), yuan("-1"), " ", "office", LATER));
        assertEquals(Map.of("paidOn", "validation.date.future", "amount", "validation.application.amount", "voucherNo", "validation.required"), bad);
        assertEquals("validation.application.paidBeforeApproval",
                errors(() -> a.disburse(approvedOn.minusDays(1), yuan("1"), "V1", "office", LATER)).get("paidOn"));

        Disbursement first = a.disburse(approvedOn, yuan("300000"), " WL-2026-001 ", "office", LATER);
        assertEquals("WL-2026-001", first.getVoucherNo());
        assertEquals(ApplicationStatus.GRANTED, a.getStatus());
        assertEquals(ApplicationStatus.GRANTED, a.grantedBy(first, ApplicationStatus.APPROVED).getTo());
        assertNull(a.grantedBy(first, ApplicationStatus.GRANTED), "only the first payment is a step");

        DomainViolation above = assertThrows(DomainViolation.class, () -> a.disburse(null, yuan("200000.01"), "WL-2026-002", "office", LATER));
        assertEquals("validation.application.aboveOpen", above.fieldKeys().get("amount"));
        assertTrue(above.text("amount", java.util.Locale.SIMPLIFIED_CHINESE).contains("剩余 200,000.00 元"));
        a.disburse(null, yuan("200000"), "WL-2026-002", "office", LATER);
        assertEquals(0, yuan("500000").compareTo(a.getDisbursed()));
        assertEquals(0, BigDecimal.ZERO.compareTo(a.open()));
    }

    @Test
    void closingGivesBackWhatWasNotPaidAndKeepsWhatWas() {
        Policy p = fund();
        Application a = submitted(p, null);
        a.approve(p, yuan("500000"), null, GrantsSoFar.NONE, budget("3000000"), "office", LATER);
        a.disburse(null, yuan("120000"), "WL-1", "office", LATER);
        assertEquals(0, yuan("380000").compareTo(a.open()));
        assertEquals(0, yuan("500000").compareTo(a.held()));
        ApplicationTransition closed = a.close("项目终止", "office", LATER);
        assertEquals(ApplicationStatus.CLOSED, closed.getTo());
        assertEquals(0, yuan("120000").compareTo(closed.getAmount()));
        assertEquals(0, yuan("120000").compareTo(a.held()), "a closed grant holds what it paid");
        assertEquals("validation.application.notApproved", errors(() -> a.disburse(null, yuan("1"), "WL-2", "office", LATER)).get("status"));

        PolicyBudget b = budget("1000");
        b.commit(yuan("600"), yuan("1000"));
        b.release(yuan("250"));
        assertEquals(0, yuan("650").compareTo(b.left()));
    }
}
