package cn.wulian.liancai.account.control;

import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What accounts refer to: the holder's own talent record (the award finds conflicts of interest
 * through it) and the platform a manager acts for, or a reviewer runs.
 */
@ApplicationScoped
public class AccountReferrers implements Referrers {

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Referred target, Found found) {
        switch (target.kind()) {
            case TALENT -> found.query(em, RecordKind.ACCOUNT, "reference.role.accountHolder", "a.id", "a.displayName",
                    "from Account a where a.talentId = :id");
            case PLATFORM -> found.query(em, RecordKind.ACCOUNT, "reference.role.manager", "a.id", "a.displayName",
                    "from Account a where a.platform.id = :id");
            default -> {
                // accounts refer to nothing else
            }
        }
    }
}
