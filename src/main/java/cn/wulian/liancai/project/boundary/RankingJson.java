package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.RankingRules;
import cn.wulian.liancai.project.entity.UnitRanking;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A month's ranking (月排名): platforms and county leaders with their two lists, and the projects'
 * scores part by part. {@code knownAt} is the moment whose records it reflects (the month's end);
 * {@code publishedAt} when a closed month's ranking was first published (null for the running month);
 * {@code provisional} while the month runs, its ranking changing with every new record.
 */
public record RankingJson(String month, boolean provisional, Instant knownAt, Instant publishedAt, RankingRules rules,
                          UnitRanking platforms, UnitRanking leaders, List<ProjectScore> projects) implements Serializable {

    public record ProjectScore(long projectId, String title, String platform, String platformName, String countyLeader,
                               int progress, int steps, int metOnTime, int missed, int score) implements Serializable {
    }
}
