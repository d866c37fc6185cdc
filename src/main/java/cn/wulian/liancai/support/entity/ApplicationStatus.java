package cn.wulian.liancai.support.entity;

import java.util.Set;

/**
 * Where an application stands: submitted → approved (amount, conditions) or rejected (reason) →
 * granted by one or more disbursements → closed. A submitted application may also be withdrawn.
 * Rejected, withdrawn and closed are final.
 */
public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED, GRANTED, CLOSED, WITHDRAWN;

    /** an approval still holding part of the budget: approved, or granted and not yet closed */
    public boolean holdsBudget() {
        return this == APPROVED || this == GRANTED;
    }

    public boolean isFinal() {
        return this == REJECTED || this == CLOSED || this == WITHDRAWN;
    }

    /** the steps a person may ask for from here; granted follows the first disbursement, not a request */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED, GRANTED -> Set.of(CLOSED);
            case REJECTED, CLOSED, WITHDRAWN -> Set.of();
        };
    }
}
