package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.service.entity.CalendarDay;
import cn.wulian.liancai.service.entity.Department;
import cn.wulian.liancai.service.entity.ServiceKind;
import cn.wulian.liancai.service.entity.WorkingCalendar;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The service catalogue the office keeps: the kinds of request with their targets, the departments
 * that settle them, and the calendar of holidays and adjusted working days the targets are counted
 * in. Office staff and platform managers read it (a manager files requests); office staff change it.
 * Kinds and departments are retired, never deleted: requests keep naming them.
 */
@ApplicationScoped
@Transactional
public class ServiceCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    public List<CatalogJson.Kind> kinds(Locale locale) {
        user.requireStaffOrManager("the service catalogue is for office staff and platform managers");
        return em.createNamedQuery(ServiceKind.ALL, ServiceKind.class).getResultList().stream().map(k -> json(k, locale)).toList();
    }

    public List<CatalogJson.Department> departments(Locale locale) {
        user.requireStaffOrManager("the service catalogue is for office staff and platform managers");
        return em.createNamedQuery(Department.ALL, Department.class).getResultList().stream().map(d -> json(d, locale)).toList();
    }

    /** the named days of a year (every year when null), in date order */
    public List<CatalogJson.Day> days(Integer year) {
        user.requireStaffOrManager("the service catalogue is for office staff and platform managers");
        return em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList().stream()
                .filter(d -> year == null || d.getDate().getYear() == year)
                .map(d -> new CatalogJson.Day(d.getDate(), d.isWorking(), d.getName())).toList();
    }

    /** the calendar every due day is counted in */
    public WorkingCalendar calendar() {
        return WorkingCalendar.of(em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList());
    }

    public CatalogJson.Kind addKind(CatalogInput.Kind input, Locale locale) {
        requireEditor();
        Department department = input.department() == null || input.department().isBlank() ? null : department(input.department(), "department");
        ServiceKind kind = new ServiceKind(input.code(), input.name(), input.nameEn(), input.targetDays(), department,
                input.displayOrder() == null ? nextOrder("ServiceKind") : input.displayOrder());
        if (kindOrNull(kind.getCode()) != null) {
            throw DomainViolation.of("code", "validation.catalog.codeTaken");
        }
        em.persist(kind);
        em.flush();
        return json(kind, locale);
    }

    public CatalogJson.Kind reviseKind(String code, CatalogInput.Kind input, Locale locale) {
        requireEditor();
        ServiceKind kind = kindOrNull(code);
        if (kind == null) {
            throw new NotFound("service kind", code);
        }
        Versions.check(kind.getVersion(), input.version(), "service kind", code);
        Department department = input.department() == null || input.department().isBlank() ? null : department(input.department(), "department");
        kind.revise(input.name(), input.nameEn(), input.targetDays(), department, input.displayOrder(), input.active());
        Versions.flush(em, "service kind", code);
        return json(kind, locale);
    }

    public CatalogJson.Department addDepartment(CatalogInput.Department input, Locale locale) {
        requireEditor();
        Department department = new Department(input.code(), input.name(), input.nameEn(),
                input.displayOrder() == null ? nextOrder("Department") : input.displayOrder());
        if (departmentOrNull(department.getCode()) != null) {
            throw DomainViolation.of("code", "validation.catalog.codeTaken");
        }
        em.persist(department);
        em.flush();
        return json(department, locale);
    }

    public CatalogJson.Department reviseDepartment(String code, CatalogInput.Department input, Locale locale) {
        requireEditor();
        Department department = departmentOrNull(code);
        if (department == null) {
            throw new NotFound("department", code);
        }
        Versions.check(department.getVersion(), input.version(), "department", code);
        department.revise(input.name(), input.nameEn(), input.displayOrder(), input.active());
        Versions.flush(em, "department", code);
        return json(department, locale);
    }

    /** names a day (or renames it); a day already named is replaced */
    public CatalogJson.Day putDay(LocalDate date, CatalogInput.Day input) {
        requireEditor();
        if (input.working() == null) {
            throw DomainViolation.of("working", "validation.required");
        }
        CalendarDay day = new CalendarDay(date, input.working(), input.name());
        CalendarDay known = em.createNamedQuery(CalendarDay.ON, CalendarDay.class).setParameter("date", date).getResultStream().findFirst().orElse(null);
        if (known != null) {
            em.remove(known);
            em.flush();
        }
        em.persist(day);
        em.flush();
        return new CatalogJson.Day(day.getDate(), day.isWorking(), day.getName());
    }

    /** the day is what its weekday says again; requests already filed keep their due days */
    public void removeDay(LocalDate date) {
        requireEditor();
        CalendarDay known = em.createNamedQuery(CalendarDay.ON, CalendarDay.class).setParameter("date", date).getResultStream().findFirst().orElse(null);
        if (known == null) {
            throw new NotFound("calendar day", date);
        }
        em.remove(known);
    }

    /** refuses anyone who may not change the catalogue: its page is the office's */
    public void putDayAllowed() {
        requireEditor();
    }

    // ---- for the requests

    /** an active or retired department by code; a field error naming {@code field} when there is none */
    Department department(String code, String field) {
        Department d = departmentOrNull(code.strip().toLowerCase(Locale.ROOT));
        if (d == null) {
            throw DomainViolation.of(field, "validation.service.unknownDepartment");
        }
        return d;
    }

    ServiceKind kind(String code, String field) {
        ServiceKind k = code == null || code.isBlank() ? null : kindOrNull(code.strip().toLowerCase(Locale.ROOT));
        if (k == null) {
            throw DomainViolation.of(field, code == null || code.isBlank() ? "validation.required" : "validation.service.unknownKind");
        }
        return k;
    }

    private ServiceKind kindOrNull(String code) {
        return em.createNamedQuery(ServiceKind.BY_CODE, ServiceKind.class).setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private Department departmentOrNull(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private int nextOrder(String entity) {
        Integer most = em.createQuery("select max(e.displayOrder) from " + entity + " e", Integer.class).getSingleResult();
        return most == null ? 1 : most + 1;
    }

    private void requireEditor() {
        user.requireStaff("the service catalogue is kept by the office");
    }

    static CatalogJson.Kind json(ServiceKind k, Locale locale) {
        boolean en = english(locale);
        Department d = k.getDepartment();
        return new CatalogJson.Kind(k.getCode(), k.getName(), k.getNameEn(), k.label(en), k.getTargetDays(), d == null ? null : d.getCode(),
                d == null ? null : d.label(en), k.getDisplayOrder(), k.isActive(), k.getVersion());
    }

    static CatalogJson.Department json(Department d, Locale locale) {
        return new CatalogJson.Department(d.getCode(), d.getName(), d.getNameEn(), d.label(english(locale)), d.getDisplayOrder(), d.isActive(),
                d.getVersion());
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
