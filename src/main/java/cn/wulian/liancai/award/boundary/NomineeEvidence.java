package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.EvidenceJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ProjectEvidenceJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.TeamEvidenceJson;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.team.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The evidence a reviewer weighs, read from the county's own records on the nominee (see
 * {@link EvidenceJson}): the award knows teams and projects (they are below it), so it asks them
 * directly. Contact data is never part of it. Callers have already checked that the reader may open
 * the nomination.
 */
@ApplicationScoped
public class NomineeEvidence {

    @PersistenceContext
    EntityManager em;

    EvidenceJson of(Nomination n, Locale locale) {
        boolean english = "en".equals(Messages.supported(locale).getLanguage());
        long talent = n.getTalent().getId();
        List<Team> teams = em.createQuery("select distinct t from Team t left join t.members m where t.leader.id = :talent"
                + " or m.talent.id = :talent order by t.id", Team.class).setParameter("talent", talent).getResultList();
        List<Project> projects = teams.isEmpty()
                ? em.createQuery("select p from Project p where p.leadTalent.id = :talent order by p.id", Project.class)
                        .setParameter("talent", talent).getResultList()
                : em.createQuery("select distinct p from Project p where p.leadTalent.id = :talent or p.team in :teams order by p.id",
                        Project.class).setParameter("talent", talent).setParameter("teams", teams).getResultList();
        List<TeamEvidenceJson> teamRows = teams.stream().map(t -> new TeamEvidenceJson(t.getName(), name(t.getPlatform(), english),
                Messages.text(locale, "enum.TeamStatus." + t.getStatus().name()), t.getLeader() != null && t.getLeader().getId() == talent,
                t.getHeadcount(), t.financingTotal(), t.getIp().size())).toList();
        List<ProjectEvidenceJson> projectRows = projects.stream().map(p -> new ProjectEvidenceJson(p.getTitle(),
                Messages.text(locale, "enum.ProjectStage." + p.getStage().name()), name(p.getPlatform(), english), p.getPlannedInvestment(),
                p.getActualInvestment())).toList();
        Integer jobs = teams.stream().map(Team::getHeadcount).filter(Objects::nonNull).reduce(Integer::sum).orElse(null);
        long files = em.createQuery("select count(a) from Attachment a where a.nomination.id = :n", Long.class)
                .setParameter("n", n.getId()).getSingleResult();
        // the platform that nominated, else the platforms of the nominee's teams: an office nomination showed "—" above a
        // team table that names the platform
        String platform = n.getPlatform() != null ? name(n.getPlatform(), english)
                : teams.stream().map(t -> name(t.getPlatform(), english)).filter(Objects::nonNull).distinct()
                        .reduce((a, b) -> a + (english ? ", " : "、") + b).orElse(null);
        return new EvidenceJson(platform, teamRows, projectRows, jobs,
                sum(projectRows, ProjectEvidenceJson::actualInvestment), sum(projectRows, ProjectEvidenceJson::plannedInvestment),
                sum(teamRows, TeamEvidenceJson::financing), n.achievements().size(), (int) files);
    }

    private static String name(Platform p, boolean english) {
        return p == null ? null : p.label(english);
    }

    /** null when no row records the figure: "not recorded" is not "nothing" */
    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> figure) {
        return rows.stream().map(figure).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
