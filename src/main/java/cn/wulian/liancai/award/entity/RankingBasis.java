package cn.wulian.liancai.award.entity;

/** Which score a cycle ranks by: the z-score-normalised mean (harshness evened out), or the raw mean of the totals. */
public enum RankingBasis {
    NORMALISED, RAW
}
