package cn.wulian.liancai.shared.reference;

/**
 * The kinds of record that one record may refer to or be referred to by, named so that shared code
 * can speak of them without knowing the features that own them. Each has a name in the message
 * bundles ({@link #messageKey()}), used in the sentence that refuses a delete.
 */
public enum RecordKind {
    TALENT, TEAM, PROJECT, PLATFORM, POLICY, ACCOUNT,
    APPLICATION, NOMINATION, REVIEW_ASSIGNMENT, AWARD_CYCLE, INTERACTION, SERVICE_REQUEST;

    public String messageKey() {
        return "reference.kind." + name();
    }
}
