package cn.wulian.liancai.support.control;

import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import cn.wulian.liancai.support.entity.BenefitKind;
import cn.wulian.liancai.support.entity.Disbursement;
import cn.wulian.liancai.support.entity.Policy;
import cn.wulian.liancai.support.entity.PolicyBudget;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The support report: for a year, per policy (applications, decisions, amounts approved and paid,
 * the budget and what is left of it) and per platform; and the totals of every year. A year's
 * applications are those submitted in it; its approvals those whose budget year it is; its
 * payments those paid in it. Amounts per policy are in the policy's unit; the platform and year
 * rows add up cash only (yuan), since m² and housing units do not add to money.
 */
public class SupportReport {

    public record Report(int year, List<PolicyRow> policies, List<PlatformRow> platforms, List<YearRow> years) implements Serializable {
    }

    public record PolicyRow(String code, String name, String benefitKind, long applications, long pending, long approved, long rejected,
                            BigDecimal approvedAmount, BigDecimal disbursed, BigDecimal budget, BigDecimal committed, BigDecimal left) implements Serializable {
    }

    /** {@code platform} is null for applications no platform houses (talents, unhoused projects) */
    public record PlatformRow(String platform, String platformName, long applications, long pending, long approved, long rejected,
                              BigDecimal cashApproved, BigDecimal cashDisbursed) implements Serializable {
    }

    public record YearRow(int year, long applications, long approved, long rejected, BigDecimal cashApproved, BigDecimal cashDisbursed) implements Serializable {
    }

    private final EntityManager em;
    private final ZoneId zone;

    public SupportReport(EntityManager em, ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    /** @param english whether platform names are wanted in English */
    public Report of(int year, boolean english) {
        List<Application> all = em.createNamedQuery(Application.ALL, Application.class).getResultList();
        List<Disbursement> paid = em.createQuery("select d from Disbursement d join fetch d.application", Disbursement.class).getResultList();
        Map<String, PolicyBudget> accounts = new LinkedHashMap<>();
        em.createNamedQuery(PolicyBudget.ALL_OF_YEAR, PolicyBudget.class).setParameter("year", year).getResultList()
                .forEach(b -> accounts.put(b.getPolicyCode(), b));

        List<PolicyRow> policies = new ArrayList<>();
        for (Policy p : em.createNamedQuery(Policy.CURRENT, Policy.class).getResultList()) {
            List<Application> mine = all.stream().filter(a -> a.getPolicyCode().equals(p.getCode())).toList();
            PolicyBudget account = accounts.get(p.getCode());
            BigDecimal budget = account == null ? p.getAnnualBudget() : account.getBudget();
            BigDecimal committed = account == null ? BigDecimal.ZERO : account.getCommitted();
            policies.add(new PolicyRow(p.getCode(), p.getName(), p.getBenefitKind().name(),
                    count(mine, submittedIn(year)), count(mine, submittedIn(year).and(is(ApplicationStatus.SUBMITTED))),
                    count(mine, approvedIn(year)), count(mine, submittedIn(year).and(is(ApplicationStatus.REJECTED))),
                    sum(mine.stream().filter(approvedIn(year)).map(Application::getApprovedAmount).toList()),
                    sum(paid.stream().filter(d -> d.getPaidOn().getYear() == year && d.getApplication().getPolicyCode().equals(p.getCode()))
                            .map(Disbursement::getAmount).toList()),
                    budget, committed, budget.subtract(committed).max(BigDecimal.ZERO)));
        }

        Map<String, List<Application>> byPlatform = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(a -> a.getPlatform() == null ? Integer.MAX_VALUE : a.getPlatform().getDisplayOrder()))
                .forEach(a -> byPlatform.computeIfAbsent(a.getPlatform() == null ? "" : a.getPlatform().getCode(), k -> new ArrayList<>()).add(a));
        List<PlatformRow> platforms = new ArrayList<>();
        byPlatform.forEach((code, mine) -> {
            if (mine.stream().anyMatch(submittedIn(year).or(approvedIn(year)))) {
                var platform = mine.getFirst().getPlatform();
                platforms.add(new PlatformRow(platform == null ? null : code, platform == null ? null : platform.label(english),
                        count(mine, submittedIn(year)), count(mine, submittedIn(year).and(is(ApplicationStatus.SUBMITTED))),
                        count(mine, approvedIn(year)), count(mine, submittedIn(year).and(is(ApplicationStatus.REJECTED))),
                        cashApproved(mine, year), cashPaid(paid, year, mine::contains)));
            }
        });

        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        all.forEach(a -> {
            years.add(a.getSubmittedAt().atZone(zone).getYear());
            if (a.getBudgetYear() != null) {
                years.add(a.getBudgetYear());
            }
        });
        paid.forEach(d -> years.add(d.getPaidOn().getYear()));
        List<YearRow> yearRows = years.stream().map(y -> new YearRow(y, count(all, submittedIn(y)), count(all, approvedIn(y)),
                count(all, submittedIn(y).and(is(ApplicationStatus.REJECTED))), cashApproved(all, y), cashPaid(paid, y, a -> true))).toList();
        return new Report(year, policies, platforms, yearRows);
    }

    private Predicate<Application> submittedIn(int year) {
        return a -> a.getSubmittedAt().atZone(zone).getYear() == year;
    }

    /** approved in that budget year and not since withdrawn: approved, granted or closed */
    private static Predicate<Application> approvedIn(int year) {
        return a -> a.getBudgetYear() != null && a.getBudgetYear() == year && a.getApprovedAmount() != null;
    }

    private static Predicate<Application> is(ApplicationStatus status) {
        return a -> a.getStatus() == status;
    }

    private static long count(List<Application> rows, Predicate<Application> which) {
        return rows.stream().filter(which).count();
    }

    private static BigDecimal cashApproved(List<Application> rows, int year) {
        return sum(rows.stream().filter(approvedIn(year)).filter(a -> a.getPolicy().getBenefitKind() == BenefitKind.CASH)
                .map(Application::held).toList());
    }

    private static BigDecimal cashPaid(List<Disbursement> paid, int year, Predicate<Application> which) {
        return sum(paid.stream().filter(d -> d.getPaidOn().getYear() == year && which.test(d.getApplication())
                && d.getApplication().getPolicy().getBenefitKind() == BenefitKind.CASH).map(Disbursement::getAmount).toList());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
