package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;

/** The team list's columns in a spreadsheet, labelled in the reader's language. */
final class TeamExport {

    private TeamExport() {
    }

    static Exportable.Plan<TeamJson> plan(Locale locale, List<Long> ids) {
        List<Column<TeamJson>> columns = List.of(
                Column.labelled(locale, "team.name", TeamJson::name),
                Column.labelled(locale, "team.platform", TeamJson::platformName),
                Column.labelled(locale, "team.leader", TeamJson::leaderName),
                Column.labelled(locale, "team.field", TeamJson::field),
                Column.labelled(locale, "team.foundedOn", TeamJson::foundedOn),
                Column.labelled(locale, "team.headcount", TeamJson::headcount),
                Column.labelled(locale, "team.companyName", TeamJson::companyName),
                Column.labelled(locale, "team.creditCode", TeamJson::creditCode),
                Column.labelled(locale, "team.status", t -> Messages.text(locale, "enum.TeamStatus." + t.status())),
                Column.labelled(locale, "team.incubationStart", TeamJson::incubationStart),
                Column.labelled(locale, "team.incubationEnd", TeamJson::incubationEnd),
                Column.labelled(locale, "team.ip", t -> t.ip().size()),
                Column.labelled(locale, "team.financingTotal", TeamJson::financingTotal));
        return Exportable.Plan.of(Messages.text(locale, "team.list.title"), columns, ids);
    }
}
