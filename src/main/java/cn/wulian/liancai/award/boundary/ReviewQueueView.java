package cn.wulian.liancai.award.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The reviewer's 工作台 ({@code reviews.xhtml}), read once per request: this year's sheets by cycle
 * with the deadline and done / total, "只看未评" ({@code ?unscored=true}, kept in the address so
 * the walk through the sheets keeps it too), the past cycles' sheets folded away. Only reviewers:
 * the facade refuses anyone else (403).
 */
@Named
@RequestScoped
public class ReviewQueueView {

    @Inject
    Reviews reviews;

    @Inject
    AwardPage page;

    private ReviewQueue queue;
    private boolean unscored;

    /** f:viewAction: reads the queue before the page renders, so that anyone but a reviewer gets 403 */
    public void load() {
        getQueue();
    }

    public ReviewQueue getQueue() {
        if (queue == null) {
            queue = reviews.queue(page.locale());
        }
        return queue;
    }

    /** the sheet's place in the walk, with the filter the reviewer chose */
    public ReviewQueue.Position position(long current, boolean unscoredOnly) {
        return getQueue().position(current, unscoredOnly);
    }

    public boolean isUnscored() { return unscored; }
    public void setUnscored(boolean unscored) { this.unscored = unscored; }
}
