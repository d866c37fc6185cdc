package cn.wulian.liancai.award.control;

import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Reference;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the award refers to: a nomination names its nominee and the nominating manager's platform;
 * a cycle's committee, its review assignments, its nominations (who nominated, who decided), their
 * files and the cycle's audit trail name accounts. The award's record must keep those names, so a
 * reviewer or officer who served is disabled, not deleted.
 */
@ApplicationScoped
public class AwardReferrers implements Referrers {

    private static final String NOMINATION = "concat(n.cycle.name, ' · ', n.talent.name)";

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Referred target, Found found) {
        switch (target.kind()) {
            case TALENT -> found.query(em, RecordKind.NOMINATION, "reference.role.nominee", "n.id", NOMINATION,
                    "from Nomination n where n.talent.id = :id");
            case PLATFORM -> found.query(em, RecordKind.NOMINATION, "reference.role.platform", "n.id", NOMINATION,
                    "from Nomination n where n.platform.id = :id");
            case ACCOUNT -> accounts(target.code(), found);
            default -> {
                // the award refers to nothing else
            }
        }
    }

    private void accounts(String username, Found found) {
        for (AwardCycle c : em.createNamedQuery(AwardCycle.ALL, AwardCycle.class).getResultList()) {
            if (c.committee().contains(username)) {
                found.add(new Reference(RecordKind.AWARD_CYCLE, c.getId(), c.getName(), "reference.role.committee"));
            }
        }
        found.query(em, RecordKind.AWARD_CYCLE, "reference.role.author", "c.id", "c.name", "from AwardCycle c where c.createdBy = :code");
        found.query(em, RecordKind.REVIEW_ASSIGNMENT, "reference.role.reviewer", "a.id",
                "concat(a.nomination.cycle.name, ' · ', a.nomination.talent.name)", "from ReviewAssignment a where a.reviewer = :code");
        found.query(em, RecordKind.NOMINATION, "reference.role.nominatedBy", "n.id", NOMINATION,
                "from Nomination n where n.nominatedBy = :code");
        found.query(em, RecordKind.NOMINATION, "reference.role.handledBy", "n.id", NOMINATION,
                "from Nomination n where n.decidedBy = :code"
                        + " or exists (select a from ReviewAssignment a where a.nomination = n and a.assignedBy = :code)"
                        + " or exists (select f from Attachment f where f.nomination = n and f.uploadedBy = :code)");
        found.query(em, RecordKind.AWARD_CYCLE, "reference.role.handledBy", "c.id", "c.name",
                "from AwardCycle c where exists (select e from AuditEntry e where e.subjectKind = 'AWARD_CYCLE' and e.subjectId = c.id and e.actor = :code)");
    }
}
