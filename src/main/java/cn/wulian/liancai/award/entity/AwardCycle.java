package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.shared.DomainViolation;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One year of the award. Its set-up may change while it is open and nobody has submitted a review;
 * after that the rubric and the committee stay as they were, so every score keeps its meaning.
 * It then moves on: decided (winners chosen within each category's quota, with a justification
 * each), published for a notice period (公示), and final.
 */
@Entity
@NamedQuery(name = AwardCycle.ALL, query = "select c from AwardCycle c order by c.awardYear desc")
public class AwardCycle {

    public static final String ALL = "AwardCycle.all";
    static final int MAX_NOTICE_DAYS = 60;
    static final int DEFAULT_NOTICE_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int awardYear;
    private String name;
    private LocalDate nominationOpens;
    private LocalDate nominationCloses;
    private LocalDate reviewOpens;
    private LocalDate reviewCloses;
    private String categoriesJson;
    private String rubricJson;
    private String committeeJson;
    private String ruleJson;
    private int reviewersPerNomination;
    @Enumerated(EnumType.STRING)
    private RankingBasis basis;
    private BigDecimal disagreement;
    @Enumerated(EnumType.STRING)
    private CycleStatus status;
    private Instant publishedAt;
    private LocalDate noticeEndsOn;
    private Instant finalizedAt;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected AwardCycle() {
    }

    /** @param categoryCodes the categories that exist; @param reviewers the accounts with the reviewer role */
    public AwardCycle(CycleTerms terms, Set<String> categoryCodes, Set<String> reviewers, String by, Clock clock) {
        apply(terms, categoryCodes, reviewers);
        this.status = CycleStatus.OPEN;
        this.createdAt = clock.instant();
        this.createdBy = by;
    }

    /**
     * Changes the set-up; the rubric and the committee only while no review is submitted, and never
     * so that a reviewer who holds assignments leaves the committee (their assignments would
     * belong to nobody on it).
     *
     * @param assignedReviewers the reviewers assigned to any of this cycle's nominations
     */
    public void revise(CycleTerms terms, Set<String> categoryCodes, Set<String> reviewers, boolean reviewsSubmitted,
                       Collection<String> assignedReviewers) {
        if (terms.committee() != null && !terms.committee().containsAll(assignedReviewers)) {
            throw DomainViolation.of("committee", "validation.award.committeeAssigned");
        }
        requireOpen();
        if (reviewsSubmitted && (!rubric().equals(terms.rubric()) || !committee().equals(terms.committee()))) {
            throw DomainViolation.of("rubric", "validation.award.rubricFixed");
        }
        apply(terms, categoryCodes, reviewers);
    }

