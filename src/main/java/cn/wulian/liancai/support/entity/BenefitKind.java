package cn.wulian.liancai.support.entity;

/**
 * What a policy gives, and so the unit of its amounts: yuan ({@code CASH}), m² of rent-free space
 * for some months ({@code SPACE}), housing units ({@code HOUSING}), or a service such as a dedicated
 * liaison or financing introductions ({@code SERVICE}, counted in beneficiaries served).
 */
public enum BenefitKind {
    CASH, SPACE, HOUSING, SERVICE;

    /** whether amounts are whole numbers (housing units, beneficiaries served) */
    public boolean counted() {
        return this == HOUSING || this == SERVICE;
    }
}
