package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.shared.rest.Echoes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project as the office or a platform manager enters it. {@code platform} (a platform code) is
 * taken from office staff (with a team it may only repeat the team's platform): a team's project is housed where the
 * team is, and a manager's projects are always on their own platform. {@code township} is a
 * statistics code or name of where the project lands.
 */
@Echoes(ProjectJson.class)
public record ProjectInput(
        @NotBlank(message = "validation.required") @Size(max = 120, message = "validation.size120") String title,
        Long teamId,
        Long leadTalentId,
        String platform,
        @Size(max = 40, message = "validation.size40") String industry,
        String township,
        @Size(max = 200, message = "validation.size200") String location,
        BigDecimal plannedInvestment,
        BigDecimal actualInvestment,
        @Size(max = 60, message = "validation.size60") String countyLeader,
        String recommenderKind,
        Long recommenderTalentId,
        @Size(max = 40, message = "validation.size40") String recommenderUsername,
        @Size(max = 60, message = "validation.size60") String recommenderName,
        BigDecimal recommenderReward,
        LocalDate openedOn,
        @Size(max = 2000, message = "validation.size2000") String description,
        Long version) {
}