    /** the years a cycle may be for (the form's year picker offers the same span) */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public static Map<String, String> problems(CycleTerms t, Set<String> categoryCodes, Set<String> reviewers) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.year() == null) {
            errors.put("year", "validation.required");
        } else if (t.year() < FIRST_YEAR || t.year() > LAST_YEAR) {
            errors.put("year", "validation.award.year");
        }
        if (t.name() == null || t.name().isBlank()) {
            errors.put("name", "validation.required");
        } else if (t.name().strip().length() > 120) {
            errors.put("name", "validation.size120");
        }
        window(errors, "nominationOpens", "nominationCloses", t.nominationOpens(), t.nominationCloses());
        window(errors, "reviewOpens", "reviewCloses", t.reviewOpens(), t.reviewCloses());
        if (!errors.containsKey("reviewOpens") && !errors.containsKey("nominationOpens") && t.reviewOpens() != null
                && t.nominationOpens() != null && t.reviewOpens().isBefore(t.nominationOpens())) {
            errors.put("reviewOpens", "validation.award.reviewBeforeNomination");
        }
        if (t.categories() == null || t.categories().isEmpty()) {
            errors.put("categories", "validation.required");
        } else {
            Set<String> seen = new HashSet<>();
            for (CategoryQuota c : t.categories()) {
                if (c.code() == null || !categoryCodes.contains(c.code()) || !seen.add(c.code())) {
                    errors.put("categories", "validation.award.category");
                } else if (c.quota() < 1 || c.quota() > 100) {
                    errors.put("categories", "validation.award.quota");
                }
            }
        }
        if (t.rubric() == null) {
            errors.put("criteria", "validation.required");
        } else {
            t.rubric().problems().forEach(errors::putIfAbsent);
        }
        if (t.committee() == null || t.committee().isEmpty()) {
            errors.put("committee", "validation.required");
        } else if (!reviewers.containsAll(t.committee()) || new HashSet<>(t.committee()).size() != t.committee().size()) {
            errors.put("committee", "validation.award.committee");
        }
        if (t.rule() == null) {
            errors.put("rule", "validation.required");
        }
        // what the columns hold: a set-up too large to store is refused here, naming the part, not at the database
        if (t.categories() != null && !errors.containsKey("categories") && AwardJson.text(t.categories()).length() > 4000) {
            errors.put("categories", "validation.award.tooLong");
        }
        if (t.rubric() != null && !errors.containsKey("criteria") && AwardJson.text(t.rubric().criteria()).length() > 8000) {
            errors.put("criteria", "validation.award.tooLong");
        }
        if (t.committee() != null && !errors.containsKey("committee") && AwardJson.text(t.committee()).length() > 2000) {
            errors.put("committee", "validation.award.tooLong");
        }
        if (t.reviewersPerNomination() == null) {
            errors.put("reviewersPerNomination", "validation.required");
        } else if (t.reviewersPerNomination() < 1 || t.committee() != null && !t.committee().isEmpty()
                && t.reviewersPerNomination() > t.committee().size()) {
            errors.put("reviewersPerNomination", "validation.award.reviewersPerNomination");
        }
        if (t.disagreement() != null && (t.disagreement().signum() <= 0 || t.disagreement().compareTo(new BigDecimal("100")) > 0)) {
            errors.put("disagreement", "validation.award.disagreement");
        }
        return errors;
    }

    private static void window(Map<String, String> errors, String opens, String closes, LocalDate from, LocalDate to) {
        if (from == null) {
            errors.put(opens, "validation.required");
        }
        if (to == null) {
            errors.put(closes, "validation.required");
        } else if (from != null && to.isBefore(from)) {
            errors.put(closes, "validation.award.windowOrder");
        }
    }

    private void apply(CycleTerms t, Set<String> categoryCodes, Set<String> reviewers) {
        Map<String, String> errors = problems(t, categoryCodes, reviewers);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.awardYear = t.year();
        this.name = t.name().strip();
        this.nominationOpens = t.nominationOpens();
        this.nominationCloses = t.nominationCloses();
        this.reviewOpens = t.reviewOpens();
        this.reviewCloses = t.reviewCloses();
        this.categoriesJson = AwardJson.text(t.categories());
        this.rubricJson = AwardJson.text(t.rubric().criteria());
        this.committeeJson = AwardJson.text(t.committee());
        this.ruleJson = RuleJson.text(t.rule());
        this.reviewersPerNomination = t.reviewersPerNomination();
        this.basis = t.basis() == null ? RankingBasis.NORMALISED : t.basis();
        this.disagreement = t.disagreement() == null ? new BigDecimal("25") : t.disagreement();
    }

    // ---- phases

    /** nominations, their files and the reviewers' assignments change only while the cycle is open */
    public void requireOpen() {
        if (status != CycleStatus.OPEN) {
            throw DomainViolation.of("status", "validation.award.cycleClosed");
        }
    }

    /** a decided list ends the windows early: said as such, not as a window that today is inside */
    private void requireOpenCycle() {
        if (status != CycleStatus.OPEN) {
            throw DomainViolation.of("cycle", "validation.award.cycleClosed");
        }
    }

    public void requireNominationWindow(LocalDate today) {
        requireOpenCycle();
        if (today.isBefore(nominationOpens) || today.isAfter(nominationCloses)) {
            throw DomainViolation.of("cycle", "validation.award.nominationClosed", nominationOpens, nominationCloses);
        }
    }

    /** a nomination may come in today: within the nomination window of an open cycle, in one of the cycle's categories */
    public void admitNomination(String category, LocalDate today) {
        requireNominationWindow(today);
        if (quota(category) == 0) {
            throw DomainViolation.of("category", "validation.award.category");
        }
    }

    /** reviews may be saved and submitted today */
    public boolean isReviewOpen(LocalDate today) {
        return status == CycleStatus.OPEN && !today.isBefore(reviewOpens) && !today.isAfter(reviewCloses);
    }

    public void requireReviewWindow(LocalDate today) {
        requireOpenCycle();
        if (!isReviewOpen(today)) {
            throw DomainViolation.of("cycle", "validation.award.reviewClosed", reviewOpens, reviewCloses);
        }
    }

    /** only a member of the committee reviews the cycle's nominations */
    public void requireOnCommittee(String reviewer) {
        if (reviewer == null || !committee().contains(reviewer)) {
            throw DomainViolation.of("reviewer", "validation.award.notOnCommittee");
        }
    }

    /** a winner chosen by the office: the nomination's id and why it wins */
    public record Winner(Long nomination, String justification) {
    }

    /**
     * How far the committee has reviewed a nomination.
     *
     * @param scored  reviews that count in its ranking
     * @param awaited reviews assigned and neither submitted nor declined for a conflict of interest
     */
    public record Reviewed(int scored, int awaited) {
    }

    /**
     * Records the winners — nominations of this cycle, each named once, each with a justification,
     * no category beyond its quota, each scored by the committee — and that no other nomination wins.
     * While the review period runs, a winner's assigned reviews must all be in: the office does not
     * decide ahead of the committee. Winners may be chosen again until the list is published.
     *
     * @param nominations  this cycle's nominations (any other is not one to choose)
     * @param reviewed     how far the committee has reviewed a nomination, by its id
     * @param categoryName how a refusal names a category to the reader
     * @return the nominations whose decision was recorded: the winners, and those that were winners before
     */
    public List<Nomination> decide(List<Nomination> nominations, List<Winner> winners, Function<Long, Reviewed> reviewed,
                                   Function<String, String> categoryName, String by, Clock clock) {
        if (winners == null) {
            throw DomainViolation.of("winners", "validation.required");
        }
        Map<Long, Nomination> ours = new HashMap<>();
        nominations.stream().filter(this::holds).forEach(n -> ours.put(n.getId(), n));
        Map<Long, String> chosen = new LinkedHashMap<>();
        for (Winner w : winners) {
            if (w == null || w.nomination() == null || !ours.containsKey(w.nomination()) || chosen.containsKey(w.nomination())) {
                throw DomainViolation.of("winners", "validation.award.unknownNomination");
            }
            if (w.justification() == null || w.justification().isBlank()) {
                throw DomainViolation.of("winners", "validation.award.justification");
            }
            if (w.justification().strip().length() > Nomination.MAX_JUSTIFICATION) {
                throw DomainViolation.of("winners", "validation.award.justificationLength");
            }
            chosen.put(w.nomination(), w.justification());
        }
        Map<String, Long> perCategory = chosen.keySet().stream().collect(Collectors.groupingBy(id -> ours.get(id).getCategory(),
                Collectors.counting()));
        for (Map.Entry<String, Long> e : perCategory.entrySet()) {
            if (e.getValue() > quota(e.getKey())) {
                throw DomainViolation.of("winners", "validation.award.quotaExceeded", categoryName.apply(e.getKey()), quota(e.getKey()));
            }
        }
        if (status != CycleStatus.OPEN && status != CycleStatus.DECIDED) {
            throw DomainViolation.of("status", "validation.award.alreadyPublished");
        }
        LocalDate today = LocalDate.now(clock);
        for (Long id : chosen.keySet()) {
            Reviewed r = reviewed.apply(id);
            String nominee = ours.get(id).getTalent() == null ? "#" + id : ours.get(id).getTalent().getName();
            if (r == null || r.scored() == 0) {
                throw DomainViolation.of("winners", "validation.award.winnerUnscored", nominee);
            }
            if (r.awaited() > 0 && !today.isAfter(reviewCloses)) {
                throw DomainViolation.of("winners", "validation.award.reviewsAwaited", nominee, r.awaited(), reviewCloses);
            }
        }
        this.status = CycleStatus.DECIDED;
        List<Nomination> decided = new ArrayList<>();
        for (Nomination n : nominations) {
            boolean wins = chosen.containsKey(n.getId());
            if (ours.get(n.getId()) == n && (wins || n.isWinner())) {
                n.decide(wins, chosen.get(n.getId()), by, clock);
                decided.add(n);
            }
        }
        return decided;
    }

    /** the nomination is one of this cycle's */
    private boolean holds(Nomination n) {
        return n.getCycle() == this || id != null && id.equals(n.getCycle().getId());
    }

    /**
     * Publishes the decided list for a notice period (公示) starting today; a list without winners
     * is not published.
     *
     * @param winners    how many winners the decision named
     * @param noticeDays the notice period, {@value #DEFAULT_NOTICE_DAYS} days when not given
     */
    public void publish(long winners, Integer noticeDays, Clock clock) {
        if (winners == 0) {
            throw DomainViolation.of("status", "validation.award.noWinners");
        }
        if (status != CycleStatus.DECIDED) {
            throw DomainViolation.of("status", "validation.award.notDecided");
        }
        int days = noticeDays == null ? DEFAULT_NOTICE_DAYS : noticeDays;
        if (days < 0 || days > MAX_NOTICE_DAYS) {
            throw DomainViolation.of("noticeDays", "validation.award.noticeDays");
        }
        this.status = CycleStatus.PUBLISHED;
        this.publishedAt = clock.instant();
        this.noticeEndsOn = LocalDate.now(clock).plusDays(days);
    }

    public void finalizeAfterNotice(Clock clock) {
        if (status != CycleStatus.PUBLISHED) {
            throw DomainViolation.of("status", "validation.award.notPublished");
        }
        if (LocalDate.now(clock).isBefore(noticeEndsOn)) {
            throw DomainViolation.of("status", "validation.award.noticeRunning", noticeEndsOn);
        }
        this.status = CycleStatus.FINAL;
        this.finalizedAt = clock.instant();
    }

    /** what decides the list (the winners, what counts in the ranking) changes only until it is published */
    public void requireNotPublished() {
        if (isPublished()) {
            throw DomainViolation.of("status", "validation.award.alreadyPublished");
        }
    }

    /** the list of winners is public: during the notice period and after */
    public boolean isPublished() {
        return status == CycleStatus.PUBLISHED || status == CycleStatus.FINAL;
    }

    // ---- the set-up, read

    public List<CategoryQuota> categories() {
        return read(categoriesJson, new java.util.ArrayList<CategoryQuota>() { }.getClass().getGenericSuperclass());
    }

    public Rubric rubric() {
        List<Criterion> criteria = read(rubricJson, new java.util.ArrayList<Criterion>() { }.getClass().getGenericSuperclass());
        return new Rubric(criteria);
    }

    public List<String> committee() {
        return read(committeeJson, new java.util.ArrayList<String>() { }.getClass().getGenericSuperclass());
    }

    public int quota(String category) {
        return categories().stream().filter(c -> c.code().equals(category)).mapToInt(CategoryQuota::quota).findFirst().orElse(0);
    }

    private static <T> T read(String json, java.lang.reflect.Type type) {
        try {
            return AwardJson.read(json, type);
        } catch (JsonbException e) {
            throw new IllegalStateException("stored award set-up is not readable: " + json, e);
        }
    }

    public Long getId() { return id; }
    public int getAwardYear() { return awardYear; }
    public String getName() { return name; }
    public LocalDate getNominationOpens() { return nominationOpens; }
    public LocalDate getNominationCloses() { return nominationCloses; }
    public LocalDate getReviewOpens() { return reviewOpens; }
    public LocalDate getReviewCloses() { return reviewCloses; }
    public String getRuleJson() { return ruleJson; }
    public int getReviewersPerNomination() { return reviewersPerNomination; }
    public RankingBasis getBasis() { return basis; }
    public BigDecimal getDisagreement() { return disagreement; }
    public CycleStatus getStatus() { return status; }
    public Instant getPublishedAt() { return publishedAt; }
    public LocalDate getNoticeEndsOn() { return noticeEndsOn; }
    public Instant getFinalizedAt() { return finalizedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
