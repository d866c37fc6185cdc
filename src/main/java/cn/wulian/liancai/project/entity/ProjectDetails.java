package cn.wulian.liancai.project.entity;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the office or a platform manager edits about a project, references resolved. The first
 * recommender is one of a talent, a staff member's user name or an outsider's name, by {@code recommenderKind}.
 */
public record ProjectDetails(
        String title, Team team, Talent leadTalent, Platform platform, String industry, Township township, String location,
        BigDecimal plannedInvestment, BigDecimal actualInvestment, String countyLeader,
        RecommenderKind recommenderKind, Talent recommenderTalent, String recommenderUsername, String recommenderName,
        BigDecimal recommenderReward, LocalDate openedOn, String description) {
}
