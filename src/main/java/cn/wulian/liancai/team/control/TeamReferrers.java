package cn.wulian.liancai.team.control;

import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What teams refer to: their leader and member talents, their platform, and the accounts their
 * history names as having taken a step (that history must keep its names; disable the account
 * instead).
 */
@ApplicationScoped
public class TeamReferrers implements Referrers {

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Referred target, Found found) {
        switch (target.kind()) {
            case TALENT -> {
                found.query(em, RecordKind.TEAM, "reference.role.leader", "t.id", "t.name", "from Team t where t.leader.id = :id");
                found.query(em, RecordKind.TEAM, "reference.role.member", "t.id", "t.name",
                        "from Team t join t.members m where m.talent.id = :id");
            }
            case PLATFORM -> found.query(em, RecordKind.TEAM, "reference.role.platform", "t.id", "t.name",
                    "from Team t where t.platform.id = :id");
            case ACCOUNT -> found.query(em, RecordKind.TEAM, "reference.role.handledBy", "s.team.id", "s.team.name",
                    "from TeamTransition s where s.by = :code");
            default -> {
                // teams refer to nothing else
            }
        }
    }
}
