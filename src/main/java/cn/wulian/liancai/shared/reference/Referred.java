package cn.wulian.liancai.shared.reference;

/**
 * The record about to be deleted, as the features that may refer to it need to find it: its kind,
 * its database id and, for kinds known by a code or a user name (a platform, a policy, an account),
 * that name — history rows record who did a step by user name, applications keep the policy's code.
 *
 * @param code the platform's or policy's code, the account's user name; null for other kinds
 */
public record Referred(RecordKind kind, long id, String code) {

    public static Referred of(RecordKind kind, long id) {
        return new Referred(kind, id, null);
    }
}
