package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.export.Spreadsheet.Worksheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.support.control.SupportReport;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Applications and the support report in spreadsheets, labelled in the reader's language. */
final class ApplicationExport {

    private ApplicationExport() {
    }

    /**
     * @param zone  the office's time zone, in which times are shown
     * @param names people by the names the pages give them (display names, not user names)
     */
    static Exportable.Plan<ApplicationJson> plan(Locale locale, List<Long> ids, ZoneId zone, Function<String, String> names) {
        List<Column<ApplicationJson>> columns = List.of(
                Column.labelled(locale, "application.id", ApplicationJson::id),
                Column.labelled(locale, "application.policy", ApplicationJson::policyName),
                Column.labelled(locale, "application.policyVersion", ApplicationJson::policyVersion),
                Column.labelled(locale, "application.subjectKind", a -> Messages.text(locale, "enum.SubjectKind." + a.subjectKind())),
                Column.labelled(locale, "application.subject", ApplicationJson::subjectName),
                Column.labelled(locale, "application.platform", ApplicationJson::platformName),
                Column.labelled(locale, "application.status", a -> Messages.text(locale, "enum.ApplicationStatus." + a.status())),
                Column.labelled(locale, "application.unit", a -> Messages.text(locale, "policy.unitName." + a.benefitKind())),
                Column.labelled(locale, "application.requestedAmount", ApplicationJson::requestedAmount),
                Column.labelled(locale, "application.approvedAmount", ApplicationJson::approvedAmount),
                Column.labelled(locale, "application.disbursed", ApplicationJson::disbursed),
                Column.labelled(locale, "application.budgetYear", ApplicationJson::budgetYear),
                Column.labelled(locale, "application.submittedAt", a -> Spreadsheet.minutes(a.submittedAt(), zone)),
                Column.labelled(locale, "application.submittedBy", a -> names.apply(a.submittedBy())),
                Column.labelled(locale, "application.decidedAt", a -> Spreadsheet.minutes(a.decidedAt(), zone)),
                Column.labelled(locale, "application.decidedBy", a -> names.apply(a.decidedBy())),
                Column.labelled(locale, "application.conditions", ApplicationJson::conditions),
                Column.labelled(locale, "application.reason", ApplicationJson::reason));
        return Exportable.Plan.of(Messages.text(locale, "application.list.title"), columns, ids);
    }

    static byte[] report(SupportReport.Report report, Locale locale) {
        List<Column<SupportReport.PolicyRow>> policies = List.of(
                Column.labelled(locale, "application.policy", SupportReport.PolicyRow::name),
                Column.labelled(locale, "application.unit", p -> Messages.text(locale, "policy.unitName." + p.benefitKind())),
                Column.labelled(locale, "report.applications", SupportReport.PolicyRow::applications),
                Column.labelled(locale, "report.pending", SupportReport.PolicyRow::pending),
                Column.labelled(locale, "report.approved", SupportReport.PolicyRow::approved),
                Column.labelled(locale, "report.rejected", SupportReport.PolicyRow::rejected),
                Column.labelled(locale, "report.approvedAmount", SupportReport.PolicyRow::approvedAmount),
                Column.labelled(locale, "report.disbursed", SupportReport.PolicyRow::disbursed),
                Column.labelled(locale, "report.budget", SupportReport.PolicyRow::budget),
                Column.labelled(locale, "report.committed", SupportReport.PolicyRow::committed),
                Column.labelled(locale, "report.left", SupportReport.PolicyRow::left));
        List<Column<SupportReport.PlatformRow>> platforms = List.of(
                Column.labelled(locale, "application.platform",
                        p -> p.platformName() == null ? Messages.text(locale, "report.noPlatform") : p.platformName()),
                Column.labelled(locale, "report.applications", SupportReport.PlatformRow::applications),
                Column.labelled(locale, "report.pending", SupportReport.PlatformRow::pending),
                Column.labelled(locale, "report.approved", SupportReport.PlatformRow::approved),
                Column.labelled(locale, "report.rejected", SupportReport.PlatformRow::rejected),
                Column.labelled(locale, "report.cashApproved", SupportReport.PlatformRow::cashApproved),
                Column.labelled(locale, "report.cashDisbursed", SupportReport.PlatformRow::cashDisbursed));
        List<Column<SupportReport.YearRow>> years = List.of(
                Column.labelled(locale, "report.year", SupportReport.YearRow::year),
                Column.labelled(locale, "report.applications", SupportReport.YearRow::applications),
                Column.labelled(locale, "report.approved", SupportReport.YearRow::approved),
                Column.labelled(locale, "report.rejected", SupportReport.YearRow::rejected),
                Column.labelled(locale, "report.cashApproved", SupportReport.YearRow::cashApproved),
                Column.labelled(locale, "report.cashDisbursed", SupportReport.YearRow::cashDisbursed));
        return Spreadsheet.xlsx(List.of(
                new Worksheet<>(Messages.text(locale, "report.byPolicy", String.valueOf(report.year())), policies, report.policies()),
                new Worksheet<>(Messages.text(locale, "report.byPlatform", String.valueOf(report.year())), platforms, report.platforms()),
                new Worksheet<>(Messages.text(locale, "report.byYear"), years, report.years())));
    }
}
