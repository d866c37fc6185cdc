package cn.wulian.liancai.support.control;

import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Reference;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import cn.wulian.liancai.support.entity.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the support programme refers to: an application names its applicant (a talent, team or
 * project), the platform of that applicant and the policy applied for (by code, whichever version);
 * a current policy's rule may name a platform; and applications, their steps and payments, and the
 * policies' versions name the accounts that took each step (a decision keeps who took it; disable
 * the account instead).
 */
@ApplicationScoped
public class SupportReferrers implements Referrers {

    private static final String ID = "a.id";
    private static final String LABEL = "concat(a.policy.name, ' · ', a.subjectName)";

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Referred target, Found found) {
        switch (target.kind()) {
            case TALENT -> applications(found, "a.talent.id = :id");
            case TEAM -> applications(found, "a.team.id = :id");
            case PROJECT -> applications(found, "a.project.id = :id");
            case POLICY -> found.query(em, RecordKind.APPLICATION, "reference.role.policy", ID, LABEL,
                    "from Application a where a.policyCode = :code");
            case PLATFORM -> {
                found.query(em, RecordKind.APPLICATION, "reference.role.platform", ID, LABEL, "from Application a where a.platform.id = :id");
                rulesNaming(target.code(), found);
            }
            case ACCOUNT -> {
                found.query(em, RecordKind.APPLICATION, "reference.role.handledBy", ID, LABEL,
                        "from Application a where a.submittedBy = :code or a.decidedBy = :code or a.closedBy = :code");
                found.query(em, RecordKind.APPLICATION, "reference.role.handledBy", "x.application.id",
                        "concat(x.application.policy.name, ' · ', x.application.subjectName)",
                        "from ApplicationTransition x where x.by = :code");
                found.query(em, RecordKind.APPLICATION, "reference.role.handledBy", "x.application.id",
                        "concat(x.application.policy.name, ' · ', x.application.subjectName)",
                        "from Disbursement x where x.recordedBy = :code");
                found.query(em, RecordKind.POLICY, "reference.role.author", "p.id", "p.name",
                        "from Policy p where p.createdBy = :code or p.supersededBy = :code");
            }
            default -> {
                // the support programme refers to nothing else
            }
        }
    }

    private void applications(Found found, String subject) {
        found.query(em, RecordKind.APPLICATION, "reference.role.applicant", ID, LABEL, "from Application a where " + subject);
    }

    /** current policies whose eligibility rule asks for this platform: the rule would name a platform that is gone */
    private void rulesNaming(String platformCode, Found found) {
        FactSources facts = new FactSources(em);
        for (Policy p : em.createNamedQuery(Policy.CURRENT, Policy.class).getResultList()) {
            boolean names = RuleJson.stored(p.getRuleJson(), facts.catalog(p.getBeneficiaryKind())).conditions().stream()
                    .anyMatch(c -> "platform".equals(c.fact().name()) && c.values().contains(platformCode));
            if (names) {
                found.add(new Reference(RecordKind.POLICY, p.getId(), p.getName(), "reference.role.platform"));
            }
        }
    }
}
