/**
 * The in-use check before a delete, owned by no feature: {@link cn.wulian.liancai.shared.reference.Referrers}
 * is the contract each feature implements for the references its records hold,
 * {@link cn.wulian.liancai.shared.reference.References} asks them all, and
 * {@link cn.wulian.liancai.shared.reference.InUse} refuses the delete naming the referring records.
 */
package cn.wulian.liancai.shared.reference;
