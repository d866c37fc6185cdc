package cn.wulian.liancai.team.entity;

import cn.wulian.liancai.shared.audit.NotAudited;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cn.wulian.liancai.talent.entity.Talent;

/**
 * An innovation and entrepreneurship team (创新创业团队) housed by one platform. Its status moves
 * only by the steps of {@link TeamAction}, each recorded as a {@link TeamTransition}.
 */
@Entity
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String seedKey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Platform platform;
    private String name;
    @ManyToOne(fetch = FetchType.LAZY)
    private Talent leader;
    private String field;
    private LocalDate foundedOn;
    private Integer headcount;
    private String companyName;
    private String creditCode;
    @Enumerated(EnumType.STRING)
    private TeamStatus status = TeamStatus.DRAFT;
    private LocalDate incubationStart;
    private LocalDate incubationEnd;
    private String description;
    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @OrderColumn(name = "sort_order")
    private List<TeamMember> members = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "team_ip", joinColumns = @JoinColumn(name = "team_id"))
    @OrderColumn(name = "sort_order")
    private List<IpItem> ip = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "team_financing", joinColumns = @JoinColumn(name = "team_id"))
    @OrderColumn(name = "sort_order")
    private List<FinancingRound> financing = new ArrayList<>();
    private Instant createdAt;
    @NotAudited
    private Instant updatedAt;
    /** the import this team came in with; null for teams entered by hand */
    private Long importId;
    @Version
    private long version;

    protected Team() {
    }

    public Team(Platform platform, TeamDetails details, Clock clock) {
        if (platform == null) {
            throw DomainViolation.of("platform", "validation.required");
        }
        this.platform = platform;
        apply(details, clock);
        this.createdAt = updatedAt;
    }

    /** demo teams carry their data-seed key so that loading twice adds nothing */
    public Team(Platform platform, TeamDetails details, String seedKey, TeamStatus status, Clock clock) {
        this(platform, details, clock);
        this.seedKey = seedKey;
        this.status = status;
    }

    /** a team from a row of an imported file: the same rules as one entered by hand, a draft like it */
    public static Team imported(Platform platform, TeamDetails details, long importId, Clock clock) {
        Team t = new Team(platform, details, clock);
        t.importId = importId;
        return t;
    }

    public void revise(TeamDetails details, Clock clock) {
        apply(details, clock);
    }

    /**
     * Takes one step of the workflow.
     *
     * @param asManager whether the caller is the platform's manager (rather than office staff)
     * @return the record of the step, to be stored
     */
    public TeamTransition take(TeamAction action, String by, boolean asManager, String reason, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (action == null) {
            throw DomainViolation.of("action", "validation.required");
        }
        // an impossible step is reported alone: asking for its other inputs would only mislead
        if (!action.allowedFrom(status)) {
            throw DomainViolation.of("action", "validation.team.illegalStep");
        }
        if (asManager && !action.managerMay()) {
            throw DomainViolation.of("action", "validation.team.officeOnly");
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            errors.put("reason", "validation.team.reasonRequired");
        }
        if (action == TeamAction.SUBMIT && leader == null) {
            errors.put("leaderId", "validation.team.leaderRequired");
        }
        if (action == TeamAction.START && (incubationStart == null || incubationEnd == null)) {
            errors.put("incubationStart", "validation.team.agreementRequired");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        TeamStatus from = status;
        status = action.to();
        updatedAt = clock.instant();
        return new TeamTransition(this, from, status, by, updatedAt, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** the rules of the details, as field → message key; the boundary adds its format errors */
    public static Map<String, String> problems(TeamDetails d, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.put("name", "validation.required");
        }
        if (d.creditCode() != null && !d.creditCode().isBlank() && CreditCode.normalize(d.creditCode()) == null) {
            errors.put("creditCode", "validation.team.creditCode");
        }
        if (d.headcount() != null && (d.headcount() < 1 || d.headcount() > 100_000)) {
            errors.put("headcount", "validation.team.headcount");
        }
        if (d.foundedOn() != null && (d.foundedOn().getYear() < 1950 || d.foundedOn().isAfter(LocalDate.now(clock)))) {
            errors.put("foundedOn", "validation.team.foundedOn");
        }
        if (d.incubationStart() != null && d.incubationEnd() != null && !d.incubationEnd().isAfter(d.incubationStart())) {
            errors.put("incubationEnd", "validation.team.agreementOrder");
        }
        if (d.financing() != null) {
            for (FinancingRound f : d.financing()) {
                if (f.getAmount() == null || f.getAmount().signum() <= 0 || f.getInvestor() == null || f.getInvestor().isBlank()
                        || f.getClosedOn() == null) {
                    errors.put("financing", "validation.team.financing");
                }
            }
        }
        if (d.ip() != null) {
            for (IpItem i : d.ip()) {
                if (i.getKind() == null || i.getTitle() == null || i.getTitle().isBlank()) {
                    errors.put("ip", "validation.team.ip");
                }
            }
        }
        if (d.members() != null) {
            Set<Long> listed = new HashSet<>();
            for (TeamMember m : d.members()) {
                if (m.getTalent() == null && (m.getOutsideName() == null || m.getOutsideName().isBlank())) {
                    errors.put("members", "validation.team.member");
                } else if (m.getTalent() != null && !listed.add(m.getTalent().getId())) {
                    // one person, one row: a merge of talents is refused for the same reason
                    errors.putIfAbsent("members", "validation.team.memberTwice");
                }
            }
        }
        return errors;
    }

    private void apply(TeamDetails d, Clock clock) {
        Map<String, String> errors = problems(d, clock);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.name = d.name().strip();
        this.leader = d.leader();
        this.field = blank(d.field());
        this.foundedOn = d.foundedOn();
        this.headcount = d.headcount();
        this.companyName = blank(d.companyName());
        this.creditCode = d.creditCode() == null || d.creditCode().isBlank() ? null : CreditCode.normalize(d.creditCode());
        this.incubationStart = d.incubationStart();
        this.incubationEnd = d.incubationEnd();
        this.description = blank(d.description());
        this.members = new ArrayList<>(d.members() == null ? List.of() : d.members());
        this.ip = new ArrayList<>(d.ip() == null ? List.of() : d.ip());
        this.financing = new ArrayList<>(d.financing() == null ? List.of() : d.financing());
        this.updatedAt = clock.instant();
    }

    /**
     * Where this team names {@code talent}: "leader", and "member:i" for each place in the member
     * list (a merge moves each, its undo moves each back).
     */
    public List<String> placesOf(Talent talent) {
        List<String> places = new ArrayList<>();
        if (Talent.same(leader, talent)) {
            places.add("leader");
        }
        for (int i = 0; i < members.size(); i++) {
            if (Talent.same(members.get(i).getTalent(), talent)) {
                places.add("member:" + i);
            }
        }
        return places;
    }

    /** the talent at a place of {@link #placesOf}; null when the place is gone */
    public Talent atPlace(String place) {
        if (place.equals("leader")) {
            return leader;
        }
        int i = Integer.parseInt(place.substring("member:".length()));
        return i < members.size() ? members.get(i).getTalent() : null;
    }

    /** two records were found to be one person: the place that named {@code from} names {@code to} */
    public void renameAt(String place, Talent from, Talent to, Clock clock) {
        if (!Talent.same(atPlace(place), from)) {
            throw new IllegalStateException("team " + id + " does not name talent " + from.getId() + " as " + place);
        }
        if (place.equals("leader")) {
            leader = to;
        } else {
            int i = Integer.parseInt(place.substring("member:".length()));
            // a new list, as revise does: EclipseLink does not see one element of an embeddable collection replaced in place
            List<TeamMember> renamed = new ArrayList<>(members);
            renamed.set(i, new TeamMember(to, null, null, members.get(i).getRole()));
            members = renamed;
        }
        updatedAt = clock.instant();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** the first line of the team's history: registered, as a draft, by whom and when */
    public TeamTransition registered(String by, Clock clock) {
        return new TeamTransition(this, null, status, by, clock.instant(), null);
    }

    /** all money the team has raised, exact */
    public BigDecimal financingTotal() {
        return financing.stream().map(FinancingRound::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() { return id; }
    public String getSeedKey() { return seedKey; }
    public Platform getPlatform() { return platform; }
    public String getName() { return name; }
    public Talent getLeader() { return leader; }
    public String getField() { return field; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public Integer getHeadcount() { return headcount; }
    public String getCompanyName() { return companyName; }
    public String getCreditCode() { return creditCode; }
    public TeamStatus getStatus() { return status; }
    public LocalDate getIncubationStart() { return incubationStart; }
    public LocalDate getIncubationEnd() { return incubationEnd; }
    public String getDescription() { return description; }
    public List<TeamMember> getMembers() { return List.copyOf(members); }
    public List<IpItem> getIp() { return List.copyOf(ip); }
    public List<FinancingRound> getFinancing() { return List.copyOf(financing); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getImportId() { return importId; }
    public long getVersion() { return version; }
}
