package cn.wulian.liancai.project.control;

import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.talent.control.RecordsNamingTalents;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Projects in a merge of two talents: a lead or first recommender that was the merged record is the survivor. */
@ApplicationScoped
public class ProjectMergeParticipant extends RecordsNamingTalents<Project> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public ProjectMergeParticipant() {
        super("PROJECT", Project.class);
    }

    /** outside the container: tests */
    public ProjectMergeParticipant(EntityManager em, Clock clock) {
        this();
        this.em = em;
        this.clock = clock;
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected List<Long> idsNaming(Talent talent) {
        return em.createQuery("select p.id from Project p where p.leadTalent.id = :id or p.recommenderTalent.id = :id", Long.class)
                .setParameter("id", talent.getId()).getResultList();
    }

    @Override
    protected List<String> placesIn(Project project, Talent talent) {
        return project.placesOf(talent);
    }

    @Override
    protected Talent at(Project project, String place) {
        return project.atPlace(place);
    }

    @Override
    protected void rename(Project project, String place, Talent from, Talent to) {
        project.renameAt(place, from, to, clock);
    }

    @Override
    protected Long versionOf(Project project) {
        return project.getVersion();
    }

    @Override
    protected String label(Project project) {
        return project.getTitle();
    }
}
