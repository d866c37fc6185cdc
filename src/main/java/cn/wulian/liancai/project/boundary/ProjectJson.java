package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.Project;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A project as the office and its platform's manager see it, with its flags (两旗一牌) as of today
 * and its latest progress; {@code version} goes back on update.
 */
public record ProjectJson(
        long id, String title, Long teamId, String teamName, Long leadTalentId, String leadTalentName,
        String platform, String platformName, String industry, String township, String townshipName, String location,
        BigDecimal plannedInvestment, BigDecimal actualInvestment, String countyLeader,
        String recommenderKind, Long recommenderTalentId, String recommenderUsername, String recommenderName,
        String recommender, BigDecimal recommenderReward,
        String stage, LocalDate stageSince, LocalDate openedOn, String description,
        int percent, LocalDate lastUpdateOn, int milestones, int milestonesMet, LocalDate nextDueOn,
        FlagsJson flags, Instant createdAt, Instant updatedAt, long version) implements Serializable {

    /** the investment made beyond the plan, in percent; null within it */
    public Integer overPlanPercent() {
        return Project.overPlanPercent(plannedInvestment, actualInvestment);
    }

    public record FlagsJson(boolean yellow, boolean red, boolean plaque) implements Serializable {
    }
}
