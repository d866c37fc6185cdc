package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.ComparisonJson;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The reviewer's nominees of one category side by side ({@code compare.xhtml?cycle=&category=}):
 * their own scores per criterion and total, and the evidence's key figures, to weigh before
 * submitting. {@code from}: the sheet the reviewer came from, to go back to. The facade refuses
 * (403) a category the reviewer has no sheet in.
 */
@Named
@RequestScoped
public class ReviewCompareView {

    @Inject
    Reviews reviews;

    @Inject
    AwardPage page;

    private String cycle;
    private String category;
    private Long from;
    private boolean unscored;
    private ComparisonJson comparison;

    /** f:viewAction */
    public void load() {
        getComparison();
    }

    public ComparisonJson getComparison() {
        if (comparison == null) {
            comparison = reviews.comparison(UrlIds.parse(cycle, "cycle"), category == null ? "" : category, page.locale());
        }
        return comparison;
    }

    public String getCycle() { return cycle; }
    public void setCycle(String cycle) { this.cycle = cycle; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Long getFrom() { return from; }
    public void setFrom(Long from) { this.from = from; }
    public boolean isUnscored() { return unscored; }
    public void setUnscored(boolean unscored) { this.unscored = unscored; }
}
