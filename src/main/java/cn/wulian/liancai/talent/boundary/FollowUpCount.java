package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The badge of 跟进: an officer's follow-ups overdue or due this week. */
@ApplicationScoped
public class FollowUpCount implements WorkCount {

    @Inject
    FollowUps followUps;

    @Override
    public String entry() {
        return "followups";
    }

    @Override
    public long count(CurrentUser user) {
        return user.isStaff() ? followUps.waiting() : 0;
    }
}
