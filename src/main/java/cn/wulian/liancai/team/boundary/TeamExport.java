package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The team list's columns in a spreadsheet, labelled in the reader's language. */
final class TeamExport {

    private TeamExport() {
    }

    static byte[] xlsx(List<TeamJson> rows, Locale locale) {
        List<Column<TeamJson>> columns = List.of(
                column(locale, "team.name", TeamJson::name),
                column(locale, "team.platform", TeamJson::platformName),
                column(locale, "team.leader", TeamJson::leaderName),
                column(locale, "team.field", TeamJson::field),
                column(locale, "team.foundedOn", TeamJson::foundedOn),
                column(locale, "team.headcount", TeamJson::headcount),
                column(locale, "team.companyName", TeamJson::companyName),
                column(locale, "team.creditCode", TeamJson::creditCode),
                column(locale, "team.status", t -> Messages.text(locale, "enum.TeamStatus." + t.status())),
                column(locale, "team.incubationStart", TeamJson::incubationStart),
                column(locale, "team.incubationEnd", TeamJson::incubationEnd),
                column(locale, "team.ip", t -> t.ip().size()),
                column(locale, "team.financingTotal", TeamJson::financingTotal));
        return Spreadsheet.xlsx(Messages.text(locale, "team.list.title"), columns, rows);
    }

    private static Column<TeamJson> column(Locale locale, String key, Function<TeamJson, Object> value) {
        return new Column<>(Messages.text(locale, key), value);
    }
}
