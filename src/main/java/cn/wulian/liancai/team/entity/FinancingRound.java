package cn.wulian.liancai.team.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money a team raised: when, how much (yuan, exact), from whom, in which round. */
@Embeddable
public class FinancingRound {

    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "amount")
    private BigDecimal amount;
    @Column(name = "investor")
    private String investor;
    @Column(name = "round_name")
    private String round;

    protected FinancingRound() {
    }

    public FinancingRound(LocalDate closedOn, BigDecimal amount, String investor, String round) {
        this.closedOn = closedOn;
        this.amount = amount;
        this.investor = investor;
        this.round = round;
    }

    public LocalDate getClosedOn() { return closedOn; }
    public BigDecimal getAmount() { return amount; }
    public String getInvestor() { return investor; }
    public String getRound() { return round; }
}
