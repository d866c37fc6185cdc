package cn.wulian.liancai.project.control;

import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What projects refer to: the lead talent and the talent who recommended them, their team and
 * platform, the staff member recorded as first recommender, and the accounts their stage steps,
 * milestones and progress updates name (the project's history keeps its names; disable the account
 * instead). A project's own steps, milestones and updates go with it and are not references.
 */
@ApplicationScoped
public class ProjectReferrers implements Referrers {

    private static final String ID = "p.id";
    private static final String TITLE = "p.title";

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Referred target, Found found) {
        switch (target.kind()) {
            case TALENT -> {
                found.query(em, RecordKind.PROJECT, "reference.role.leadTalent", ID, TITLE, "from Project p where p.leadTalent.id = :id");
                found.query(em, RecordKind.PROJECT, "reference.role.recommender", ID, TITLE,
                        "from Project p where p.recommenderTalent.id = :id");
            }
            case TEAM -> found.query(em, RecordKind.PROJECT, "reference.role.team", ID, TITLE, "from Project p where p.team.id = :id");
            case PLATFORM -> found.query(em, RecordKind.PROJECT, "reference.role.platform", ID, TITLE,
                    "from Project p where p.platform.id = :id");
            case ACCOUNT -> {
                found.query(em, RecordKind.PROJECT, "reference.role.recommender", ID, TITLE,
                        "from Project p where p.recommenderUsername = :code");
                found.query(em, RecordKind.PROJECT, "reference.role.handledBy", "x.project.id", "x.project.title",
                        "from StageTransition x where x.by = :code");
                found.query(em, RecordKind.PROJECT, "reference.role.handledBy", "x.project.id", "x.project.title",
                        "from Milestone x where x.createdBy = :code or x.metBy = :code");
                found.query(em, RecordKind.PROJECT, "reference.role.handledBy", "x.project.id", "x.project.title",
                        "from ProgressUpdate x where x.by = :code");
            }
            default -> {
                // projects refer to nothing else
            }
        }
    }
}
