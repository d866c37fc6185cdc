package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.service.control.ServiceFigures;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.export.Spreadsheet.Worksheet;
import cn.wulian.liancai.shared.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Service requests and their figures in spreadsheets, labelled in the reader's language. */
final class ServiceExport {

    private ServiceExport() {
    }

    /** @param names people by the names the pages give them (display names, not user names) */
    static Exportable.Plan<ServiceRequestJson> plan(Locale locale, List<Long> ids, List<CatalogJson.Kind> kinds,
                                                    List<CatalogJson.Department> departments, Function<String, String> names) {
        Map<String, String> kindLabels = new HashMap<>();
        kinds.forEach(k -> kindLabels.put(k.code(), k.label()));
        Map<String, String> departmentLabels = new HashMap<>();
        departments.forEach(d -> departmentLabels.put(d.code(), d.label()));
        List<Column<ServiceRequestJson>> columns = List.of(
                Column.labelled(locale, "service.id", ServiceRequestJson::id),
                Column.labelled(locale, "service.kind", r -> kindLabels.getOrDefault(r.kind(), r.kindName())),
                Column.labelled(locale, "service.subjectKind", r -> Messages.text(locale, "enum.SubjectKind." + r.subjectKind())),
                Column.labelled(locale, "service.subject", ServiceRequestJson::subjectName),
                Column.labelled(locale, "service.platform", ServiceRequestJson::platformName),
                Column.labelled(locale, "service.description", ServiceRequestJson::description),
                Column.labelled(locale, "service.department", r -> r.department() == null ? null
                        : departmentLabels.getOrDefault(r.department(), r.departmentName())),
                Column.labelled(locale, "service.officer", r -> names.apply(r.officer())),
                Column.labelled(locale, "service.status", r -> Messages.text(locale, "enum.ServiceStatus." + r.status())),
                Column.labelled(locale, "service.receivedOn", ServiceRequestJson::receivedOn),
                Column.labelled(locale, "service.targetDays", ServiceRequestJson::targetDays),
                Column.labelled(locale, "service.dueOn", ServiceRequestJson::dueOn),
                Column.labelled(locale, "service.resolvedOn", ServiceRequestJson::resolvedOn),
                Column.labelled(locale, "service.daysToSettle", ServiceRequestJson::daysToSettle),
                Column.labelled(locale, "service.onTime", r -> r.onTime() == null ? null
                        : Messages.text(locale, r.onTime() ? "service.onTime.yes" : "service.onTime.no")),
                Column.labelled(locale, "service.satisfaction", ServiceRequestJson::satisfaction),
                Column.labelled(locale, "service.satisfactionNote", ServiceRequestJson::satisfactionNote));
        return Exportable.Plan.of(Messages.text(locale, "service.list.title"), columns, ids);
    }

    static byte[] figures(ServiceFigures.Figures figures, Locale locale) {
        String all = Messages.text(locale, "service.figures.allDepartments");
        List<Column<ServiceFigures.Row>> byMonth = List.of(
                Column.labelled(locale, "service.department", r -> r.department() == null ? all : r.departmentName()),
                Column.labelled(locale, "service.figures.month", ServiceFigures.Row::month),
                Column.labelled(locale, "service.figures.received", ServiceFigures.Row::received),
                Column.labelled(locale, "service.figures.settled", ServiceFigures.Row::settled),
                Column.labelled(locale, "service.figures.onTime", ServiceFigures.Row::onTime),
                Column.labelled(locale, "service.figures.onTimeRate", ServiceFigures.Row::onTimeRate),
                Column.labelled(locale, "service.figures.medianDays", ServiceFigures.Row::medianDays),
                Column.labelled(locale, "service.figures.satisfaction", ServiceFigures.Row::satisfaction),
                Column.labelled(locale, "service.figures.rated", ServiceFigures.Row::rated));
        List<Column<ServiceFigures.Backlog>> backlog = List.of(
                Column.labelled(locale, "service.department", ServiceFigures.Backlog::departmentName),
                Column.labelled(locale, "service.figures.open", ServiceFigures.Backlog::open),
                Column.labelled(locale, "service.figures.overdue", ServiceFigures.Backlog::overdue),
                Column.labelled(locale, "service.figures.dueSoon", ServiceFigures.Backlog::dueSoon));
        String year = String.valueOf(figures.year());
        return Spreadsheet.xlsx(List.of(
                new Worksheet<>(Messages.text(locale, "service.figures.sheetDepartmentMonth", year), byMonth, figures.rows()),
                new Worksheet<>(Messages.text(locale, "service.figures.sheetDepartment", year), byMonth, figures.departments()),
                new Worksheet<>(Messages.text(locale, "service.figures.sheetMonth", year), byMonth, figures.months()),
                new Worksheet<>(Messages.text(locale, "service.figures.sheetBacklog"), backlog, figures.backlog())));
    }
}
