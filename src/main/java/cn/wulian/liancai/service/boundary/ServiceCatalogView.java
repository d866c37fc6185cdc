package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.web.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The office's page for the service catalogue: the kinds of request (target in working days, usual
 * department, offered or retired), the departments, and a year's holidays and adjusted working days.
 * Each row is saved on its own; a new entry is added below its table. Changes apply to requests filed
 * from then on.
 */
@Named
@ViewScoped
public class ServiceCatalogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Clock clock;

    private List<KindRow> kinds;
    private List<DepartmentRow> departments;
    private List<CatalogJson.Day> days;
    private Integer year;
    private final KindRow newKind = new KindRow();
    private final DepartmentRow newDepartment = new DepartmentRow();
    private LocalDate newDate;
    private String newDayName;

    /** a kind as its row edits it */
    public static class KindRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String name;
        String nameEn;
        Integer targetDays;
        String department;
        Integer displayOrder;
        boolean active = true;
        Long version;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public Integer getTargetDays() { return targetDays; }
        public void setTargetDays(Integer targetDays) { this.targetDays = targetDays; }
        public String getDepartment() { return department; }
        public void setDepartment(String department) { this.department = department; }
        public Integer getDisplayOrder() { return displayOrder; }
        public void setDisplayOrder(Integer displayOrder) { this.displayOrder = displayOrder; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }

        CatalogInput.Kind input() {
            return new CatalogInput.Kind(code, name, nameEn, targetDays, department, displayOrder, active, version);
        }
    }

    /** a department as its row edits it */
    public static class DepartmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String name;
        String nameEn;
        Integer displayOrder;
        boolean active = true;
        Long version;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public Integer getDisplayOrder() { return displayOrder; }
        public void setDisplayOrder(Integer displayOrder) { this.displayOrder = displayOrder; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }

        CatalogInput.Department input() {
            return new CatalogInput.Department(code, name, nameEn, displayOrder, active, version);
        }
    }

    public void load() {
        if (kinds == null) {
            int now = LocalDate.now(clock).getYear();
            if (year == null || year < now - 5 || year > now + 2) {
                year = now;
            }
            // office staff only: the facade's refusal is the 403 page
            catalog.putDayAllowed();
            refresh();
        }
    }

    private void refresh() {
        Locale locale = locale();
        kinds = new ArrayList<>();
        for (CatalogJson.Kind k : catalog.kinds(locale)) {
            KindRow r = new KindRow();
            r.code = k.code();
            r.name = k.name();
            r.nameEn = k.nameEn();
            r.targetDays = k.targetDays();
            r.department = k.department();
            r.displayOrder = k.displayOrder();
            r.active = k.active();
            r.version = k.version();
            kinds.add(r);
        }
        departments = new ArrayList<>();
        for (CatalogJson.Department d : catalog.departments(locale)) {
            DepartmentRow r = new DepartmentRow();
            r.code = d.code();
            r.name = d.name();
            r.nameEn = d.nameEn();
            r.displayOrder = d.displayOrder();
            r.active = d.active();
            r.version = d.version();
            departments.add(r);
        }
        days = catalog.days(year);
    }

    public void saveKind(KindRow row) {
        run("kinds", () -> catalog.reviseKind(row.code, row.input(), locale()), "service.catalog.saved");
    }

    public void addKind() {
        if (run("addKind", () -> catalog.addKind(newKind.input(), locale()), "service.catalog.added")) {
            newKind.code = null;
            newKind.name = null;
            newKind.nameEn = null;
            newKind.targetDays = null;
            newKind.department = null;
        }
    }

    public void saveDepartment(DepartmentRow row) {
        run("departments", () -> catalog.reviseDepartment(row.code, row.input(), locale()), "service.catalog.saved");
    }

    public void addDepartment() {
        if (run("addDepartment", () -> catalog.addDepartment(newDepartment.input(), locale()), "service.catalog.added")) {
            newDepartment.code = null;
            newDepartment.name = null;
            newDepartment.nameEn = null;
        }
    }

    /** names the date: a holiday when it is a weekday, a worked day when it falls on a weekend */
    public void addDay() {
        if (newDate == null) {
            FacesErrors.show(DomainViolation.of("date", "validation.required"), "addDay");
            return;
        }
        boolean weekend = Set.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY).contains(newDate.getDayOfWeek());
        if (run("addDay", () -> catalog.putDay(newDate, new CatalogInput.Day(newDate, weekend, newDayName)), "service.catalog.added")) {
            year = newDate.getYear();
            newDate = null;
            newDayName = null;
            days = catalog.days(year);
        }
    }

    public void removeDay(LocalDate date) {
        run("days", () -> {
            catalog.removeDay(date);
            return date;
        }, "service.catalog.removed");
    }

    public void pickYear() {
        days = catalog.days(year);
    }

    private boolean run(String formId, java.util.function.Supplier<?> change, String doneKey) {
        try {
            change.get();
            FacesErrors.info(doneKey);
            refresh();
            return true;
        } catch (DomainViolation e) {
            FacesErrors.show(e, formId);
        } catch (StaleVersion | NotFound e) {
            FacesErrors.error("service.stale");
            refresh();
        }
        return false;
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(-5, 2).mapToObj(i -> now + i).toList();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<KindRow> getKinds() { return kinds; }
    public List<DepartmentRow> getDepartments() { return departments; }
    public List<CatalogJson.Day> getDays() { return days; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public KindRow getNewKind() { return newKind; }
    public DepartmentRow getNewDepartment() { return newDepartment; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public String getNewDayName() { return newDayName; }
    public void setNewDayName(String newDayName) { this.newDayName = newDayName; }
}
