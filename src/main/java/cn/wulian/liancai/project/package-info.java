/**
 * Owns projects (项目) brought home by Lian talents and their teams — "项目为王" — with their stage
 * steps, commitments (军令状), progress updates, the flags 两旗一牌 and the monthly ranking (月排名).
 * <p>
 * Rules: a project moves through the stages 洽谈 → 签约 → 落地 → 开工 → 投产 one dated step at a
 * time ({@code ProjectStage}). Its commitment (军令状) is a list of milestones, each with a due date
 * and a standard of what counts as met; the office sets them and records them met, managers and
 * field officers post dated progress updates. The flags 两旗一牌 ({@code Flags}) are computed from
 * those records, never typed in, and the monthly ranking ({@code RankingRules}, kept by {@code Rankings} and {@code RankingPublications}) from the records
 * as they stood at the end of the month, so a past month published again gives the same answer.
 * Scope is as for teams: office staff see every project, a platform manager only those housed by
 * their platform (any other id, existing or not, is refused alike), reviewers none.
 */
package cn.wulian.liancai.project;
