package cn.wulian.liancai.project.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A project's dated records — milestones, progress updates and stage steps — with both the day a
 * thing happened and the moment it was recorded. Flags and rankings are pure functions of this, so
 * they can be computed for any day from what was known then.
 */
public record ProjectHistory(long projectId, LocalDate openedOn, Instant createdAt,
                             List<MilestoneFact> milestones, List<UpdateFact> updates, List<StepFact> steps) {

    public record MilestoneFact(LocalDate dueOn, LocalDate metOn, Instant createdAt, Instant metRecordedAt) {
        public boolean metBy(LocalDate day) {
            return metOn != null && !metOn.isAfter(day);
        }

        public boolean metOnTime() {
            return metOn != null && !metOn.isAfter(dueOn);
        }
    }

    public record UpdateFact(LocalDate on, int percent, Instant recordedAt) {
    }

    public record StepFact(ProjectStage to, LocalDate on, Instant recordedAt) {
    }

    public ProjectHistory {
        milestones = List.copyOf(milestones);
        updates = List.copyOf(updates);
        steps = List.copyOf(steps);
    }

    /** the history as it stood at the given moment: later records left out, a later "met" not yet known */
    public ProjectHistory knownAt(Instant moment) {
        return new ProjectHistory(projectId, openedOn, createdAt,
                milestones.stream().filter(m -> !m.createdAt().isAfter(moment))
                        .map(m -> m.metRecordedAt() != null && m.metRecordedAt().isAfter(moment)
                                ? new MilestoneFact(m.dueOn(), null, m.createdAt(), null) : m)
                        .toList(),
                updates.stream().filter(u -> !u.recordedAt().isAfter(moment)).toList(),
                steps.stream().filter(s -> !s.recordedAt().isAfter(moment)).toList());
    }

    /** the percent of the latest update on or before the day (0 when none) */
    public int percentOn(LocalDate day) {
        return updates.stream().filter(u -> !u.on().isAfter(day))
                .max(Comparator.comparing(UpdateFact::on).thenComparing(UpdateFact::recordedAt))
                .map(UpdateFact::percent).orElse(0);
    }

    public Optional<LocalDate> latestUpdateOn(LocalDate day) {
        return updates.stream().map(UpdateFact::on).filter(on -> !on.isAfter(day)).max(Comparator.naturalOrder());
    }

    /** the day the project reached the stage, if it had by then */
    public Optional<LocalDate> reached(ProjectStage stage, LocalDate day) {
        return steps.stream().filter(s -> s.to() == stage && !s.on().isAfter(day)).map(StepFact::on).findFirst();
    }

    /** the due date of the commitment's last milestone */
    public Optional<LocalDate> finalDueOn() {
        return milestones.stream().map(MilestoneFact::dueOn).max(Comparator.naturalOrder());
    }
}
