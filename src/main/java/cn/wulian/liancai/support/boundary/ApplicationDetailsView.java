package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import cn.wulian.liancai.support.entity.BenefitKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * An application's page: its details, the timeline of its steps and the payments made. The office
 * decides a submitted one (approve with an amount and conditions, or reject with a reason), records
 * payments against an approval and closes it; a manager may withdraw one still submitted. Each step
 * sends the version the page read: if someone else decided meanwhile, the page says so and shows the
 * application as it now stands. The facade decides what the caller may do ({@code steps},
 * {@code canDisburse}) and refuses everything else.
 */
@Named
@ViewScoped
public class ApplicationDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    private String idParam;
    private Long id;
    private ApplicationJson application;
    /** the policy as it now stands: an approval is decided under it, and its benefit is the default amount */
    private final InPageLanguage<PolicyJson> policy = new InPageLanguage<>();
    private boolean stale;

    private BigDecimal approveAmount;
    private String conditions;
    private String rejectReason;
    private String note;
    private LocalDate paidOn;
    private BigDecimal payAmount;
    private String voucherNo;

    public void load() {
        if (application == null) {
            id = UrlIds.parse(idParam, "application");
            refresh();
            fresh();
        }
    }

    private void refresh() {
        application = applications.find(id);
        policy.forget();
    }

    /** the forms as a new decision or payment starts: the amounts the office most likely means */
    private void fresh() {
        approveAmount = plain(application.requestedAmount() != null ? application.requestedAmount()
                : BenefitKind.SERVICE.name().equals(getPolicy().benefitKind()) ? BigDecimal.ONE : getPolicy().benefitAmount());
        conditions = null;
        rejectReason = null;
        note = null;
        paidOn = LocalDate.now(clock);
        payAmount = application.open().signum() > 0 ? plain(application.open()) : null;
        voucherNo = null;
    }

    /** 200000.00 → 200000 and 450000.5 → 450000.50, as one would type money (never 2E+5) */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0) : stripped.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public void approve() {
        act("approveForm", () -> step(ApplicationStatus.APPROVED, approveAmount, conditions, null), "application.approved");
    }

    public void reject() {
        act("rejectForm", () -> step(ApplicationStatus.REJECTED, null, null, rejectReason), "application.rejected");
    }

    public void withdraw() {
        act("withdrawForm", () -> step(ApplicationStatus.WITHDRAWN, null, null, note), "application.withdrawn");
    }

    public void close() {
        act("closeForm", () -> step(ApplicationStatus.CLOSED, null, null, note), "application.closed");
    }

    public void disburse() {
        act("payForm", () -> applications.disburse(id, new DisbursementInput(paidOn, payAmount, voucherNo, application.version())), "application.paid");
    }

    private ApplicationJson step(ApplicationStatus to, BigDecimal amount, String conditions, String reason) {
        return applications.step(id, new StepInput(to.name(), amount, conditions, reason, application.version()), ApplicationFormat.locale());
    }

    /**
     * Runs one step: refused, its reasons stand beside the form's fields and what was typed stays;
     * done, or overtaken by someone else's step, the page shows the application as it now is.
     */
    private void act(String formId, Supplier<ApplicationJson> useCase, String doneKey) {
        stale = false;
        try {
            useCase.get();
            refresh();
            fresh();
            FacesErrors.info(doneKey);
            return;
        } catch (DomainViolation e) {
            FacesErrors.show(e, formId);
        } catch (StaleVersion e) {
            stale = true;
            FacesErrors.error("application.stale");
        }
        refresh();
    }

    public boolean may(String step) {
        return application.steps().contains(step);
    }

    /** the office judges a submitted application against the policy's rule as it is today */
    public boolean isDeciding() {
        return may(ApplicationStatus.APPROVED.name());
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public ApplicationJson getApplication() { return application; }
    public PolicyJson getPolicy() { return policy.get(locale -> policies.find(application.policyCode(), null, locale)); }
    public boolean isStale() { return stale; }
    public BigDecimal getApproveAmount() { return approveAmount; }
    public void setApproveAmount(BigDecimal approveAmount) { this.approveAmount = approveAmount; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public BigDecimal getPayAmount() { return payAmount; }
    public void setPayAmount(BigDecimal payAmount) { this.payAmount = payAmount; }
    public String getVoucherNo() { return voucherNo; }
    public void setVoucherNo(String voucherNo) { this.voucherNo = voucherNo; }
}
