package cn.wulian.liancai.project.entity;

import cn.wulian.liancai.shared.audit.NotAudited;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project (项目) tracked from the first talk to production. Its stage moves only forward, one
 * dated step at a time ({@link #advance}); its milestones and progress updates are separate records
 * so that flags and rankings can be computed from what was known on any day.
 */
@Entity
public class Project {

    /** DECIMAL(16,2): fourteen digits before the point */
    static final BigDecimal MONEY_LIMIT = new BigDecimal("100000000000000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String seedKey;
    private String title;
    @ManyToOne(fetch = FetchType.LAZY)
    private Team team;
    @ManyToOne(fetch = FetchType.LAZY)
    private Talent leadTalent;
    @ManyToOne(fetch = FetchType.LAZY)
    private Platform platform;
    private String industry;
    @ManyToOne(fetch = FetchType.LAZY)
    private Township township;
    private String location;
    private BigDecimal plannedInvestment;
    private BigDecimal actualInvestment;
    private String countyLeader;
    @Enumerated(EnumType.STRING)
    private RecommenderKind recommenderKind;
    @ManyToOne(fetch = FetchType.LAZY)
    private Talent recommenderTalent;
    private String recommenderUsername;
    private String recommenderName;
    private BigDecimal recommenderReward;
    @Enumerated(EnumType.STRING)
    private ProjectStage stage = ProjectStage.NEGOTIATING;
    private LocalDate stageSince;
    private LocalDate openedOn;
    private String description;
    private Instant createdAt;
    @NotAudited
    private Instant updatedAt;
    /** the import this project came in with; null for projects entered by hand */
    private Long importId;
    @Version
    private long version;

    protected Project() {
    }

    public Project(ProjectDetails details, Clock clock) {
        apply(details, clock);
        this.createdAt = updatedAt;
        this.stageSince = openedOn;
    }

    /** demo projects carry their data-seed key so that loading twice adds nothing */
    public Project(ProjectDetails details, String seedKey, Clock clock) {
        this(details, clock);
        this.seedKey = seedKey;
    }

    /**
     * How far the investment made has gone beyond the one planned, in whole percent (rounded up, so that any excess
     * shows), or null within the plan: not refused — plans change — but said, for the office to look at.
     */
    public static Integer overPlanPercent(BigDecimal planned, BigDecimal actual) {
        if (planned == null || actual == null || planned.signum() <= 0 || actual.compareTo(planned) <= 0) {
            return null;
        }
        BigDecimal percent = actual.subtract(planned).multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.CEILING);
        return percent.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /** a project from a row of an imported file: the same rules as one entered by hand, in talks like it */
    public static Project imported(ProjectDetails details, long importId, Clock clock) {
        Project p = new Project(details, clock);
        p.importId = importId;
        return p;
    }

    /**
     * @param earliestRecordOn the earliest day among the project's stage steps, milestones (due or met)
     *                         and progress updates, or {@code null} when it has none: talks cannot begin after it
     */
    public void revise(ProjectDetails details, LocalDate earliestRecordOn, Clock clock) {
        if (earliestRecordOn != null && details.openedOn() != null && details.openedOn().isAfter(earliestRecordOn)) {
            // the pipeline's dates stay in order: the project cannot open after a step it already took
            throw DomainViolation.of("openedOn", "validation.project.openedAfterStep");
        }
        apply(details, clock);
        if (stage == ProjectStage.NEGOTIATING) {
            stageSince = openedOn;
        }
    }

    /**
     * Moves the project to its next stage on the given day.
     *
     * @return the record of the step, to be stored
     */
    public StageTransition advance(LocalDate on, String by, String note, Clock clock) {
        ProjectStage to = stage.next();
        if (to == null) {
            throw DomainViolation.of("stage", "validation.project.lastStage");
        }
        if (on == null) {
            throw DomainViolation.of("on", "validation.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw DomainViolation.of("on", "validation.date.future");
        }
        if (on.isBefore(stageSince)) {
            throw DomainViolation.of("on", "validation.project.stepBeforePrevious");
        }
        ProjectStage from = stage;
        stage = to;
        stageSince = on;
        updatedAt = clock.instant();
        return new StageTransition(this, from, to, on, by, note, updatedAt);
    }

    /** the rules of the details, as field → message key; the boundary adds its format errors */
    public static Map<String, String> problems(ProjectDetails d, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.put("title", "validation.required");
        }
        if (d.team() == null && d.leadTalent() == null) {
            errors.put("leadTalentId", "validation.project.teamOrTalent");
        }
        if (d.team() != null && d.platform() != null && !d.team().getPlatform().getCode().equals(d.platform().getCode())) {
            errors.put("platform", "validation.project.platformOfTeam");
        }
        if (d.plannedInvestment() == null) {
            errors.put("plannedInvestment", "validation.required");
        } else if (!money(d.plannedInvestment()) || d.plannedInvestment().signum() == 0) {
            errors.put("plannedInvestment", "validation.project.amount");
        }
        if (d.actualInvestment() != null && !money(d.actualInvestment())) {
            errors.put("actualInvestment", "validation.project.amount");
        }
        if (d.countyLeader() == null || d.countyLeader().isBlank()) {
            errors.put("countyLeader", "validation.required");
        }
        if (d.openedOn() == null) {
            errors.put("openedOn", "validation.required");
        } else if (d.openedOn().getYear() < 2000 || d.openedOn().isAfter(LocalDate.now(clock))) {
            errors.put("openedOn", "validation.project.openedOn");
        }
        recommenderProblems(d, errors);
        return errors;
    }

    private static void recommenderProblems(ProjectDetails d, Map<String, String> errors) {
        if (d.recommenderKind() == null) {
            if (d.recommenderTalent() != null || notBlank(d.recommenderUsername()) || notBlank(d.recommenderName())) {
                errors.put("recommenderKind", "validation.required");
            } else if (d.recommenderReward() != null) {
                errors.put("recommenderReward", "validation.project.rewardWithoutRecommender");
            }
        } else {
            boolean named = switch (d.recommenderKind()) {
                case TALENT -> d.recommenderTalent() != null;
                case STAFF -> notBlank(d.recommenderUsername());
                case OUTSIDER -> notBlank(d.recommenderName());
            };
            if (!named) {
                errors.put(switch (d.recommenderKind()) {
                    case TALENT -> "recommenderTalentId";
                    case STAFF -> "recommenderUsername";
                    case OUTSIDER -> "recommenderName";
                }, "validation.project.recommenderMissing");
            }
        }
        if (d.recommenderReward() != null && !money(d.recommenderReward())) {
            errors.put("recommenderReward", "validation.project.amount");
        }
    }

    /** a sum of yuan that fits the column: not negative, at most two decimals, fourteen digits */
    static boolean money(BigDecimal amount) {
        return amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(MONEY_LIMIT) < 0;
    }

    private void apply(ProjectDetails d, Clock clock) {
        Map<String, String> errors = problems(d, clock);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.title = d.title().strip();
        this.team = d.team();
        this.leadTalent = d.leadTalent() != null ? d.leadTalent() : d.team().getLeader();
        // a team's project is housed where the team is
        this.platform = d.team() != null ? d.team().getPlatform() : d.platform();
        this.industry = blank(d.industry());
        this.township = d.township();
        this.location = blank(d.location());
        this.plannedInvestment = d.plannedInvestment();
        this.actualInvestment = d.actualInvestment() == null ? BigDecimal.ZERO : d.actualInvestment();
        this.countyLeader = d.countyLeader().strip();
        this.recommenderKind = d.recommenderKind();
        this.recommenderTalent = d.recommenderKind() == RecommenderKind.TALENT ? d.recommenderTalent() : null;
        this.recommenderUsername = d.recommenderKind() == RecommenderKind.STAFF ? d.recommenderUsername().strip() : null;
        this.recommenderName = d.recommenderKind() == RecommenderKind.OUTSIDER ? d.recommenderName().strip() : null;
        this.recommenderReward = d.recommenderReward();
        this.openedOn = d.openedOn();
        this.description = blank(d.description());
        this.updatedAt = clock.instant();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** the first recommender as one line: the talent's name, the staff member's user name, or the outsider */
    public String recommenderLabel() {
        if (recommenderKind == null) {
            return null;
        }
        return switch (recommenderKind) {
            case TALENT -> recommenderTalent.getName();
            case STAFF -> recommenderUsername;
            case OUTSIDER -> recommenderName;
        };
    }

    public Long getId() { return id; }
    public String getSeedKey() { return seedKey; }
    public String getTitle() { return title; }
    public Team getTeam() { return team; }
    /** where this project names {@code talent}: "lead", "recommender" (a merge moves each, its undo moves each back) */
    public List<String> placesOf(Talent talent) {
        List<String> places = new ArrayList<>();
        if (Talent.same(leadTalent, talent)) {
            places.add("lead");
        }
        if (Talent.same(recommenderTalent, talent)) {
            places.add("recommender");
        }
        return places;
    }

    public Talent atPlace(String place) {
        return place.equals("lead") ? leadTalent : recommenderTalent;
    }

    /** two records were found to be one person: the place that named {@code from} names {@code to} */
    public void renameAt(String place, Talent from, Talent to, Clock clock) {
        if (!Talent.same(atPlace(place), from)) {
            throw new IllegalStateException("project " + id + " does not name talent " + from.getId() + " as " + place);
        }
        if (place.equals("lead")) {
            leadTalent = to;
        } else {
            recommenderTalent = to;
        }
        updatedAt = clock.instant();
    }

    public Talent getLeadTalent() { return leadTalent; }
    public Platform getPlatform() { return platform; }
    public String getIndustry() { return industry; }
    public Township getTownship() { return township; }
    public String getLocation() { return location; }
    public BigDecimal getPlannedInvestment() { return plannedInvestment; }
    public BigDecimal getActualInvestment() { return actualInvestment; }
    public String getCountyLeader() { return countyLeader; }
    public RecommenderKind getRecommenderKind() { return recommenderKind; }
    public Talent getRecommenderTalent() { return recommenderTalent; }
    public String getRecommenderUsername() { return recommenderUsername; }
    public String getRecommenderName() { return recommenderName; }
    public BigDecimal getRecommenderReward() { return recommenderReward; }
    public ProjectStage getStage() { return stage; }
    public LocalDate getStageSince() { return stageSince; }
    public LocalDate getOpenedOn() { return openedOn; }
    public String getDescription() { return description; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getImportId() { return importId; }
    public long getVersion() { return version; }
}
