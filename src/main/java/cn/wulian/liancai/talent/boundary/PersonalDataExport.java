package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.audit.AuditRow;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.export.Spreadsheet.Worksheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A person's data report as a workbook to hand them: the profile as field and value, then a sheet
 * each for contacts, relations, the records that name them and the audit trail, labelled in the
 * reader's language.
 */
final class PersonalDataExport {

    private PersonalDataExport() {
    }

    static byte[] xlsx(PersonalDataReport report, Locale locale, List<Column<AuditRow>> auditColumns) {
        TalentJson t = report.profile();
        List<Map.Entry<String, Object>> profile = new ArrayList<>();
        field(profile, locale, "talent.name", t.name());
        field(profile, locale, "talent.gender", label(locale, "enum.Gender.", t.gender()));
        field(profile, locale, "talent.birthYear", t.birthYear());
        field(profile, locale, "talent.township", t.township());
        field(profile, locale, "talent.village", t.village());
        field(profile, locale, "talent.degree", label(locale, "enum.Degree.", t.degree()));
        field(profile, locale, "talent.school", t.school());
        field(profile, locale, "talent.major", t.major());
        field(profile, locale, "talent.graduationYear", t.graduationYear());
        field(profile, locale, "talent.city", t.city());
        field(profile, locale, "talent.employer", t.employer());
        field(profile, locale, "talent.title", t.title());
        field(profile, locale, "talent.expertise", t.expertise());
        field(profile, locale, "talent.phone", t.phone());
        field(profile, locale, "talent.email", t.email());
        field(profile, locale, "talent.wechat", t.wechat());
        field(profile, locale, "talent.stage", label(locale, "enum.Stage.", t.stage()));
        field(profile, locale, "talent.returnedOn", t.returnedOn());
        field(profile, locale, "talent.liaison", t.liaisonName());
        field(profile, locale, "talent.referrer", t.referrerTalentName());
        field(profile, locale, "talent.referrerName", t.referrerName());
        field(profile, locale, "talent.notes", t.notes());
        return Spreadsheet.xlsx(List.of(
                new Worksheet<>(Messages.text(locale, "privacy.sheet.profile"), List.of(
                        new Column<Map.Entry<String, Object>>(Messages.text(locale, "privacy.field"), Map.Entry::getKey),
                        new Column<Map.Entry<String, Object>>(Messages.text(locale, "privacy.value"), Map.Entry::getValue)), profile),
                new Worksheet<>(Messages.text(locale, "interaction.title"), List.of(
                        Column.labelled(locale, "interaction.occurredAt", (Function<InteractionJson, Object>) i -> i.occurredAt().toString().replace('T', ' ')),
                        Column.labelled(locale, "interaction.kind", i -> label(locale, "enum.InteractionKind.", i.kind())),
                        Column.labelled(locale, "interaction.place", InteractionJson::place),
                        Column.labelled(locale, "interaction.participants", InteractionJson::participants),
                        Column.labelled(locale, "interaction.summary", InteractionJson::summary),
                        Column.labelled(locale, "interaction.agreedActions", InteractionJson::agreedActions),
                        Column.labelled(locale, "interaction.followUpOn", InteractionJson::followUpOn),
                        Column.labelled(locale, "interaction.recordedBy", InteractionJson::recordedByName)), report.contacts()),
                new Worksheet<>(Messages.text(locale, "relation.title"), List.of(
                        Column.labelled(locale, "relation.kind", (Function<RelationJson, Object>) r -> label(locale, "enum.RelationKind.", r.kind())),
                        Column.labelled(locale, "relation.other", RelationJson::otherName),
                        Column.labelled(locale, "relation.note", RelationJson::note)), report.relations()),
                new Worksheet<>(Messages.text(locale, "privacy.sheet.records"), List.of(
                        Column.labelled(locale, "privacy.recordKind", (Function<Reference, Object>) r -> Messages.text(locale, r.kind().messageKey())),
                        Column.labelled(locale, "privacy.recordName", r -> r.label() + " #" + r.id()),
                        Column.labelled(locale, "privacy.recordRole", r -> r.roleKey() == null ? null : Messages.text(locale, r.roleKey()))),
                        report.records()),
                new Worksheet<>(Messages.text(locale, "audit.title"), auditColumns, report.audit())));
    }

    private static void field(List<Map.Entry<String, Object>> rows, Locale locale, String key, Object value) {
        rows.add(new java.util.AbstractMap.SimpleImmutableEntry<>(Messages.text(locale, key), value));
    }

    private static String label(Locale locale, String prefix, String code) {
        return code == null ? null : Messages.text(locale, prefix + code);
    }
}
