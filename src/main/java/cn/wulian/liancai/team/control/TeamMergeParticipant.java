package cn.wulian.liancai.team.control;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.talent.control.RecordsNamingTalents;
import cn.wulian.liancai.talent.entity.MergeMove;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Teams in a merge of two talents: the leader and each member place that named the merged record name the survivor. */
@ApplicationScoped
public class TeamMergeParticipant extends RecordsNamingTalents<Team> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public TeamMergeParticipant() {
        super("TEAM", Team.class);
    }

    /** outside the container: tests */
    public TeamMergeParticipant(EntityManager em, Clock clock) {
        this();
        this.em = em;
        this.clock = clock;
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected List<Long> idsNaming(Talent talent) {
        // by ids: EclipseLink does not compare a member's talent with an entity parameter
        return em.createQuery("select t.id from Team t left join t.members m where t.leader.id = :id or m.talent.id = :id", Long.class)
                .setParameter("id", talent.getId()).getResultList();
    }

    /**
     * A team that lists both records as members would list the survivor twice: refused until one
     * of them is taken off the team (as a nomination of both in one category is).
     */
    @Override
    public void check(MergeMove move, Talent from, Talent to) {
        Team team = record(move);
        if (team != null && move.getRole().startsWith("member") && team.placesOf(to).stream().anyMatch(p -> p.startsWith("member"))) {
            throw DomainViolation.of("mergedId", "validation.merge.sameTeam", team.getName());
        }
    }

    @Override
    protected List<String> placesIn(Team team, Talent talent) {
        return team.placesOf(talent);
    }

    @Override
    protected Talent at(Team team, String place) {
        return team.atPlace(place);
    }

    @Override
    protected void rename(Team team, String place, Talent from, Talent to) {
        team.renameAt(place, from, to, clock);
    }

    @Override
    protected Long versionOf(Team team) {
        return team.getVersion();
    }

    @Override
    protected String label(Team team) {
        return team.getName();
    }
}
