package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The project list's columns in a spreadsheet, labelled in the reader's language. */
final class ProjectExport {

    private ProjectExport() {
    }

    static Exportable.Plan<ProjectJson> plan(Locale locale, List<Long> ids) {
        List<Column<ProjectJson>> columns = List.of(
                Column.labelled(locale, "project.title", ProjectJson::title),
                Column.labelled(locale, "project.stage", p -> Messages.text(locale, "enum.ProjectStage." + p.stage())),
                Column.labelled(locale, "project.stageSince", ProjectJson::stageSince),
                Column.labelled(locale, "project.flags", p -> flags(p, locale)),
                Column.labelled(locale, "project.platform", ProjectJson::platformName),
                Column.labelled(locale, "project.team", ProjectJson::teamName),
                Column.labelled(locale, "project.leadTalent", ProjectJson::leadTalentName),
                Column.labelled(locale, "project.industry", ProjectJson::industry),
                Column.labelled(locale, "project.township", ProjectJson::townshipName),
                Column.labelled(locale, "project.location", ProjectJson::location),
                Column.labelled(locale, "project.plannedInvestment", ProjectJson::plannedInvestment),
                Column.labelled(locale, "project.actualInvestment", ProjectJson::actualInvestment),
                Column.labelled(locale, "project.countyLeader", ProjectJson::countyLeader),
                Column.labelled(locale, "project.recommender", ProjectJson::recommender),
                Column.labelled(locale, "project.recommenderReward", ProjectJson::recommenderReward),
                Column.labelled(locale, "project.percent", ProjectJson::percent),
                Column.labelled(locale, "project.lastUpdateOn", ProjectJson::lastUpdateOn),
                Column.labelled(locale, "project.nextDueOn", ProjectJson::nextDueOn),
                Column.labelled(locale, "project.openedOn", ProjectJson::openedOn));
        return Exportable.Plan.of(Messages.text(locale, "project.list.title"), columns, ids);
    }

    static String flags(ProjectJson p, Locale locale) {
        List<String> names = new ArrayList<>();
        if (p.flags().yellow()) {
            names.add(Messages.text(locale, "project.flag.YELLOW"));
        }
        if (p.flags().red()) {
            names.add(Messages.text(locale, "project.flag.RED"));
        }
        if (p.flags().plaque()) {
            names.add(Messages.text(locale, "project.flag.PLAQUE"));
        }
        return String.join(" ", names);
    }
}
