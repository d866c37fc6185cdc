package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;

/** The talent list's columns in a spreadsheet, labelled in the reader's language; personal data as the reader may see it. */
final class TalentExport {

    private TalentExport() {
    }

    static byte[] xlsx(List<TalentJson> rows, Locale locale) {
        List<Column<TalentJson>> columns = List.of(
                column(locale, "talent.name", TalentJson::name),
                column(locale, "talent.gender", t -> label(locale, "enum.Gender.", t.gender())),
                column(locale, "talent.birthYear", TalentJson::birthYear),
                column(locale, "talent.township", TalentJson::township),
                column(locale, "talent.village", TalentJson::village),
                column(locale, "talent.degree", t -> label(locale, "enum.Degree.", t.degree())),
                column(locale, "talent.school", TalentJson::school),
                column(locale, "talent.major", TalentJson::major),
                column(locale, "talent.graduationYear", TalentJson::graduationYear),
                column(locale, "talent.city", TalentJson::city),
                column(locale, "talent.employer", TalentJson::employer),
                column(locale, "talent.title", TalentJson::title),
                column(locale, "talent.expertise", TalentJson::expertise),
                column(locale, "talent.phone", TalentJson::phone),
                column(locale, "talent.email", TalentJson::email),
                column(locale, "talent.wechat", TalentJson::wechat),
                column(locale, "talent.stage", t -> label(locale, "enum.Stage.", t.stage())),
                column(locale, "talent.liaison", TalentJson::liaisonName),
                column(locale, "talent.notes", TalentJson::notes));
        return Spreadsheet.xlsx(Messages.text(locale, "talent.list.title"), columns, rows);
    }

    private static Column<TalentJson> column(Locale locale, String key, java.util.function.Function<TalentJson, Object> value) {
        return new Column<>(Messages.text(locale, key), value);
    }

    private static String label(Locale locale, String prefix, String code) {
        return code == null ? null : Messages.text(locale, prefix + code);
    }
}
