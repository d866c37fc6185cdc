package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.support.entity.BenefitKind;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The policy form's fields (the rule has its own editor). {@link #toInput} makes the same
 * {@link PolicyInput} the REST API receives, with only the fields the chosen kind of benefit takes:
 * an amount typed for space and left hidden after switching to a service is not sent, so it cannot
 * be refused as "not for this kind of benefit" beside a field nobody sees.
 */
public class PolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String description;
    private String beneficiaryKind;
    private String benefitKind;
    private BigDecimal benefitAmount;
    private Integer benefitMonths;
    private String benefitText;
    private BigDecimal capPerBeneficiary;
    private Integer capGrantsPerBeneficiary;
    private BigDecimal capPerBeneficiaryPerYear;
    private BigDecimal annualBudget;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Integer version;

    public PolicyForm() {
    }

    /** a new policy's form: in force from today */
    public PolicyForm(LocalDate today) {
        this.validFrom = today;
    }

    /** the current version, to be edited into the next */
    public static PolicyForm of(PolicyJson p) {
        PolicyForm f = new PolicyForm();
        f.code = p.code();
        f.name = p.name();
        f.description = p.description();
        f.beneficiaryKind = p.beneficiaryKind();
        f.benefitKind = p.benefitKind();
        f.benefitAmount = plain(p.benefitAmount());
        f.benefitMonths = p.benefitMonths();
        f.benefitText = p.benefitText();
        f.capPerBeneficiary = plain(p.capPerBeneficiary());
        f.capGrantsPerBeneficiary = p.capGrantsPerBeneficiary();
        f.capPerBeneficiaryPerYear = plain(p.capPerBeneficiaryPerYear());
        f.annualBudget = plain(p.annualBudget());
        f.validFrom = p.validFrom();
        f.validTo = p.validTo();
        f.version = p.version();
        return f;
    }

    /** an amount as people type it: 500000, not the stored 500000.00 */
    private static BigDecimal plain(BigDecimal amount) {
        return amount == null ? null : new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }

    public PolicyInput toInput(JsonValue rule) {
        boolean amounts = isAmounts();
        return new PolicyInput(code, name, description, beneficiaryKind, rule, benefitKind,
                amounts ? benefitAmount : null, isMonths() ? benefitMonths : null, benefitText,
                amounts ? capPerBeneficiary : null, capGrantsPerBeneficiary, amounts ? capPerBeneficiaryPerYear : null,
                annualBudget, validFrom, validTo, version);
    }

    /** whether the benefit is counted in an amount per grant (all but a service); shown until a kind is chosen */
    public boolean isAmounts() {
        return kind() != BenefitKind.SERVICE;
    }

    /** whether the benefit lasts some months: space (required), housing and services (optional) */
    public boolean isMonths() {
        return kind() != BenefitKind.CASH;
    }

    /** a service is described in words (required); for the others the text is a note */
    public boolean isService() {
        return kind() == BenefitKind.SERVICE;
    }

    private BenefitKind kind() {
        try {
            return benefitKind == null ? null : BenefitKind.valueOf(benefitKind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getBeneficiaryKind() { return beneficiaryKind; }
    public void setBeneficiaryKind(String beneficiaryKind) { this.beneficiaryKind = beneficiaryKind; }
    public String getBenefitKind() { return benefitKind; }
    public void setBenefitKind(String benefitKind) { this.benefitKind = benefitKind; }
    public BigDecimal getBenefitAmount() { return benefitAmount; }
    public void setBenefitAmount(BigDecimal benefitAmount) { this.benefitAmount = benefitAmount; }
    public Integer getBenefitMonths() { return benefitMonths; }
    public void setBenefitMonths(Integer benefitMonths) { this.benefitMonths = benefitMonths; }
    public String getBenefitText() { return benefitText; }
    public void setBenefitText(String benefitText) { this.benefitText = benefitText; }
    public BigDecimal getCapPerBeneficiary() { return capPerBeneficiary; }
    public void setCapPerBeneficiary(BigDecimal capPerBeneficiary) { this.capPerBeneficiary = capPerBeneficiary; }
    public Integer getCapGrantsPerBeneficiary() { return capGrantsPerBeneficiary; }
    public void setCapGrantsPerBeneficiary(Integer capGrantsPerBeneficiary) { this.capGrantsPerBeneficiary = capGrantsPerBeneficiary; }
    public BigDecimal getCapPerBeneficiaryPerYear() { return capPerBeneficiaryPerYear; }
    public void setCapPerBeneficiaryPerYear(BigDecimal capPerBeneficiaryPerYear) { this.capPerBeneficiaryPerYear = capPerBeneficiaryPerYear; }
    public BigDecimal getAnnualBudget() { return annualBudget; }
    public void setAnnualBudget(BigDecimal annualBudget) { this.annualBudget = annualBudget; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
