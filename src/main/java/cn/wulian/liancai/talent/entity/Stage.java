package cn.wulian.liancai.talent.entity;

/**
 * Where the office stands with a talent: identified → contacted → engaged → returned (or
 * investing at home); inactive when the relationship has gone quiet. Staff may set any stage by
 * hand (relationships do go backwards); logging the first contact moves an identified talent on.
 */
public enum Stage {
    IDENTIFIED, CONTACTED, ENGAGED, RETURNED, INACTIVE;

    /** a stage at which the talent may have a return day: home now, or gone quiet after (or without) coming home */
    public boolean cameHome() {
        return this == RETURNED || this == INACTIVE;
    }
}
