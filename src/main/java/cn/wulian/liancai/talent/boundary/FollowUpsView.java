package cn.wulian.liancai.talent.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The logged-in officer's due follow-ups, overdue first. */
@Named
@RequestScoped
public class FollowUpsView {

    @Inject
    Talents talents;

    private List<InteractionJson> due;

    public List<InteractionJson> getDue() {
        if (due == null) {
            due = talents.dueFollowUps();
        }
        return due;
    }
}
