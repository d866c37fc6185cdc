package cn.wulian.liancai.talent.entity;

/**
 * How two talents know each other (以乡情扩大"朋友圈"). REFERRED_BY is directed: the relation's
 * "from" talent was introduced by its "to" talent; the others read the same both ways.
 */
public enum RelationKind {
    CLASSMATE, COLLEAGUE, RELATIVE, REFERRED_BY;

    public boolean directed() {
        return this == REFERRED_BY;
    }
}
