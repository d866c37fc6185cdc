package cn.wulian.liancai.project.entity;

/** Who first recommended a project (第一引荐人): a registered talent, a staff member, or a named outsider. */
public enum RecommenderKind {
    TALENT, STAFF, OUTSIDER
}
