package cn.wulian.liancai.rules.boundary;

import cn.wulian.liancai.project.boundary.Projects;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.boundary.Talents;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.boundary.Teams;
import cn.wulian.liancai.team.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The talent, team or project a record of the county's support is made for — an application, a
 * service request — found as the caller may see it: the subjects' own facades decide (a missing id
 * is a 404, a manager is refused another platform's team alike), and only office staff act for a
 * talent.
 */
@ApplicationScoped
public class Subjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Talents talents;

    @Inject
    Teams teams;

    @Inject
    Projects projects;

    /** @param talentRefusal why a caller who is not office staff is refused a talent */
    public Subject find(SubjectKind kind, long id, String talentRefusal) {
        return switch (kind) {
            case TALENT -> {
                user.requireStaff(talentRefusal);
                talents.find(id);
                yield Subject.of(em.find(Talent.class, id));
            }
            case TEAM -> {
                teams.find(id);
                yield Subject.of(em.find(Team.class, id));
            }
            case PROJECT -> {
                projects.find(id);
                yield Subject.of(em.find(Project.class, id));
            }
        };
    }
}
