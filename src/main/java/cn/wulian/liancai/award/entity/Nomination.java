package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.WebLinks;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A talent nominated in one category of one cycle, with the statement and the achievements that
 * make the case. The same talent is nominated once per category and cycle (the database holds it
 * once). The decision marks winners, each with a justification.
 */
@Entity
@NamedQuery(name = Nomination.OF_CYCLE, query = "select n from Nomination n join fetch n.talent where n.cycle.id = :cycle order by n.id")
@NamedQuery(name = Nomination.SAME, query = "select count(n) from Nomination n where n.cycle.id = :cycle and n.category = :category"
        + " and n.talent.id = :talent")
@NamedQuery(name = Nomination.LAST_WIN, query = "select max(n.cycle.awardYear) from Nomination n where n.talent.id = :talent and n.winner = true"
        + " and n.cycle.status in (cn.wulian.liancai.award.entity.CycleStatus.PUBLISHED, cn.wulian.liancai.award.entity.CycleStatus.FINAL)")
public class Nomination {

    public static final String OF_CYCLE = "Nomination.ofCycle";
    public static final String SAME = "Nomination.same";
    public static final String LAST_WIN = "Nomination.lastWin";
    static final int MAX_ACHIEVEMENTS = 30;
    static final int MAX_JUSTIFICATION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AwardCycle cycle;
    private String category;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Talent talent;
    @Column(name = "statement_text")
    private String statement;
    private String achievementsJson;
    private String nominatedBy;
    @ManyToOne(fetch = FetchType.LAZY)
    private Platform platform;
    private Instant submittedAt;
    private boolean winner;
    private String justification;
    private Instant decidedAt;
    private String decidedBy;

    protected Nomination() {
    }

    /** the facade has checked the window, the category, eligibility and that the talent is not already nominated */
    public Nomination(AwardCycle cycle, String category, Talent talent, String statement, List<Achievement> achievements,
                      String by, Platform nominatorsPlatform, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (statement == null || statement.isBlank()) {
            errors.put("statement", "validation.required");
        } else if (statement.strip().length() > 4000) {
            errors.put("statement", "validation.award.statementLength");
        }
        List<Achievement> list = achievements == null ? List.of() : achievements;
        // an achievement is something done: a year to come is a slip, and reviewers would read it as a claim
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (list.size() > MAX_ACHIEVEMENTS) {
            errors.put("achievements", "validation.award.achievementsCount");
        } else if (list.stream().anyMatch(a -> a == null || a.title() == null || a.title().isBlank()
                || a.year() != null && (a.year() < 1950 || a.year() > thisYear))) {
            errors.put("achievements", "validation.award.achievement");
        } else if (list.stream().anyMatch(a -> a.link() != null && !a.link().isBlank() && !WebLinks.isWebAddress(a.link().strip()))) {
            errors.put("achievements", "validation.award.achievementLink");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        String json = AwardJson.text(list.stream().map(a -> new Achievement(a.year(), a.title().strip(),
                a.detail() == null || a.detail().isBlank() ? null : a.detail().strip(),
                a.link() == null || a.link().isBlank() ? null : a.link().strip())).toList());
        if (json.length() > 8000) {
            throw DomainViolation.of("achievements", "validation.award.achievementsCount");
        }
        this.cycle = cycle;
        this.category = category;
        this.talent = talent;
        this.statement = statement.strip();
        this.achievementsJson = json;
        this.nominatedBy = by;
        this.platform = nominatorsPlatform;
        this.submittedAt = clock.instant();
    }

    /** chooses or unchooses this nomination; a winner needs a justification. The cycle decides ({@link AwardCycle#decide}). */
    void decide(boolean wins, String justification, String by, Clock clock) {
        if (wins && (justification == null || justification.isBlank())) {
            throw DomainViolation.of("justification", "validation.award.justification");
        }
        if (wins && justification.strip().length() > MAX_JUSTIFICATION) {
            throw DomainViolation.of("justification", "validation.award.justificationLength");
        }
        this.winner = wins;
        this.justification = wins ? justification.strip() : null;
        this.decidedAt = clock.instant();
        this.decidedBy = by;
    }

    /**
     * The nominee was erased: their name goes from what was written about them (the statement, the
     * achievements, the justification), for the placeholder they are named by now.
     */
    public void forgetName(String former, String placeholder) {
        if (former == null || former.isBlank()) {
            return;
        }
        statement = statement.replace(former, placeholder);
        achievementsJson = achievementsJson.replace(former, placeholder);
        justification = justification == null ? null : justification.replace(former, placeholder);
    }

    public List<Achievement> achievements() {
        return AwardJson.read(achievementsJson, new java.util.ArrayList<Achievement>() { }.getClass().getGenericSuperclass());
    }

    public Long getId() { return id; }
    public AwardCycle getCycle() { return cycle; }
    public String getCategory() { return category; }
    /**
     * Two records were found to be one person: the nomination is the survivor's (or, on undo, the
     * merged record's again). The facade checks first that the survivor is not nominated in the
     * same category of the cycle already.
     */
    public void renameTalent(Talent from, Talent to) {
        if (!Talent.same(talent, from)) {
            throw new IllegalStateException("nomination " + id + " is not for talent " + from.getId());
        }
        talent = to;
    }

    public Talent getTalent() { return talent; }
    public String getStatement() { return statement; }
    public String getNominatedBy() { return nominatedBy; }
    public Platform getPlatform() { return platform; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isWinner() { return winner; }
    public String getJustification() { return justification; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
}
