package cn.wulian.liancai.support.control;

import cn.wulian.liancai.talent.boundary.TalentLink;
import cn.wulian.liancai.talent.boundary.TalentLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The applications for support made for a talent, named by policy, for the talent's profile; a manager sees their platform's. */
@ApplicationScoped
public class ApplicationTalentLinks extends TalentLinks {

    @Override
    public List<TalentLink> of(long talentId, Locale locale) {
        return links(talentId, TalentLink.Kind.APPLICATION, "/applications/view.xhtml", new Part("applicant",
                "select a.id, a.policy.name, a.status, pl.code from Application a left join a.platform pl where a.talent.id = :id order by a.id desc"));
    }
}
