package cn.wulian.liancai.team.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a team's workflow, as it happened: who, when, from and to which status, and why. */
@Entity
@Table(name = "team_transition")
@NamedQuery(name = TeamTransition.OF_TEAM, query = "select t from TeamTransition t where t.team.id = :team order by t.happenedAt, t.id")
public class TeamTransition {

    public static final String OF_TEAM = "TeamTransition.ofTeam";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Team team;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private TeamStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private TeamStatus to;
    @Column(name = "by_username")
    private String by;
    private Instant happenedAt;
    private String reason;

    protected TeamTransition() {
    }

    TeamTransition(Team team, TeamStatus from, TeamStatus to, String by, Instant at, String reason) {
        this.team = team;
        this.from = from;
        this.to = to;
        this.by = by;
        this.happenedAt = at;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public Team getTeam() { return team; }
    public TeamStatus getFrom() { return from; }
    public TeamStatus getTo() { return to; }
    public String getBy() { return by; }
    public Instant getHappenedAt() { return happenedAt; }
    public String getReason() { return reason; }
}
