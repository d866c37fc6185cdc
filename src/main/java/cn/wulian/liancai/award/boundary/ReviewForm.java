package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewJson;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.award.entity.Rubric;
import cn.wulian.liancai.shared.DomainViolation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewer's sheet while they fill it in: one row per criterion of the rubric (the criterion with
 * its guidance, the score, a comment), an overall comment and, for changing a submitted review, the
 * reason. The running total is the rubric's own weighted total over the criteria scored so far, so
 * the page and the ranking never disagree on how a total is made.
 */
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** one criterion of the sheet */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final BigDecimal weight;
        private final int min;
        private final int max;
        private final String guidance;
        private Integer score;
        private String comment;

        Row(Criterion c, Integer score, String comment) {
            this.code = c.code();
            this.name = c.name();
            this.weight = c.weight();
            this.min = c.min();
            this.max = c.max();
            this.guidance = c.guidance();
            this.score = score;
            this.comment = comment;
        }

        boolean inRange() {
            return score == null || score >= min && score <= max;
        }

        public boolean isInRange() {
            return inRange();
        }

        Criterion criterion() {
            return new Criterion(code, name, weight, min, max, guidance);
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public BigDecimal getWeight() { return weight; }
        public int getMin() { return min; }
        public int getMax() { return max; }
        public String getGuidance() { return guidance; }
        public Integer getScore() { return score; }
        public void setScore(Integer score) { this.score = score; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    private final List<Row> rows = new ArrayList<>();
    private String comment;
    private String reason;

    /** the sheet as last saved: the draft, or what was submitted */
    static ReviewForm of(ReviewJson review) {
        ReviewForm f = new ReviewForm();
        Map<String, Integer> scores = review.scores() == null ? Map.of() : review.scores();
        Map<String, String> comments = review.comments() == null ? Map.of() : review.comments();
        review.criteria().forEach(c -> f.rows.add(new Row(c, scores.get(c.code()), comments.get(c.code()))));
        f.comment = review.comment();
        return f;
    }

    /** @param version the review's version the page shows */
    SheetInput toInput(long version) {
        return input(version, false);
    }

    /**
     * The draft: the sheet without the scores outside their range, which {@link #getOutOfRange()} names. One score
     * typed as 11 refused the whole draft before, and the comments written after it were lost with it.
     */
    SheetInput toDraftInput(long version) {
        return input(version, true);
    }

    private SheetInput input(long version, boolean inRangeOnly) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.score != null && (!inRangeOnly || r.inRange())) {
                scores.put(r.code, r.score);
            }
            if (r.comment != null && !r.comment.isBlank()) {
                comments.put(r.code, r.comment.strip());
            }
        }
        return new SheetInput(scores, comments, comment, reason, version);
    }

    /** the weighted total (0–100) of the criteria scored so far; null before the first score or while one is out of its range */
    public BigDecimal getTotal() {
        List<Row> scored = rows.stream().filter(r -> r.score != null).toList();
        if (scored.isEmpty()) {
            return null;
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        scored.forEach(r -> scores.put(r.code, r.score));
        try {
            double total = new Rubric(scored.stream().map(Row::criterion).toList()).total(scores);
            return BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
        } catch (DomainViolation outOfRange) {
            return null;
        }
    }

    /** the criteria scored within their range */
    public int getScored() {
        return (int) rows.stream().filter(r -> r.score != null && r.inRange()).count();
    }

    /** the rows with a score outside their range, which a draft leaves out */
    public List<Row> getOutOfRange() {
        return rows.stream().filter(r -> r.score != null && !r.inRange()).toList();
    }

    public boolean isComplete() {
        return getScored() == rows.size();
    }

    public List<Row> getRows() { return rows; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
