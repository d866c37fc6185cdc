package cn.wulian.liancai.shared.reference;

/**
 * One record that refers to another: what it is, its id, a name a person recognises (a team's
 * name, a project's title, a nomination's cycle and nominee) and, when it says more, the part the
 * referred record plays in it (leader, applicant, liaison …) as a message key.
 *
 * @param roleKey message key of the role, or null
 */
public record Reference(RecordKind kind, long id, String label, String roleKey) {
}
