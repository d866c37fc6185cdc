package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.project.entity.UnitRanking;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.export.Spreadsheet.Worksheet;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A month's ranking as a workbook, as it is published: the platforms, the county leaders (each with
 * the list a unit is on) and the projects' scores part by part, one sheet each.
 */
final class RankingExport {

    private RankingExport() {
    }

    static byte[] xlsx(RankingJson ranking, Locale locale) {
        // a running month's figures change with every record: each sheet's name says so
        String mark = ranking.provisional() ? Messages.text(locale, "ranking.provisionalSuffix") : "";
        List<Column<RankingJson.ProjectScore>> projects = List.of(
                Column.labelled(locale, "ranking.project", RankingJson.ProjectScore::title),
                Column.labelled(locale, "project.platform", RankingJson.ProjectScore::platformName),
                Column.labelled(locale, "project.countyLeader", RankingJson.ProjectScore::countyLeader),
                Column.labelled(locale, "ranking.progress", RankingJson.ProjectScore::progress),
                Column.labelled(locale, "ranking.steps", RankingJson.ProjectScore::steps),
                Column.labelled(locale, "ranking.metOnTime", RankingJson.ProjectScore::metOnTime),
                Column.labelled(locale, "ranking.missed", RankingJson.ProjectScore::missed),
                Column.labelled(locale, "ranking.score", RankingJson.ProjectScore::score));
        return Spreadsheet.xlsx(List.of(
                new Worksheet<>(Messages.text(locale, "ranking.platforms") + mark, units(ranking.platforms(), "ranking.platform", locale),
                        ranking.platforms().entries()),
                new Worksheet<>(Messages.text(locale, "ranking.leaders") + mark, units(ranking.leaders(), "project.countyLeader", locale),
                        ranking.leaders().entries()),
                new Worksheet<>(Messages.text(locale, "ranking.projectScores") + mark, projects, ranking.projects())));
    }

    /** the file's name: the ranking and its month, in the reader's language */
    static String fileName(RankingJson ranking, Locale locale) {
        return Messages.text(locale, "ranking.title") + " " + ranking.month()
                + (ranking.provisional() ? Messages.text(locale, "ranking.provisionalSuffix") : "");
    }

    /** why a list holds fewer units than its places, in one line; "" when it needs no word */
    static String note(UnitRanking.ListNote note, boolean honour, Locale locale) {
        if (note == null) {
            return "";
        }
        return switch (note.reason()) {
            case TIE -> Messages.text(locale, "ranking.note.tie", note.tied(), note.score().toPlainString(), note.places());
            case NONE -> Messages.text(locale, honour ? "ranking.note.noneAbove" : "ranking.note.noneBelow");
        };
    }

    private static List<Column<UnitRanking.Entry>> units(UnitRanking ranking, String unitKey, Locale locale) {
        return List.of(
                Column.labelled(locale, "ranking.rank", UnitRanking.Entry::rank),
                Column.labelled(locale, unitKey, UnitRanking.Entry::label),
                Column.labelled(locale, "ranking.projects", UnitRanking.Entry::projects),
                Column.labelled(locale, "ranking.total", UnitRanking.Entry::total),
                Column.labelled(locale, "ranking.mean", e -> e.score().doubleValue()),
                Column.labelled(locale, "ranking.list", e -> list(ranking, e, locale)));
    }

    /** 奋斗榜, 锤炼榜 or nothing */
    static String list(UnitRanking ranking, UnitRanking.Entry entry, Locale locale) {
        if (ranking.honour().contains(entry)) {
            return Messages.text(locale, "ranking.honour");
        }
        return ranking.laggards().contains(entry) ? Messages.text(locale, "ranking.laggards") : null;
    }
}
