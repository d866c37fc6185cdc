package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.FlagRules;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.shared.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a project carries each of its flags, in one line a flag, from the same records the flags
 * were computed from. It explains the verdict of {@link FlagRules}, it does not judge again: a
 * flag the project does not carry gets no line.
 */
public final class FlagReasons {

    public record Reason(String flag, String text) {
    }

    private FlagReasons() {
    }

    static List<Reason> of(ProjectJson p, List<MilestoneJson> milestones, List<StepJson> steps, FlagRules rules, Locale locale) {
        List<Reason> reasons = new ArrayList<>();
        if (p.flags().yellow()) {
            List<MilestoneJson> overdue = milestones.stream().filter(m -> "OVERDUE".equals(m.state()))
                    .sorted(Comparator.comparing(MilestoneJson::dueOn)).toList();
            if (!overdue.isEmpty()) {
                MilestoneJson first = overdue.getFirst();
                String text = Messages.text(locale, "project.flag.why.YELLOW", first.title(), first.dueOn().toString());
                if (overdue.size() > 1) {
                    text += Messages.text(locale, "project.flag.why.YELLOW.more", overdue.size() - 1);
                }
                reasons.add(new Reason("YELLOW", text));
            }
        }
        if (p.flags().red()) {
            reasons.add(new Reason("RED", Messages.text(locale, "project.flag.why.RED", p.milestonesMet(),
                    Objects.toString(p.lastUpdateOn(), "—"), rules.redUpdateWithinDays())));
        }
        if (p.flags().plaque()) {
            String producing = steps.stream().filter(s -> ProjectStage.PRODUCING.name().equals(s.to()))
                    .map(s -> s.on().toString()).findFirst().orElse("—");
            String finalDue = milestones.stream().map(MilestoneJson::dueOn).max(LocalDate::compareTo).map(LocalDate::toString).orElse("—");
            reasons.add(new Reason("PLAQUE", Messages.text(locale, "project.flag.why.PLAQUE", producing, finalDue)));
        }
        return reasons;
    }
}
