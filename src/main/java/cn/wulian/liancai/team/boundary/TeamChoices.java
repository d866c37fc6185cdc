package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.team.entity.Industries;
import cn.wulian.liancai.platform.boundary.PlatformJson;
import cn.wulian.liancai.platform.boundary.Platforms;
import cn.wulian.liancai.shared.persistence.DistinctValues;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.team.entity.IpItem;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    @PersistenceContext
    EntityManager em;

    private List<PlatformJson> all;
    private List<String> fields;

    public List<PlatformJson> getPlatforms() {
        if (all == null) {
            all = platforms.all();
        }
        return all;
    }

    /**
     * The county's fields, then any other the caller's teams hold (imported, or set through the API): offered so that
     * a team's own field stays selected when its form is saved (it was emptied, and the field lost).
     */
    public List<String> getFields() {
        if (fields == null) {
            boolean manager = user.hasRole(Role.PLATFORM_MANAGER);
            fields = new ArrayList<>(Industries.ALL);
            if (manager || user.isStaff()) {
                DistinctValues.of(em, "Team", "field", manager ? user.platformCode() : null).stream()
                        .filter(f -> !fields.contains(f)).forEach(fields::add);
            }
        }
        return fields;
    }

    /** a field in the page's language: the county's are translated, any other shown as typed */
    public String fieldLabel(String field) {
        return field == null ? "" : Industries.label(field, localeView.getLocale());
    }

    /** a platform's name in the page's language, its Chinese name where it has no English one */
    public String platformName(String code, String name) {
        if (code == null || !localeView.isEnglish()) {
            return name;
        }
        return getPlatforms().stream().filter(p -> p.code().equals(code)).findFirst().map(p -> p.label(true)).orElse(name);
    }

    public List<TeamStatus> getStatuses() { return List.of(TeamStatus.values()); }
    public List<IpItem.Kind> getIpKinds() { return List.of(IpItem.Kind.values()); }

    /** a moment as the county's local time, e.g. a workflow step's */
    public String at(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment.atZone(clock.getZone()));
    }

}
