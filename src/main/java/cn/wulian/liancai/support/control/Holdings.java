package cn.wulian.liancai.support.control;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import cn.wulian.liancai.support.entity.GrantsSoFar;
import cn.wulian.liancai.support.entity.PolicyBudget;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/**
 * What approvals read before they decide: what a beneficiary already holds under a policy, and the
 * policy's account for the year. Callers hold the policy's lock (or, loading the demo, are alone).
 */
public final class Holdings {

    private Holdings() {
    }

    public static GrantsSoFar held(EntityManager em, String code, SubjectKind kind, long id, int year) {
        List<Application> held = em.createNamedQuery(Application.HELD, Application.class).setParameter("code", code)
                .setParameter("kind", kind).setParameter("id", id)
                .setParameter("holding", List.of(ApplicationStatus.APPROVED, ApplicationStatus.GRANTED)).getResultList();
        BigDecimal total = held.stream().map(Application::held).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal thisYear = held.stream().filter(a -> a.getBudgetYear() != null && a.getBudgetYear() == year)
                .map(Application::held).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GrantsSoFar(held.size(), total, thisYear);
    }

    /** the year's account, made on the year's first approval */
    public static PolicyBudget account(EntityManager em, String code, int year, BigDecimal budget) {
        PolicyBudget account = em.createNamedQuery(PolicyBudget.OF_YEAR, PolicyBudget.class).setParameter("code", code)
                .setParameter("year", year).getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = new PolicyBudget(code, year, budget);
            em.persist(account);
        }
        return account;
    }

    /** gives back to the approval's year what a closing application did not pay */
    public static void release(EntityManager em, Application closing, BigDecimal released) {
        if (closing.getBudgetYear() != null && released.signum() > 0) {
            em.createNamedQuery(PolicyBudget.OF_YEAR, PolicyBudget.class).setParameter("code", closing.getPolicyCode())
                    .setParameter("year", closing.getBudgetYear()).getSingleResult().release(released);
        }
    }
}
