package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.RankingJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.StandingJson;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The award's ranking in a spreadsheet: raw and normalised side by side, the basis and the tie rule in the sheet's name row. */
final class AwardExport {

    private AwardExport() {
    }

    static byte[] ranking(RankingJson ranking, Locale locale) {
        Map<String, String> categories = ranking.categories().stream().collect(Collectors.toMap(CategoryJson::code, CategoryJson::name));
        List<Column<StandingJson>> columns = List.of(
                Column.labelled(locale, "award.category", s -> categories.getOrDefault(s.category(), s.category())),
                Column.labelled(locale, "award.rank", StandingJson::rank),
                Column.labelled(locale, "award.nominee", StandingJson::nominee),
                Column.labelled(locale, "award.normalised", StandingJson::normalised),
                Column.labelled(locale, "award.normalisedRank", StandingJson::normalisedRank),
                Column.labelled(locale, "award.mean", StandingJson::mean),
                Column.labelled(locale, "award.rawRank", StandingJson::rawRank),
                Column.labelled(locale, "award.median", StandingJson::median),
                Column.labelled(locale, "award.spread", StandingJson::spread),
                Column.labelled(locale, "award.deviation", StandingJson::deviation),
                Column.labelled(locale, "award.disagreement", s -> s.disagreement() ? Messages.text(locale, "award.yes") : ""),
                Column.labelled(locale, "award.reviews", s -> s.reviews() + "/" + s.assigned()),
                Column.labelled(locale, "award.winner", s -> s.winner() ? Messages.text(locale, "award.yes") : ""),
                Column.labelled(locale, "award.justification", StandingJson::justification));
        return Spreadsheet.xlsx(Messages.text(locale, "award.ranking.sheet", String.valueOf(ranking.year()), ranking.basisText()), columns,
                ranking.standings());
    }
}
