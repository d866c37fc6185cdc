package cn.wulian.liancai.team.control;

import cn.wulian.liancai.talent.boundary.TalentLink;
import cn.wulian.liancai.talent.boundary.TalentLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The teams a talent leads or belongs to, for the talent's profile; a manager sees their platform's. */
@ApplicationScoped
public class TeamTalentLinks extends TalentLinks {

    private static final String SELECT = "select t.id, t.name, t.status, t.platform.code ";

    @Override
    public List<TalentLink> of(long talentId, Locale locale) {
        return links(talentId, TalentLink.Kind.TEAM, "/teams/view.xhtml",
                new Part("leader", SELECT + "from Team t where t.leader.id = :id order by t.id desc"),
                new Part("member", SELECT + "from Team t join t.members m where m.talent.id = :id order by t.id desc"));
    }
}
