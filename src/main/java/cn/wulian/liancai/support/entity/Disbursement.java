package cn.wulian.liancai.support.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment, or the handover of space or housing, against an approved application: the day, the
 * amount in the policy's unit and the voucher (or contract) number, which the database holds once.
 */
@Entity
@NamedQuery(name = Disbursement.OF_APPLICATION,
        query = "select d from Disbursement d where d.application.id = :application order by d.paidOn, d.id")
@NamedQuery(name = Disbursement.BY_VOUCHER, query = "select count(d) from Disbursement d where d.voucherNo = :voucher")
public class Disbursement {

    public static final String OF_APPLICATION = "Disbursement.ofApplication";
    public static final String BY_VOUCHER = "Disbursement.byVoucher";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Application application;
    private LocalDate paidOn;
    private BigDecimal amount;
    private String voucherNo;
    private Instant recordedAt;
    private String recordedBy;

    protected Disbursement() {
    }

    Disbursement(Application application, LocalDate paidOn, BigDecimal amount, String voucherNo, String by, Instant at) {
        this.application = application;
        this.paidOn = paidOn;
        this.amount = amount;
        this.voucherNo = voucherNo;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    public Application getApplication() { return application; }
    public LocalDate getPaidOn() { return paidOn; }
    public BigDecimal getAmount() { return amount; }
    public String getVoucherNo() { return voucherNo; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
