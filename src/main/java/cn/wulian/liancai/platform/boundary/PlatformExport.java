package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;

/** The platforms and their figures in a spreadsheet, labelled in the reader's language. */
final class PlatformExport {

    private PlatformExport() {
    }

    static byte[] xlsx(List<PlatformJson> rows, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        List<Column<PlatformJson>> columns = List.of(
                Column.labelled(locale, "platform.name", p -> p.label(english)),
                Column.labelled(locale, "platform.kind", p -> p.kind() == null ? null : Messages.text(locale, "enum.PlatformKind." + p.kind())),
                Column.labelled(locale, "platform.address", PlatformJson::address),
                Column.labelled(locale, "platform.incubating", PlatformJson::incubating),
                Column.labelled(locale, "platform.graduated", PlatformJson::graduated),
                Column.labelled(locale, "platform.exited", PlatformJson::exited),
                Column.labelled(locale, "platform.inPipeline", PlatformJson::inPipeline),
                Column.labelled(locale, "platform.peopleEmployed", PlatformJson::peopleEmployed),
                Column.labelled(locale, "platform.ipItems", PlatformJson::ipItems),
                Column.labelled(locale, "money.export.financingRaised", PlatformJson::financingRaised),
                Column.labelled(locale, "platform.projectsLanded", PlatformJson::projectsLanded),
                Column.labelled(locale, "money.export.investmentLanded", PlatformJson::investmentLanded),
                Column.labelled(locale, "platform.occupancy", PlatformJson::occupancyPercent));
        return Spreadsheet.xlsx(Messages.text(locale, "platform.list.title"), columns, rows);
    }
}
