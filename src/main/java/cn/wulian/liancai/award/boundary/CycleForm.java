package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.award.entity.RankingBasis;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The cycle set-up form's fields (the eligibility rule has its own editor). Every category that
 * exists is a row, ticked when the cycle awards it; the rubric is a list of rows that may be added
 * and removed. {@link #toInput} makes the same {@link CycleInput} the REST API receives, unticked
 * categories left out, so the facade stays the only judge of the set-up.
 */
public class CycleForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_REVIEWERS = 3;
    static final BigDecimal DEFAULT_DISAGREEMENT = new BigDecimal("25");

    /** one category of the award: taken into this cycle or not, and its quota */
    public static class CategoryRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private boolean included;
        private Integer quota;

        CategoryRow(String code, String name, boolean included, Integer quota) {
            this.code = code;
            this.name = name;
            this.included = included;
            this.quota = quota;
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public boolean isIncluded() { return included; }
        public void setIncluded(boolean included) { this.included = included; }
        public Integer getQuota() { return quota; }
        public void setQuota(Integer quota) { this.quota = quota; }
    }

    /** one criterion of the rubric as typed */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private BigDecimal weight;
        private Integer min;
        private Integer max;
        private String guidance;

        public CriterionRow() {
        }

        CriterionRow(Criterion c) {
            this.code = c.code();
            this.name = c.name();
            this.weight = c.weight() == null ? null : plain(c.weight());
            this.min = c.min();
            this.max = c.max();
            this.guidance = c.guidance();
        }

        /** a row left without a code gets "c" and its place, e.g. c2; an empty bound is sent as 0, which the rubric's check names */
        Criterion criterion(int place) {
            String c = trimmed(code) == null ? "c" + place : code.strip();
            return new Criterion(c, trimmed(name), weight, min == null ? 0 : min, max == null ? 0 : max, trimmed(guidance));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal weight) { this.weight = weight; }
        public Integer getMin() { return min; }
        public void setMin(Integer min) { this.min = min; }
        public Integer getMax() { return max; }
        public void setMax(Integer max) { this.max = max; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
    }

    private Integer year;
    private String name;
    private LocalDate nominationOpens;
    private LocalDate nominationCloses;
    private LocalDate reviewOpens;
    private LocalDate reviewCloses;
    private List<CategoryRow> categories = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();
    private List<String> committee = new ArrayList<>();
    private Integer reviewersPerNomination;
    private String basis = RankingBasis.NORMALISED.name();
    private BigDecimal disagreement = DEFAULT_DISAGREEMENT;
    private Long version;

    public CycleForm() {
    }

    /**
     * A new cycle's form: the given year, nominations from today for a month and reviews until two
     * weeks after, every category with one place, the whole committee, one criterion to start from.
     */
    static CycleForm fresh(int year, LocalDate today, List<CategoryJson> allCategories, List<String> reviewers) {
        CycleForm f = new CycleForm();
        f.year = year;
        f.nominationOpens = today;
        f.nominationCloses = today.plusMonths(1);
        f.reviewOpens = today;
        f.reviewCloses = today.plusMonths(1).plusWeeks(2);
        allCategories.forEach(c -> f.categories.add(new CategoryRow(c.code(), c.name(), true, 1)));
        f.committee = new ArrayList<>(reviewers);
        f.reviewersPerNomination = Math.min(DEFAULT_REVIEWERS, Math.max(1, reviewers.size()));
        CriterionRow first = new CriterionRow();
        first.weight = new BigDecimal("100");
        first.min = 0;
        first.max = 10;
        f.criteria.add(first);
        return f;
    }

    /** a cycle as stored, to be revised; categories it does not use are offered unticked */
    static CycleForm of(CycleJson c, List<CategoryJson> allCategories) {
        CycleForm f = new CycleForm();
        f.year = c.year();
        f.name = c.name();
        f.nominationOpens = c.nominationOpens();
        f.nominationCloses = c.nominationCloses();
        f.reviewOpens = c.reviewOpens();
        f.reviewCloses = c.reviewCloses();
        for (CategoryJson any : allCategories) {
            CategoryJson used = c.categories().stream().filter(q -> q.code().equals(any.code())).findFirst().orElse(null);
            f.categories.add(new CategoryRow(any.code(), any.name(), used != null, used == null ? 1 : used.quota()));
        }
        c.criteria().forEach(x -> f.criteria.add(new CriterionRow(x)));
        f.committee = new ArrayList<>(c.committee());
        f.reviewersPerNomination = c.reviewersPerNomination();
        f.basis = c.basis();
        f.disagreement = c.disagreement() == null ? null : plain(c.disagreement());
        f.version = c.version();
        return f;
    }

    CycleInput toInput(JsonValue rule) {
        List<CategoryQuota> quotas = categories.stream().filter(CategoryRow::isIncluded)
                .map(r -> new CategoryQuota(r.code, r.quota == null ? 0 : r.quota)).toList();
        return new CycleInput(year, name, nominationOpens, nominationCloses, reviewOpens, reviewCloses, quotas,
                IntStream.range(0, criteria.size()).mapToObj(i -> criteria.get(i).criterion(i + 1)).toList(), List.copyOf(committee), rule, reviewersPerNomination, basis,
                disagreement, version);
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    /** the weights typed so far, added up: the rubric needs exactly 100 */
    public BigDecimal getWeightSum() {
        return plain(criteria.stream().map(CriterionRow::getWeight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public boolean isWeightsComplete() {
        return getWeightSum().compareTo(new BigDecimal("100")) == 0;
    }

    /** a number as people type it: 40, not 40.00 */
    private static BigDecimal plain(BigDecimal n) {
        return new BigDecimal(n.stripTrailingZeros().toPlainString());
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getNominationOpens() { return nominationOpens; }
    public void setNominationOpens(LocalDate nominationOpens) { this.nominationOpens = nominationOpens; }
    public LocalDate getNominationCloses() { return nominationCloses; }
    public void setNominationCloses(LocalDate nominationCloses) { this.nominationCloses = nominationCloses; }
    public LocalDate getReviewOpens() { return reviewOpens; }
    public void setReviewOpens(LocalDate reviewOpens) { this.reviewOpens = reviewOpens; }
    public LocalDate getReviewCloses() { return reviewCloses; }
    public void setReviewCloses(LocalDate reviewCloses) { this.reviewCloses = reviewCloses; }
    public List<CategoryRow> getCategories() { return categories; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public List<String> getCommittee() { return committee; }
    public void setCommittee(List<String> committee) { this.committee = committee == null ? new ArrayList<>() : new ArrayList<>(committee); }
    public Integer getReviewersPerNomination() { return reviewersPerNomination; }
    public void setReviewersPerNomination(Integer reviewersPerNomination) { this.reviewersPerNomination = reviewersPerNomination; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public BigDecimal getDisagreement() { return disagreement; }
    public void setDisagreement(BigDecimal disagreement) { this.disagreement = disagreement; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
