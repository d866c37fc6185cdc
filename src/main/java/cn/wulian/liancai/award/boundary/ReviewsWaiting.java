package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The badge beside 我的评审: the sheets a reviewer can submit now and has not; nothing for anyone else. */
@ApplicationScoped
public class ReviewsWaiting implements WorkCount {

    @Inject
    Reviews reviews;

    @Override
    public String entry() {
        return "reviews";
    }

    /** the facade reads the signed-in reviewer, who is the {@code user} the layout asks for */
    @Override
    public long count(CurrentUser user) {
        return reviews.waiting();
    }
}
