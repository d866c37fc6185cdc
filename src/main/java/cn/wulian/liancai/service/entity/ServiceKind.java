package cn.wulian.liancai.service.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind of service request (housing, schooling for children, a job for the spouse, registration
 * and permits, financing …) with its service-level target in working days and the department that
 * usually settles it: the office's data.
 */
@Entity
@Table(name = "service_kind")
@NamedQuery(name = ServiceKind.ALL, query = "select k from ServiceKind k left join fetch k.department order by k.displayOrder, k.id")
@NamedQuery(name = ServiceKind.BY_CODE, query = "select k from ServiceKind k where k.code = :code")
public class ServiceKind extends CatalogEntry {

    public static final String ALL = "ServiceKind.all";
    public static final String BY_CODE = "ServiceKind.byCode";

    /** a year of working days: more is no promise */
    public static final int MAX_TARGET = 250;

    private int targetDays;
    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    protected ServiceKind() {
    }

    public ServiceKind(String code, String name, String nameEn, Integer targetDays, Department department, int displayOrder) {
        this(code, name, nameEn, targetDays, department, displayOrder, new LinkedHashMap<>());
    }

    private ServiceKind(String code, String name, String nameEn, Integer targetDays, Department department, int displayOrder,
                        Map<String, String> errors) {
        super(code, name, nameEn, displayOrder, errors);
        target(targetDays, true, errors);
        refuse(errors);
        this.department = department;
    }

    /** renames the kind, changes its target (for requests filed from now on) or its usual department, retires it */
    public void revise(String name, String nameEn, Integer targetDays, Department department, Integer displayOrder, Boolean active) {
        Map<String, String> errors = new LinkedHashMap<>();
        target(targetDays, false, errors);
        revise(name, nameEn, displayOrder, active, errors);
        refuse(errors);
        if (department != null) {
            this.department = department;
        }
    }

    private void target(Integer days, boolean required, Map<String, String> errors) {
        if (days == null) {
            if (required) {
                errors.put("targetDays", "validation.required");
            }
        } else if (days < 1 || days > MAX_TARGET) {
            errors.put("targetDays", "validation.service.target");
        } else {
            this.targetDays = days;
        }
    }

    public int getTargetDays() { return targetDays; }
    public Department getDepartment() { return department; }
}
