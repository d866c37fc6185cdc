package cn.wulian.liancai.rules.entity;

/** What a rule is about: each kind has its own catalog of facts. */
public enum SubjectKind {
    TALENT, TEAM, PROJECT
}
