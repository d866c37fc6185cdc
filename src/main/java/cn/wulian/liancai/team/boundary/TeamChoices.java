package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.team.entity.Industries;
import cn.wulian.liancai.platform.boundary.PlatformJson;
import cn.wulian.liancai.platform.boundary.Platforms;
import cn.wulian.liancai.team.entity.IpItem;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The options of the team pages' drop-downs, and the money format they share. */
@Named
@RequestScoped
public class TeamChoices {


    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Platforms platforms;

    @Inject
    Clock clock;

    private List<PlatformJson> all;

    public List<PlatformJson> getPlatforms() {
        if (all == null) {
            all = platforms.all();
        }
        return all;
    }

    public List<String> getFields() { return Industries.ALL; }
    public List<TeamStatus> getStatuses() { return List.of(TeamStatus.values()); }
    public List<IpItem.Kind> getIpKinds() { return List.of(IpItem.Kind.values()); }

    /** a moment as the county's local time, e.g. a workflow step's */
    public String at(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment.atZone(clock.getZone()));
    }

}
