package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What talents refer to outside their own feature: the account of their liaison officer and the
 * accounts that logged their contacts (the contact log keeps who logged it; disable the account
 * instead). A talent's referrer and relations name other talents, but they are the talent's own
 * data: deleting a talent clears the referrer of those it referred and deletes its relations
 * ({@code Talents.remove}), so they do not keep a talent from being deleted.
 */
@ApplicationScoped
public class TalentReferrers implements Referrers {

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Referred target, Found found) {
        if (target.kind() == RecordKind.ACCOUNT) {
            found.query(em, RecordKind.TALENT, "reference.role.liaison", "t.id", "t.name", "from Talent t where t.liaison.id = :id");
            found.query(em, RecordKind.TALENT, "reference.role.recordedBy", "i.talent.id", "i.talent.name",
                    "from Interaction i where i.recordedBy.id = :id");
        }
    }
}
