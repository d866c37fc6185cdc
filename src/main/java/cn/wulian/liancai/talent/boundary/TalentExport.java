package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The talent list's columns in a spreadsheet, labelled in the reader's language; personal data as
 * the reader may see it, and the internal notes' column only for a reader who may read them (an
 * empty column would still tell that the office keeps notes).
 */
final class TalentExport {

    private TalentExport() {
    }

    static Exportable.Plan<TalentJson> plan(Locale locale, boolean withNotes, List<Long> ids) {
        List<Column<TalentJson>> columns = new ArrayList<>(List.of(
                Column.labelled(locale, "talent.name", TalentJson::name),
                Column.labelled(locale, "talent.gender", t -> label(locale, "enum.Gender.", t.gender())),
                Column.labelled(locale, "talent.birthYear", TalentJson::birthYear),
                Column.labelled(locale, "talent.township", TalentJson::township),
                Column.labelled(locale, "talent.village", TalentJson::village),
                Column.labelled(locale, "talent.degree", t -> label(locale, "enum.Degree.", t.degree())),
                Column.labelled(locale, "talent.school", TalentJson::school),
                Column.labelled(locale, "talent.major", TalentJson::major),
                Column.labelled(locale, "talent.graduationYear", TalentJson::graduationYear),
                Column.labelled(locale, "talent.city", TalentJson::city),
                Column.labelled(locale, "talent.employer", TalentJson::employer),
                Column.labelled(locale, "talent.title", TalentJson::title),
                Column.labelled(locale, "talent.expertise", TalentJson::expertise),
                Column.labelled(locale, "talent.phone", TalentJson::phone),
                Column.labelled(locale, "talent.email", TalentJson::email),
                Column.labelled(locale, "talent.wechat", TalentJson::wechat),
                Column.labelled(locale, "talent.stage", t -> label(locale, "enum.Stage.", t.stage())),
                Column.labelled(locale, "talent.returnedOn", TalentJson::returnedOn),
                Column.labelled(locale, "talent.liaison", TalentJson::liaisonName)));
        if (withNotes) {
            columns.add(Column.labelled(locale, "talent.notes", TalentJson::notes));
        }
        return Exportable.Plan.of(Messages.text(locale, "talent.list.title"), columns, ids);
    }


    private static String label(Locale locale, String prefix, String code) {
        return code == null ? null : Messages.text(locale, prefix + code);
    }
}
