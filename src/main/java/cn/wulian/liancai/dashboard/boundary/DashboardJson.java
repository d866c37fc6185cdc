package cn.wulian.liancai.dashboard.boundary;

import cn.wulian.liancai.project.boundary.RankingJson;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The office's overview on one day. Groups carry a stable {@code key} (a code, an enum name or the
 * industry itself; empty for "not recorded") and a {@code label} in the reader's language.
 */
public record DashboardJson(
        LocalDate asOf, long teams, long teamsIncubating, long projects, long projectsLanded,
        BigDecimal plannedInvestment, BigDecimal actualInvestment,
        List<Group> byPlatform, List<Group> byIndustry, List<Group> byStage, List<Group> byTownship,
        Flagged flags, RankingJson ranking) implements Serializable {

    public record Group(String key, String label, long teams, long projects, BigDecimal plannedInvestment, BigDecimal actualInvestment) implements Serializable {
    }

    public record FlaggedProject(long id, String title, String platformName, String countyLeader, String stage,
                                 LocalDate nextDueOn, LocalDate lastUpdateOn) implements Serializable {
    }

    public record Flagged(List<FlaggedProject> yellow, List<FlaggedProject> red, List<FlaggedProject> plaque) implements Serializable {
    }
}
