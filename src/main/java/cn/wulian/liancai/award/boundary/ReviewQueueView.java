package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reviewer's queue ({@code reviews.xhtml}), read once per request: every assigned nomination with
 * where it stands and the count submitted, and for the review page the next one to score. Only
 * reviewers: the facade refuses anyone else (403).
 */
@Named
@RequestScoped
public class ReviewQueueView {

    @Inject
    Reviews reviews;

    @Inject
    AwardCycles awardCycles;

    @Inject
    AwardPage page;

    private ReviewQueue queue;

    /** f:viewAction: reads the queue before the page renders, so that anyone but a reviewer gets 403 */
    public void load() {
        getQueue();
    }

    public ReviewQueue getQueue() {
        if (queue == null) {
            Locale locale = page.locale();
            Map<String, String> categories = awardCycles.cycles(locale).stream().map(CycleJson::categories).flatMap(List::stream)
                    .collect(Collectors.toMap(CategoryJson::code, CategoryJson::name, (a, b) -> a));
            queue = new ReviewQueue(reviews.mine(), reviews.drafted(), categories);
        }
        return queue;
    }

    /** the next nomination to score after this assignment, if any */
    public Optional<Long> next(long current) {
        return getQueue().next(current);
    }
}
