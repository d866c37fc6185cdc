package cn.wulian.liancai.project.entity;

/**
 * 两旗一牌 of one project on one day. Yellow (黄旗): a milestone's due date has passed and it is
 * not met. Red (红旗): strong progress — see {@link FlagRules}. Plaque (奖牌): the project reached
 * 投产 before the due date of its commitment's final milestone.
 */
public record Flags(boolean yellow, boolean red, boolean plaque) {

    public static final Flags NONE = new Flags(false, false, false);

    public boolean any() {
        return yellow || red || plaque;
    }
}
