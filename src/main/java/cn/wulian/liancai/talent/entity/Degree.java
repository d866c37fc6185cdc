package cn.wulian.liancai.talent.entity;

/** Highest degree, in ascending order, so that rules like "master or above" can compare. */
public enum Degree {
    HIGH_SCHOOL, ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

    public boolean atLeast(Degree other) {
        return compareTo(other) >= 0;
    }
}
