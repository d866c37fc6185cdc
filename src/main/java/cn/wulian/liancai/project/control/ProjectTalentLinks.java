package cn.wulian.liancai.project.control;

import cn.wulian.liancai.talent.boundary.TalentLink;
import cn.wulian.liancai.talent.boundary.TalentLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * The projects a talent leads or recommended, for the talent's profile; a manager sees their
 * platform's (a project no platform houses is the office's).
 */
@ApplicationScoped
public class ProjectTalentLinks extends TalentLinks {

    private static final String SELECT = "select p.id, p.title, p.stage, pl.code from Project p left join p.platform pl where ";

    @Override
    public List<TalentLink> of(long talentId, Locale locale) {
        return links(talentId, TalentLink.Kind.PROJECT, "/projects/view.xhtml",
                new Part("leadTalent", SELECT + "p.leadTalent.id = :id order by p.id desc"),
                new Part("recommender", SELECT + "p.recommenderTalent.id = :id order by p.id desc"));
    }
}
