package cn.wulian.liancai.support.entity;

import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of a support policy. A version never changes once stored: editing the policy makes
 * the next version ({@link #supersede}) and marks this one superseded — the only change a stored
 * version ever sees — so every decision keeps the rule and the amounts it was taken under.
 * Versions of a code are numbered 1, 2, 3 …; the database holds each (code, version) once.
 */
@Entity
@NamedQuery(name = Policy.CURRENT, query = "select p from Policy p where p.supersededAt is null order by p.code")
@NamedQuery(name = Policy.CURRENT_OF_KIND,
        query = "select p from Policy p where p.supersededAt is null and p.beneficiaryKind = :kind order by p.code")
@NamedQuery(name = Policy.CURRENT_OF_CODE, query = "select p from Policy p where p.code = :code and p.supersededAt is null")
@NamedQuery(name = Policy.VERSIONS, query = "select p from Policy p where p.code = :code order by p.version desc")
public class Policy {

    public static final String CURRENT = "Policy.current";
    public static final String CURRENT_OF_KIND = "Policy.currentOfKind";
    public static final String VERSIONS = "Policy.versions";
    public static final String CURRENT_OF_CODE = "Policy.currentOfCode";

    /** lower-case letters, digits and hyphens, starting with a letter: {@code startup-fund} */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** DECIMAL(16,2): fourteen digits before the point */
    static final BigDecimal MONEY_LIMIT = new BigDecimal("100000000000000");
    static final int MAX_MONTHS = 120;
    static final int MAX_GRANTS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private int version;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private SubjectKind beneficiaryKind;
    private String ruleJson;
    @Enumerated(EnumType.STRING)
    private BenefitKind benefitKind;
    private BigDecimal benefitAmount;
    private Integer benefitMonths;
    private String benefitText;
    private BigDecimal capPerBeneficiary;
    private Integer capGrantsPerBeneficiary;
    private BigDecimal capPerBeneficiaryPerYear;
    private BigDecimal annualBudget;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Instant createdAt;
    private String createdBy;
    private Instant supersededAt;
    private String supersededBy;

    protected Policy() {
    }

    /** the first version of a new policy */
    public Policy(String code, PolicyTerms terms, String by, Clock clock) {
        String normalized = normalizeCode(code);
        if (normalized == null) {
            throw DomainViolation.of("code", code == null || code.isBlank() ? "validation.required" : "validation.policy.code");
        }
        this.code = normalized;
        this.version = 1;
        apply(terms, by, clock);
    }

    private Policy(Policy previous, PolicyTerms terms, String by, Clock clock) {
        this.code = previous.code;
        this.version = previous.version + 1;
        apply(terms, by, clock);
    }

    /**
     * Makes the next version with the new terms; this version becomes superseded and otherwise
     * stays exactly as it was.
     *
     * @return the new version, to be stored
     */
    public Policy supersede(PolicyTerms terms, String by, Clock clock) {
        if (!isCurrent()) {
            throw new StaleVersion("policy", code + " v" + version);
        }
        if (terms.beneficiaryKind() != null && terms.beneficiaryKind() != beneficiaryKind) {
            throw DomainViolation.of("beneficiaryKind", "validation.policy.kindFixed");
        }
        Policy next = new Policy(this, terms, by, clock);
        this.supersededAt = next.createdAt;
        this.supersededBy = by;
        return next;
    }

    /** whether the terms would change nothing, so no new version is needed */
    public boolean sameTerms(PolicyTerms t) {
        return Objects.equals(name, strip(t.name())) && Objects.equals(description, strip(t.description()))
                && beneficiaryKind == t.beneficiaryKind() && t.rule() != null && ruleJson.equals(RuleJson.text(t.rule()))
                && benefitKind == t.benefitKind() && same(benefitAmount, t.benefitAmount())
                && Objects.equals(benefitMonths, t.benefitMonths()) && Objects.equals(benefitText, strip(t.benefitText()))
                && same(capPerBeneficiary, t.capPerBeneficiary()) && Objects.equals(capGrantsPerBeneficiary, t.capGrantsPerBeneficiary())
                && same(capPerBeneficiaryPerYear, t.capPerBeneficiaryPerYear()) && same(annualBudget, t.annualBudget())
                && Objects.equals(validFrom, t.validFrom()) && Objects.equals(validTo, t.validTo());
    }

    /** whether the policy applies on that day: on or after valid-from and, if it has an end, on or before valid-to */
    public boolean inForce(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    /** the code as stored (trimmed, lower case), or {@code null} if it is not a valid code */
    public static String normalizeCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return CODE.matcher(c).matches() ? c : null;
    }

    /** the rules of the terms, as field → message key; the boundary adds its format errors */
    public static Map<String, String> problems(PolicyTerms t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.name() == null || t.name().isBlank()) {
            errors.put("name", "validation.required");
        } else if (t.name().strip().length() > 80) {
            errors.put("name", "validation.size80");
        }
        if (t.description() != null && t.description().strip().length() > 2000) {
            errors.put("description", "validation.size2000");
        }
        if (t.beneficiaryKind() == null) {
            errors.put("beneficiaryKind", "validation.required");
        }
        if (t.rule() == null) {
            errors.put("rule", "validation.required");
        }
        BenefitKind kind = t.benefitKind();
        if (kind == null) {
            errors.put("benefitKind", "validation.required");
        }
        if (t.benefitText() != null && t.benefitText().strip().length() > 500) {
            errors.put("benefitText", "validation.size500");
        }
        if (kind == BenefitKind.SERVICE) {
            if (t.benefitText() == null || t.benefitText().isBlank()) {
                errors.put("benefitText", "validation.required");
            }
            notApplicable(errors, "benefitAmount", t.benefitAmount());
            notApplicable(errors, "capPerBeneficiary", t.capPerBeneficiary());
            notApplicable(errors, "capPerBeneficiaryPerYear", t.capPerBeneficiaryPerYear());
        } else if (kind != null) {
            amount(errors, "benefitAmount", t.benefitAmount(), kind, true);
            amount(errors, "capPerBeneficiary", t.capPerBeneficiary(), kind, false);
            amount(errors, "capPerBeneficiaryPerYear", t.capPerBeneficiaryPerYear(), kind, false);
        }
        if (kind == BenefitKind.CASH) {
            notApplicable(errors, "benefitMonths", t.benefitMonths());
        } else if (kind == BenefitKind.SPACE && t.benefitMonths() == null) {
            errors.put("benefitMonths", "validation.required");
        }
        if (t.benefitMonths() != null && (t.benefitMonths() < 1 || t.benefitMonths() > MAX_MONTHS)) {
            errors.putIfAbsent("benefitMonths", "validation.policy.months");
        }
        if (t.capGrantsPerBeneficiary() != null && (t.capGrantsPerBeneficiary() < 1 || t.capGrantsPerBeneficiary() > MAX_GRANTS)) {
            errors.put("capGrantsPerBeneficiary", "validation.policy.count");
        }
        if (!errors.containsKey("capPerBeneficiary") && !errors.containsKey("benefitAmount") && t.capPerBeneficiary() != null
                && t.benefitAmount() != null && t.capPerBeneficiary().compareTo(t.benefitAmount()) < 0) {
            errors.put("capPerBeneficiary", "validation.policy.capBelowBenefit");
        }
        if (!errors.containsKey("capPerBeneficiary") && !errors.containsKey("capPerBeneficiaryPerYear") && t.capPerBeneficiary() != null
                && t.capPerBeneficiaryPerYear() != null && t.capPerBeneficiaryPerYear().compareTo(t.capPerBeneficiary()) > 0) {
            errors.put("capPerBeneficiaryPerYear", "validation.policy.yearCapAboveTotal");
        }
        if (kind != null) {
            amount(errors, "annualBudget", t.annualBudget(), kind, true);
        } else if (t.annualBudget() == null) {
            errors.put("annualBudget", "validation.required");
        }
        if (t.validFrom() == null) {
            errors.put("validFrom", "validation.required");
        } else if (t.validFrom().getYear() < 2000 || t.validFrom().getYear() > 2100) {
            errors.put("validFrom", "validation.policy.validYear");
        }
        if (t.validTo() != null && (t.validTo().getYear() < 2000 || t.validTo().getYear() > 2100)) {
            errors.put("validTo", "validation.policy.validYear");
        } else if (t.validTo() != null && t.validFrom() != null && t.validTo().isBefore(t.validFrom())) {
            errors.put("validTo", "validation.policy.validOrder");
        }
        return errors;
    }

    /** an amount in the benefit's unit: above 0, whole for counted benefits, else at most two decimals */
    private static void amount(Map<String, String> errors, String field, BigDecimal value, BenefitKind kind, boolean required) {
        if (value == null) {
            if (required) {
                errors.put(field, "validation.required");
            }
        } else if (kind.counted()) {
            if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(MONEY_LIMIT) >= 0) {
                errors.put(field, "validation.policy.units");
            }
        } else if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MONEY_LIMIT) >= 0) {
            errors.put(field, "validation.policy.amount");
        }
    }

    private static void notApplicable(Map<String, String> errors, String field, Object value) {
        if (value != null) {
            errors.put(field, "validation.policy.notApplicable");
        }
    }

    private void apply(PolicyTerms t, String by, Clock clock) {
        Map<String, String> errors = problems(t);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.name = strip(t.name());
        this.description = strip(t.description());
        this.beneficiaryKind = t.beneficiaryKind();
        this.ruleJson = RuleJson.text(t.rule());
        this.benefitKind = t.benefitKind();
        this.benefitAmount = t.benefitAmount();
        this.benefitMonths = t.benefitMonths();
        this.benefitText = strip(t.benefitText());
        this.capPerBeneficiary = t.capPerBeneficiary();
        this.capGrantsPerBeneficiary = t.capGrantsPerBeneficiary();
        this.capPerBeneficiaryPerYear = t.capPerBeneficiaryPerYear();
        this.annualBudget = t.annualBudget();
        this.validFrom = t.validFrom();
        this.validTo = t.validTo();
        this.createdAt = clock.instant();
        this.createdBy = by;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getVersion() { return version; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public SubjectKind getBeneficiaryKind() { return beneficiaryKind; }
    /** the eligibility rule as stored (canonical JSON); read it with {@code RuleJson.stored} */
    public String getRuleJson() { return ruleJson; }
    public BenefitKind getBenefitKind() { return benefitKind; }
    public BigDecimal getBenefitAmount() { return benefitAmount; }
    public Integer getBenefitMonths() { return benefitMonths; }
    public String getBenefitText() { return benefitText; }
    public BigDecimal getCapPerBeneficiary() { return capPerBeneficiary; }
    public Integer getCapGrantsPerBeneficiary() { return capGrantsPerBeneficiary; }

    /** the beneficiary has had as many grants of this policy as it allows: no further application, no further approval */
    public boolean capReachedBy(GrantsSoFar held) {
        return capGrantsPerBeneficiary != null && held.count() >= capGrantsPerBeneficiary;
    }
    public BigDecimal getCapPerBeneficiaryPerYear() { return capPerBeneficiaryPerYear; }
    public BigDecimal getAnnualBudget() { return annualBudget; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getSupersededAt() { return supersededAt; }
    public String getSupersededBy() { return supersededBy; }
}
