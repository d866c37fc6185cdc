package cn.wulian.liancai.support.entity;

import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything office staff decide about one version of a policy, the rule already checked.
 *
 * @param benefitAmount             yuan (cash), m² (space) or units (housing); none for a service
 * @param benefitMonths             how long space or housing is given (required for space), or a service lasts
 * @param benefitText               what the service is; a note for the other kinds
 * @param capPerBeneficiary         the most one beneficiary may receive under this policy, in the benefit's unit
 * @param capGrantsPerBeneficiary   how many times one beneficiary may receive it
 * @param capPerBeneficiaryPerYear  the most one beneficiary may receive in one year
 * @param annualBudget              what the policy may give out in a year, in the benefit's unit
 */
public record PolicyTerms(
        String name, String description, SubjectKind beneficiaryKind, Rule rule,
        BenefitKind benefitKind, BigDecimal benefitAmount, Integer benefitMonths, String benefitText,
        BigDecimal capPerBeneficiary, Integer capGrantsPerBeneficiary, BigDecimal capPerBeneficiaryPerYear,
        BigDecimal annualBudget, LocalDate validFrom, LocalDate validTo) {
}
