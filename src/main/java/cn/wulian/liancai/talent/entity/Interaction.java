package cn.wulian.liancai.talent.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One contact with a talent (走访/联络记录), as field staff log it from a phone: when, where, who
 * took part, what was said and agreed, and when to follow up. A follow-up stays open until a later
 * interaction with the same talent is logged.
 */
@Entity
@NamedQuery(name = Interaction.OF_TALENT,
        query = "select i from Interaction i left join fetch i.recordedBy where i.talent.id = :talent order by i.occurredAt desc, i.id desc")
@NamedQuery(name = Interaction.DUE_FOLLOW_UPS,
        query = "select i from Interaction i join fetch i.talent t" + Interaction.OPEN_OF_OFFICER + " and i.followUpOn <= :until order by i.followUpOn, t.name")
@NamedQuery(name = Interaction.OPEN_FOLLOW_UPS,
        query = "select i from Interaction i join fetch i.talent t" + Interaction.OPEN_OF_OFFICER
                + " and i.followUpOn between :from and :until order by i.followUpOn, t.name")
@NamedQuery(name = Interaction.OPEN_FOLLOW_UPS_COUNT,
        query = "select count(i) from Interaction i" + Interaction.OPEN_OF_OFFICER + " and i.followUpOn between :from and :until")
@NamedQuery(name = Interaction.LATER_CONTACTS,
        query = "select count(later) from Interaction later where later.talent = :talent and later.occurredAt > :at")
public class Interaction {

    public static final String OF_TALENT = "Interaction.ofTalent";
    /** contacts are logged as they happen; anything older is a typing error (and beyond what databases store well) */
    static final int EARLIEST_YEAR = 1950;
    static final int FOLLOW_UP_YEARS = 5;
    public static final String DUE_FOLLOW_UPS = "Interaction.dueFollowUps";
    /** an officer's open follow-ups (as liaison or as the one who logged the contact) due in [from, until] */
    public static final String OPEN_FOLLOW_UPS = "Interaction.openFollowUps";
    public static final String OPEN_FOLLOW_UPS_COUNT = "Interaction.openFollowUpsCount";
    /** the contacts with a talent after a moment: a follow-up is open while there are none */
    public static final String LATER_CONTACTS = "Interaction.laterContacts";
    /**
     * the follow-ups an officer looks after — of their talents or logged by them — that no later
     * contact has closed; the queries above add the dates. The officer's talents are a subquery of
     * their own, not a join: with the liaison's name in the outer query's OR, Derby read the whole
     * talent table for each count (the workbench took nine minutes at a million talents); this way it
     * reads the contacts and the officer's talents by the liaison's index.
     */
    static final String OPEN_OF_OFFICER = """
             left join i.recordedBy rb
            where i.followUpOn is not null
              and (rb.username = :officer
                   or i.talent.id in (select lt.id from Talent lt join lt.liaison ll where ll.username = :officer))
              and not exists (select later from Interaction later
                              where later.talent.id = i.talent.id and later.occurredAt > i.occurredAt)""";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Talent talent;
    @Enumerated(EnumType.STRING)
    private InteractionKind kind;
    private LocalDateTime occurredAt;
    private String place;
    private String participants;
    private String summary;
    private String agreedActions;
    private LocalDate followUpOn;
    @ManyToOne(fetch = FetchType.LAZY)
    private Account recordedBy;
    private Instant createdAt;

    protected Interaction() {
    }

    public Interaction(Talent talent, InteractionKind kind, LocalDateTime occurredAt, String place, String participants,
                       String summary, String agreedActions, LocalDate followUpOn, Account recordedBy, Clock clock) {
        Map<String, String> errors = problems(kind, occurredAt, summary, followUpOn, clock);
        if (talent == null) {
            errors.put("talentId", "validation.talent.unknown");
        }
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.talent = talent;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.place = strip(place);
        this.participants = strip(participants);
        this.summary = summary.strip();
        this.agreedActions = strip(agreedActions);
        this.followUpOn = followUpOn;
        this.recordedBy = recordedBy;
        this.createdAt = clock.instant();
        talent.contacted(clock);
    }

    /**
     * The contact's free text gives way when its talent is erased: where, with whom, what was said
     * and agreed. That a contact of this kind took place that day stays, for the office's figures.
     */
    public void erase() {
        this.place = null;
        this.participants = null;
        this.summary = ERASED;
        this.agreedActions = null;
    }

    /** the summary of an erased contact */
    public static final String ERASED = "（已注销）";

    /** the rules of a contact record, as field → message key; empty when it may be recorded */
    public static Map<String, String> problems(InteractionKind kind, LocalDateTime occurredAt, String summary,
                                               LocalDate followUpOn, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "validation.required");
        }
        if (occurredAt == null) {
            errors.put("occurredAt", "validation.required");
        } else if (occurredAt.isAfter(LocalDateTime.now(clock).plusDays(1))) {
            errors.put("occurredAt", "validation.occurredAt.future");
        } else if (occurredAt.getYear() < EARLIEST_YEAR) {
            errors.put("occurredAt", "validation.occurredAt.past");
        }
        if (summary == null || summary.isBlank()) {
            errors.put("summary", "validation.required");
        }
        String followUp = followUpProblem(occurredAt, followUpOn, clock);
        if (followUp != null) {
            errors.put("followUpOn", followUp);
        }
        return errors;
    }

    /** the follow-up date's rule, as a message key or null: not before the contact, not beyond five years */
    private static String followUpProblem(LocalDateTime occurredAt, LocalDate followUpOn, Clock clock) {
        if (followUpOn != null && occurredAt != null && followUpOn.isBefore(occurredAt.toLocalDate())) {
            return "validation.followUp.beforeOccurred";
        } else if (followUpOn != null && followUpOn.isAfter(LocalDate.now(clock).plusYears(FOLLOW_UP_YEARS))) {
            return "validation.followUp.tooFar";
        }
        return null;
    }

    /**
     * Moves the follow-up agreed at this contact to another day (the talent asked for later, the
     * officer is away): the date's rules are those of a new contact, and a day already past would
     * only make it overdue again, so the new day is today or later.
     */
    public void rescheduleFollowUp(LocalDate on, Clock clock) {
        String problem = on == null ? "validation.required"
                : on.isBefore(LocalDate.now(clock)) ? "validation.followUp.past" : followUpProblem(occurredAt, on, clock);
        if (problem != null) {
            throw DomainViolation.of("followUpOn", problem);
        }
        this.followUpOn = on;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    /** two records were found to be one person (or a merge is undone): the contact was with {@code to} */
    public void renameTalent(Talent from, Talent to) {
        if (!Talent.same(talent, from)) {
            throw new IllegalStateException("interaction " + id + " is not with talent " + from.getId());
        }
        talent = to;
    }

    public Talent getTalent() { return talent; }
    public InteractionKind getKind() { return kind; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getPlace() { return place; }
    public String getParticipants() { return participants; }
    public String getSummary() { return summary; }
    public String getAgreedActions() { return agreedActions; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public Account getRecordedBy() { return recordedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
