package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.platform.control.PlatformDocuments;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The platforms and their key figures, computed from the teams and projects they house. Every role may read them. */
@ApplicationScoped
@Transactional
public class Platforms implements IndexSource {

    @PersistenceContext
    EntityManager em;

    public List<PlatformJson> all() {
        return em.createNamedQuery(Platform.ALL, Platform.class).getResultList().stream().map(this::json).toList();
    }

    public PlatformJson find(String code) {
        return em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", code)
                .getResultStream().findFirst().map(this::json)
                .orElseThrow(() -> new NotFound("platform", code));
    }

    /** the platform with the given database id: search hits name platforms by id */
    public PlatformJson find(long id) {
        Platform p = em.find(Platform.class, id);
        if (p == null) {
            throw new NotFound("platform", id);
        }
        return json(p);
    }

    // ---- search

    @Override
    public String type() {
        return PlatformDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        return IndexSource.stampsOf(em.createQuery("select p.id, p.version from Platform p", Object[].class).getResultList());
    }

    @Override
    public List<IndexedDocument> documents() {
        return em.createNamedQuery(Platform.ALL, Platform.class).getResultList().stream().map(PlatformDocuments::of).toList();
    }

    private PlatformJson json(Platform p) {
        List<Team> teams = em.createQuery("select t from Team t where t.platform = :p", Team.class).setParameter("p", p).getResultList();
        long incubating = count(teams, TeamStatus.INCUBATING);
        long graduated = count(teams, TeamStatus.GRADUATED);
        long exited = count(teams, TeamStatus.EXITED);
        long pipeline = teams.stream().filter(t -> t.getStatus() == TeamStatus.SUBMITTED || t.getStatus() == TeamStatus.APPROVED).count();
        long employed = teams.stream().filter(t -> t.getStatus() == TeamStatus.INCUBATING || t.getStatus() == TeamStatus.GRADUATED)
                .mapToLong(t -> t.getHeadcount() == null ? 0 : t.getHeadcount()).sum();
        long housedPeople = teams.stream().filter(t -> t.getStatus() == TeamStatus.INCUBATING)
                .mapToLong(t -> t.getHeadcount() == null ? 0 : t.getHeadcount()).sum();
        long ip = teams.stream().mapToLong(t -> t.getIp().size()).sum();
        BigDecimal raised = teams.stream().map(Team::financingTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        Integer occupancy = p.getWorkstations() == null || p.getWorkstations() == 0 ? null
                : (int) Math.min(100, Math.round(100.0 * housedPeople / p.getWorkstations()));
        List<Project> projects = em.createQuery("select p from Project p where p.platform = :p", Project.class).setParameter("p", p)
                .getResultList();
        List<Project> landed = projects.stream().filter(x -> x.getStage().landed()).toList();
        BigDecimal investmentLanded = landed.stream().map(Project::getActualInvestment).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlatformJson(p.getCode(), p.getName(), p.getNameEn(), p.getKind(), p.getAddress(), p.getOpenedOn(),
                p.getAreaM2(), p.getWorkstations(), p.getOperator(), p.getDescription(),
                incubating, graduated, exited, pipeline, employed, ip, raised, occupancy,
                projects.size(), landed.size(), investmentLanded);
    }

    private static long count(List<Team> teams, TeamStatus status) {
        return teams.stream().filter(t -> t.getStatus() == status).count();
    }
}
