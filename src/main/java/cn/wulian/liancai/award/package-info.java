/**
 * Owns 杰出莲才奖, the Outstanding Lian Talent Award: cycles with categories, quotas, windows, an
 * eligibility rule (the same interpreter as the support policies) and a scoring rubric;
 * nominations; conflicts of interest found in the data or declared; assignment of reviewers;
 * blind scoring with every version kept; aggregation with each reviewer's harshness removed;
 * ranking, decision and publication, all in an audit trail.
 */
package cn.wulian.liancai.award;
