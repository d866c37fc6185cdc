/**
 * Owns 杰出莲才奖, the Outstanding Lian Talent Award: cycles with categories, quotas, windows, an
 * eligibility rule (the same interpreter as the support policies) and a scoring rubric;
 * nominations; conflicts of interest found in the data or declared; assignment of reviewers;
 * blind scoring with every version kept, and what a reviewer changes or declares after seeing the
 * others' sheets held for the office's confirmation ({@code FlaggedChanges}); aggregation with each
 * reviewer's harshness removed; ranking, decision and publication, all in an audit trail.
 * <p>
 * One facade per use case in {@code boundary} — {@code AwardCycles} (set-up and the trail),
 * {@code AwardCategories}, {@code Nominations}, {@code Assignments}, {@code Reviews},
 * {@code FlaggedChanges}, {@code Decisions} — each one transaction; the rules of a cycle's own state
 * (windows, quota, decision, notice period) are {@code AwardCycle}'s, those of a reviewer's own review
 * (revisions, declarations, what counts) {@code ReviewAssignment}'s.
 * <p>
 * Search: a nomination is found by the office and the managers of the platform it was made from
 * ({@code NominationDocuments}), as {@code AwardRecords.nomination} lets them open it; reviewers
 * search nothing. A cycle's or a category's new name rewrites the documents of its nominations.
 */
package cn.wulian.liancai.award;
