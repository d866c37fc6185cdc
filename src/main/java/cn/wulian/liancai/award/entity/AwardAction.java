package cn.wulian.liancai.award.entity;

/**
 * The steps of an award cycle as its audit trail names them, beside the field changes the trail
 * records by itself: each with who, when and the particulars (the scores submitted, the reason
 * for a change, the conflict declared, the decision's justification).
 */
public enum AwardAction {
    CYCLE_OPENED, CYCLE_CHANGED, NOMINATED, ASSIGNED, UNASSIGNED, DRAFT_SAVED, REVIEW_SUBMITTED, REVIEW_CHANGED,
    CONFLICT_DECLARED, DECIDED, PUBLISHED, FINALIZED, ATTACHED, DETACHED,
    /** a change, or a conflict declared, after the reviewer had seen the others' sheets: waits for the office */
    REVIEW_CHANGE_FLAGGED, CONFLICT_FLAGGED, FLAG_CONFIRMED, FLAG_REJECTED
}
