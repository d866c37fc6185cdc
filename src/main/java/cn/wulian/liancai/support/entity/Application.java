package cn.wulian.liancai.support.entity;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.audit.NotAudited;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application for a support policy on behalf of one talent, team or project, and its life:
 * submitted → approved or rejected → granted by disbursements → closed (or withdrawn while
 * submitted). The rules of each step are here; what needs the database — eligibility, what the
 * beneficiary already holds, the budget's lock — the facade reads and hands in. Every step returns
 * the {@link ApplicationTransition} to store, so who did what and when is never lost.
 *
 * <p>While pending the application points at the policy version it was made under; approval moves it
 * to the version the decision was taken under, whose caps and rule were applied.
 */
@Entity
@Table(name = "support_application")
@NamedQuery(name = Application.HELD, query = "select a from Application a left join a.talent tl left join a.team tm left join a.project pj"
        + " where a.policyCode = :code and a.subjectKind = :kind and (tl.id = :id or tm.id = :id or pj.id = :id)"
        + " and (a.status in :holding or (a.status = cn.wulian.liancai.support.entity.ApplicationStatus.CLOSED and a.disbursed > 0))")
@NamedQuery(name = Application.PENDING_OF, query = "select count(a) from Application a left join a.talent tl left join a.team tm"
        + " left join a.project pj where a.policyCode = :code and a.subjectKind = :kind and (tl.id = :id or tm.id = :id or pj.id = :id)"
        + " and a.status = cn.wulian.liancai.support.entity.ApplicationStatus.SUBMITTED")
@NamedQuery(name = Application.ALL, query = "select a from Application a left join fetch a.platform join fetch a.policy")
public class Application {

    public static final String HELD = "Application.held";
    public static final String PENDING_OF = "Application.pendingOf";
    public static final String ALL = "Application.all";

    static final int TEXT_LIMIT = 2000;
    static final int VOUCHER_LIMIT = 60;
    static final BigDecimal MONEY_LIMIT = Policy.MONEY_LIMIT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Policy policy;
    private String policyCode;
    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;
    @ManyToOne(fetch = FetchType.LAZY)
    private Talent talent;
    @ManyToOne(fetch = FetchType.LAZY)
    private Team team;
    @ManyToOne(fetch = FetchType.LAZY)
    private Project project;
    @ManyToOne(fetch = FetchType.LAZY)
    private Platform platform;
    /** the beneficiary as named when it was made; a copy, not audited (the subject's reference is, and the copy would outlive an erasure there) */
    @NotAudited
    private String subjectName;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private BigDecimal requestedAmount;
    @Column(name = "statement_text") // STATEMENT is a word EclipseLink quotes
    private String statement;
    private BigDecimal approvedAmount;
    private String conditions;
    private String reason;
    private Integer budgetYear;
    private BigDecimal disbursed;
    private Instant submittedAt;
    private String submittedBy;
    private Instant decidedAt;
    private String decidedBy;
    private Instant closedAt;
    private String closedBy;
    @Version
    private long version;

    protected Application() {
    }

    /**
     * A new application. The subject is one of talent, team or project, matching the policy's
     * beneficiary kind; the facade has already checked that the caller may apply for it and that
     * it qualifies.
     */
    public Application(Policy policy, Subject subject, BigDecimal requestedAmount, String statement, String by, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!policy.isCurrent()) {
            errors.put("policy", "validation.application.policySuperseded");
        } else if (!policy.inForce(LocalDate.now(clock))) {
            errors.put("policy", "validation.application.policyNotInForce");
        }
        if (subject.kind() != policy.getBeneficiaryKind()) {
            errors.put("subjectKind", "validation.application.wrongKind");
        }
        if (requestedAmount != null) {
            String problem = amountProblem(policy, requestedAmount);
            if (problem != null) {
                errors.put("requestedAmount", problem);
            }
        }
        if (statement != null && statement.strip().length() > TEXT_LIMIT) {
            errors.put("statement", "validation.size2000");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.policy = policy;
        this.policyCode = policy.getCode();
        this.subjectKind = subject.kind();
        this.talent = subject.talent();
        this.team = subject.team();
        this.project = subject.project();
        this.platform = subject.platform();
        this.subjectName = subject.name();
        this.status = ApplicationStatus.SUBMITTED;
        this.requestedAmount = requestedAmount;
        this.statement = strip(statement);
        this.disbursed = BigDecimal.ZERO;
        this.submittedAt = clock.instant();
        this.submittedBy = by;
    }

