package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.FlagRules;
import cn.wulian.liancai.project.entity.RankingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The parameters of 两旗一牌 and of the monthly ranking, from configuration (config/liancai.properties). */
@ApplicationScoped
public class ProjectRules {

    @Inject
    @ConfigProperty(name = "liancai.flags.red.update-within-days", defaultValue = "30")
    int redUpdateWithinDays;

    @Inject
    @ConfigProperty(name = "liancai.flags.red.min-milestones-met", defaultValue = "1")
    int redMinMilestonesMet;

    @Inject
    @ConfigProperty(name = "liancai.ranking.step-points", defaultValue = "10")
    int stepPoints;

    @Inject
    @ConfigProperty(name = "liancai.ranking.met-points", defaultValue = "5")
    int metPoints;

    @Inject
    @ConfigProperty(name = "liancai.ranking.missed-points", defaultValue = "10")
    int missedPoints;

    @Inject
    @ConfigProperty(name = "liancai.ranking.list-share", defaultValue = "0.25")
    double listShare;

    public FlagRules flags() {
        return new FlagRules(redUpdateWithinDays, redMinMilestonesMet);
    }

    public RankingRules ranking() {
        return new RankingRules(stepPoints, metPoints, missedPoints, listShare);
    }
}
