package cn.wulian.liancai.award.entity;

/** A category of a cycle and how many winners it may have. */
public record CategoryQuota(String code, int quota) {
}