    /** the step that records the submission itself */
    public ApplicationTransition submitted() {
        return new ApplicationTransition(this, null, ApplicationStatus.SUBMITTED, policy.getVersion(), requestedAmount, statement,
                submittedBy, submittedAt);
    }

    /**
     * Approves under the policy as it now stands, within its caps and what is left of the year's
     * budget. The amount defaults to the amount asked for, else the policy's benefit; a service is
     * one beneficiary served.
     *
     * @param current the policy's current version, whose rule the beneficiary has just passed
     * @param held    what the beneficiary already holds under this policy
     * @param budget  the year's account, locked by the caller
     */
    public ApplicationTransition approve(Policy current, BigDecimal amount, String conditions, GrantsSoFar held, PolicyBudget budget,
                                         String by, Clock clock) {
        step(ApplicationStatus.APPROVED);
        LocalDate today = LocalDate.now(clock);
        if (!current.inForce(today)) {
            throw DomainViolation.of("to", "validation.application.policyNotInForce");
        }
        BigDecimal granted = amount != null ? amount
                : current.getBenefitKind() == BenefitKind.SERVICE ? BigDecimal.ONE
                : requestedAmount != null ? requestedAmount : current.getBenefitAmount();
        Map<String, String> errors = new LinkedHashMap<>();
        String problem = amountProblem(current, granted);
        if (conditions != null && conditions.strip().length() > TEXT_LIMIT) {
            errors.put("conditions", "validation.size2000");
        }
        if (problem != null) {
            errors.put("amount", problem);
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        if (current.capReachedBy(held)) {
            throw DomainViolation.of("to", "validation.application.capGrants", held.count(), current.getCapGrantsPerBeneficiary());
        }
        capCheck(current.getCapPerBeneficiary(), held.total(), granted, "validation.application.capTotal");
        capCheck(current.getCapPerBeneficiaryPerYear(), held.thisYear(), granted, "validation.application.capYear");
        budget.commit(granted, current.getAnnualBudget());
        ApplicationStatus from = status;
        this.policy = current;
        this.status = ApplicationStatus.APPROVED;
        this.approvedAmount = granted;
        this.conditions = strip(conditions);
        this.budgetYear = today.getYear();
        this.decidedAt = clock.instant();
        this.decidedBy = by;
        return new ApplicationTransition(this, from, status, current.getVersion(), granted, this.conditions, by, decidedAt);
    }

    public ApplicationTransition reject(String reason, String by, Clock clock) {
        step(ApplicationStatus.REJECTED);
        if (reason == null || reason.isBlank()) {
            throw DomainViolation.of("reason", "validation.application.reasonRequired");
        }
        if (reason.strip().length() > TEXT_LIMIT) {
            throw DomainViolation.of("reason", "validation.size2000");
        }
        this.reason = reason.strip();
        this.decidedAt = clock.instant();
        this.decidedBy = by;
        return move(ApplicationStatus.REJECTED, null, this.reason, by, decidedAt);
    }

    public ApplicationTransition withdraw(String note, String by, Clock clock) {
        step(ApplicationStatus.WITHDRAWN);
        this.reason = strip(note);
        this.closedAt = clock.instant();
        this.closedBy = by;
        return move(ApplicationStatus.WITHDRAWN, null, this.reason, by, closedAt);
    }

    /**
     * Closes an approval: nothing more will be paid. What was approved and not paid ({@link #open()},
     * read before closing) goes back to the budget of the approval's year.
     */
    public ApplicationTransition close(String note, String by, Clock clock) {
        step(ApplicationStatus.CLOSED);
        if (note != null && note.strip().length() > TEXT_LIMIT) {
            throw DomainViolation.of("reason", "validation.size2000");
        }
        this.reason = strip(note);
        this.closedAt = clock.instant();
        this.closedBy = by;
        return move(ApplicationStatus.CLOSED, disbursed, this.reason, by, closedAt);
    }

    /** what is approved and not yet paid; zero unless approved */
    public BigDecimal open() {
        return approvedAmount == null ? BigDecimal.ZERO : approvedAmount.subtract(disbursed);
    }

    /**
     * Records a payment (or a handover of space or housing) of part of the approved amount; the
     * first one makes the application granted.
     */
    public Disbursement disburse(LocalDate paidOn, BigDecimal amount, String voucherNo, String by, Clock clock) {
        if (!status.holdsBudget()) {
            throw DomainViolation.of("status", "validation.application.notApproved");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = paidOn == null ? today : paidOn;
        Map<String, String> errors = new LinkedHashMap<>();
        if (on.isAfter(today)) {
            errors.put("paidOn", "validation.date.future");
        } else if (on.isBefore(LocalDate.ofInstant(decidedAt, clock.getZone()))) {
            errors.put("paidOn", "validation.application.paidBeforeApproval");
        }
        if (voucherNo == null || voucherNo.isBlank()) {
            errors.put("voucherNo", "validation.required");
        } else if (voucherNo.strip().length() > VOUCHER_LIMIT) {
            errors.put("voucherNo", "validation.size60");
        }
        String problem = amount == null ? "validation.required" : amountProblem(policy, amount);
        if (problem == null && amount.compareTo(open()) > 0) {
            throw DomainViolation.of("amount", "validation.application.aboveOpen", open()).with(errors);
        }
        if (problem != null) {
            errors.put("amount", problem);
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.disbursed = disbursed.add(amount);
        this.status = ApplicationStatus.GRANTED;
        return new Disbursement(this, on, amount, voucherNo.strip(), by, clock.instant());
    }

    /** the step a first disbursement takes, from approved to granted; null for later ones */
    public ApplicationTransition grantedBy(Disbursement first, ApplicationStatus before) {
        return before == ApplicationStatus.APPROVED
                ? new ApplicationTransition(this, before, ApplicationStatus.GRANTED, policy.getVersion(), first.getAmount(),
                first.getVoucherNo(), first.getRecordedBy(), first.getRecordedAt())
                : null;
    }

    /** what this application holds of its policy for the beneficiary: the approval, or what a closed one paid */
    public BigDecimal held() {
        return status.holdsBudget() ? approvedAmount : status == ApplicationStatus.CLOSED ? disbursed : BigDecimal.ZERO;
    }

    // ---- rules

    /** an amount in the policy's unit: above zero, whole for counted benefits, at most the benefit itself */
    static String amountProblem(Policy policy, BigDecimal amount) {
        BenefitKind kind = policy.getBenefitKind();
        if (amount.signum() <= 0 || amount.compareTo(MONEY_LIMIT) >= 0) {
            return "validation.application.amount";
        }
        if (kind.counted() ? amount.stripTrailingZeros().scale() > 0 : amount.stripTrailingZeros().scale() > 2) {
            return kind.counted() ? "validation.policy.units" : "validation.policy.amount";
        }
        BigDecimal most = kind == BenefitKind.SERVICE ? BigDecimal.ONE : policy.getBenefitAmount();
        if (most != null && amount.compareTo(most) > 0) {
            return "validation.application.aboveBenefit";
        }
        return null;
    }

    private static void capCheck(BigDecimal cap, BigDecimal held, BigDecimal amount, String key) {
        if (cap != null && held.add(amount).compareTo(cap) > 0) {
            throw DomainViolation.of("amount", key, held, cap); // the bundle writes them as money
        }
    }

    private void step(ApplicationStatus to) {
        if (!status.next().contains(to)) {
            throw DomainViolation.of("to", "validation.application.step", status.name(), to.name());
        }
    }

    private ApplicationTransition move(ApplicationStatus to, BigDecimal amount, String note, String by, Instant at) {
        ApplicationStatus from = status;
        this.status = to;
        return new ApplicationTransition(this, from, to, policy.getVersion(), amount, note, by, at);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Policy getPolicy() { return policy; }
    public String getPolicyCode() { return policyCode; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    /**
     * Two records were found to be one person: the application is the survivor's (or, on undo,
     * the merged record's again). Its subject's name stays as it was submitted.
     */
    /** the talent it was for was erased: the name it kept of them goes, for the placeholder they are named by now */
    public void forgetTalentsName(String placeholder) {
        if (talent != null) {
            subjectName = placeholder;
        }
    }

    public void renameTalent(Talent from, Talent to) {
        if (!Talent.same(talent, from)) {
            throw new IllegalStateException("application " + id + " is not for talent " + from.getId());
        }
        talent = to;
    }

    public Talent getTalent() { return talent; }
    public Team getTeam() { return team; }
    public Project getProject() { return project; }
    public Platform getPlatform() { return platform; }
    /** the talent's, team's or project's id */
    public long getSubjectId() {
        return Subject.idOf(subjectKind, talent, team, project);
    }
    public String getSubjectName() { return subjectName; }
    public ApplicationStatus getStatus() { return status; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public String getStatement() { return statement; }
    public BigDecimal getApprovedAmount() { return approvedAmount; }
    public String getConditions() { return conditions; }
    public String getReason() { return reason; }
    public Integer getBudgetYear() { return budgetYear; }
    public BigDecimal getDisbursed() { return disbursed; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public long getVersion() { return version; }
}
