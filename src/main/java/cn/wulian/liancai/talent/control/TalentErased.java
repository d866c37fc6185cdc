package cn.wulian.liancai.talent.control;

/**
 * A person's identifying data was erased at their request: every feature that keeps a copy of their
 * name for its own records (an application's, a service request's beneficiary as it was named then;
 * a nomination's statement written about them) replaces it with the placeholder, in the erasure's
 * transaction. Fired synchronously; the former name lives only in this event, never stored.
 *
 * @param talentId    the erased talent
 * @param formerName  the name they had, to be found in text written about them
 * @param placeholder what the talent is named now (已注销 #12)
 */
public record TalentErased(long talentId, String formerName, String placeholder) {
}
