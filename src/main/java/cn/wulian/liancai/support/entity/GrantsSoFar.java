package cn.wulian.liancai.support.entity;

import java.math.BigDecimal;

/**
 * What one beneficiary already holds under one policy, read under the policy's budget lock: the
 * number of grants (approvals not rejected, withdrawn or closed without a payment), their amount,
 * and the part of it approved in the year of the new approval. A closed grant counts with what it
 * actually paid.
 */
public record GrantsSoFar(int count, BigDecimal total, BigDecimal thisYear) {

    public static final GrantsSoFar NONE = new GrantsSoFar(0, BigDecimal.ZERO, BigDecimal.ZERO);
}
