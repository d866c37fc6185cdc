package cn.wulian.liancai.support.entity;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A policy's account for one year: the annual budget (as the policy stood at the latest approval)
 * and what approvals have committed of it. Approvals read it under the lock of the policy's current
 * version, the row is versioned, and the database refuses a row whose committed amount exceeds its
 * budget, so the budget left never goes below zero however many officers approve at once.
 */
@Entity
@NamedQuery(name = PolicyBudget.OF_YEAR, query = "select b from PolicyBudget b where b.policyCode = :code and b.budgetYear = :year")
@NamedQuery(name = PolicyBudget.ALL_OF_YEAR, query = "select b from PolicyBudget b where b.budgetYear = :year")
public class PolicyBudget {

    public static final String OF_YEAR = "PolicyBudget.ofYear";
    public static final String ALL_OF_YEAR = "PolicyBudget.allOfYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String policyCode;
    private int budgetYear;
    private BigDecimal budget;
    private BigDecimal committed;
    @Version
    private long version;

    protected PolicyBudget() {
    }

    public PolicyBudget(String policyCode, int year, BigDecimal budget) {
        this.policyCode = policyCode;
        this.budgetYear = year;
        this.budget = budget;
        this.committed = BigDecimal.ZERO;
    }

    public BigDecimal left() {
        return budget.subtract(committed).max(BigDecimal.ZERO);
    }

    /**
     * Commits an approved amount under the budget as the policy now sets it.
     *
     * @throws DomainViolation on {@code amount} when less than that is left
     */
    public void commit(BigDecimal amount, BigDecimal currentBudget) {
        this.budget = currentBudget;
        if (committed.add(amount).compareTo(budget) > 0) {
            throw DomainViolation.of("amount", "validation.application.budgetLeft", left());
        }
        this.committed = committed.add(amount);
    }

    /** gives back what a closed grant did not pay out */
    public void release(BigDecimal amount) {
        this.committed = committed.subtract(amount).max(BigDecimal.ZERO);
    }

    public String getPolicyCode() { return policyCode; }
    public int getBudgetYear() { return budgetYear; }
    public BigDecimal getBudget() { return budget; }
    public BigDecimal getCommitted() { return committed; }
}
