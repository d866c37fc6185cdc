package cn.wulian.liancai.project.control;

import cn.wulian.liancai.project.entity.Milestone;
import cn.wulian.liancai.project.entity.ProgressUpdate;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectHistory;
import cn.wulian.liancai.project.entity.StageTransition;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads projects' histories in three queries however many projects are asked for, so that a page
 * of a list or a whole month's ranking costs the same few round trips.
 */
public final class ProjectHistories {

    /** Derby compiles a statement per IN-list length; chunks keep the list and the plan small */
    private static final int CHUNK = 500;

    private ProjectHistories() {
    }

    public static Map<Long, ProjectHistory> of(EntityManager em, Collection<Project> projects) {
        Map<Long, List<ProjectHistory.MilestoneFact>> milestones = new HashMap<>();
        Map<Long, List<ProjectHistory.UpdateFact>> updates = new HashMap<>();
        Map<Long, List<ProjectHistory.StepFact>> steps = new HashMap<>();
        List<Long> ids = projects.stream().map(Project::getId).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Milestone m : em.createQuery("select m from Milestone m where m.project.id in :ids", Milestone.class)
                    .setParameter("ids", chunk).getResultList()) {
                milestones.computeIfAbsent(m.getProject().getId(), k -> new ArrayList<>())
                        .add(new ProjectHistory.MilestoneFact(m.getDueOn(), m.getMetOn(), m.getCreatedAt(), m.getMetRecordedAt()));
            }
            for (ProgressUpdate u : em.createQuery("select u from ProgressUpdate u where u.project.id in :ids", ProgressUpdate.class)
                    .setParameter("ids", chunk).getResultList()) {
                updates.computeIfAbsent(u.getProject().getId(), k -> new ArrayList<>())
                        .add(new ProjectHistory.UpdateFact(u.getReportedOn(), u.getPercent(), u.getRecordedAt()));
            }
            for (StageTransition t : em.createQuery("select t from StageTransition t where t.project.id in :ids", StageTransition.class)
                    .setParameter("ids", chunk).getResultList()) {
                steps.computeIfAbsent(t.getProject().getId(), k -> new ArrayList<>())
                        .add(new ProjectHistory.StepFact(t.getTo(), t.getOccurredOn(), t.getRecordedAt()));
            }
        }
        Map<Long, ProjectHistory> histories = new LinkedHashMap<>();
        for (Project p : projects) {
            histories.put(p.getId(), new ProjectHistory(p.getId(), p.getOpenedOn(), p.getCreatedAt(),
                    milestones.getOrDefault(p.getId(), List.of()), updates.getOrDefault(p.getId(), List.of()),
                    steps.getOrDefault(p.getId(), List.of())));
        }
        return histories;
    }
}
