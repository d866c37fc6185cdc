/**
 * The audit trail, one for the whole app: who did what to which record, when, in which role, with
 * each field's value before and after.
 *
 * <p>Rules:
 * <ul>
 * <li>Every insert, update and delete of an entity is written by the persistence provider itself
 * ({@link cn.wulian.liancai.shared.audit.AuditListener}), in the transaction of the change: a change
 * without its entry cannot commit. Bulk JPQL updates and deletes bypass it, so features change
 * records one by one.</li>
 * <li>What is more than a field change — a log-in, a failed one, a password set, a view or export
 * of unmasked personal data, an award's step, an erasure — is written through
 * {@link cn.wulian.liancai.shared.audit.AuditTrail}.</li>
 * <li>Append-only: only {@code AuditWriter} inserts, nothing updates or deletes an entry.</li>
 * <li>A part's entries belong to its owner's history ({@link cn.wulian.liancai.shared.audit.AuditOwner}):
 * a contact to its talent, a milestone to its project.</li>
 * <li>Secrets and moving time stamps are not kept ({@link cn.wulian.liancai.shared.audit.NotAudited}).</li>
 * <li>A person's values are sealed with their own key; erasing the person deletes the key.</li>
 * <li>The trail is read by office staff and administrators only.</li>
 * </ul>
 */
package cn.wulian.liancai.shared.audit;
