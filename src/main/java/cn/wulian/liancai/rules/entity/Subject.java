package cn.wulian.liancai.rules.entity;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;

/**
 * Whom a record of the county's support is for — an application for a policy, a service request:
 * one talent, team or project, with the platform that houses it (none for a talent) and the name
 * it had when the record was made.
 */
public record Subject(SubjectKind kind, Talent talent, Team team, Project project, Platform platform, String name) {

    public static Subject of(Talent t) {
        return new Subject(SubjectKind.TALENT, t, null, null, null, t.getName());
    }

    public static Subject of(Team t) {
        return new Subject(SubjectKind.TEAM, null, t, null, t.getPlatform(), t.getName());
    }

    public static Subject of(Project p) {
        return new Subject(SubjectKind.PROJECT, null, null, p, p.getPlatform(), p.getTitle());
    }

    /** the talent's, team's or project's id */
    public long id() {
        return idOf(kind, talent, team, project);
    }

    /** the id of whichever of talent, team or project the kind names: what a record stored as these three columns is for */
    public static long idOf(SubjectKind kind, Talent talent, Team team, Project project) {
        return switch (kind) {
            case TALENT -> talent.getId();
            case TEAM -> team.getId();
            case PROJECT -> project.getId();
        };
    }
}
