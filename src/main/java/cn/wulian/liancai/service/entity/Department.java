package cn.wulian.liancai.service.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** A county department that settles service requests (住建局, 教体局, 人社局 …): the office's data. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.ALL, query = "select d from Department d order by d.displayOrder, d.id")
@NamedQuery(name = Department.BY_CODE, query = "select d from Department d where d.code = :code")
public class Department extends CatalogEntry {

    public static final String ALL = "Department.all";
    public static final String BY_CODE = "Department.byCode";

    protected Department() {
    }

    public Department(String code, String name, String nameEn, int displayOrder) {
        this(code, name, nameEn, displayOrder, new LinkedHashMap<>());
    }

    private Department(String code, String name, String nameEn, int displayOrder, Map<String, String> errors) {
        super(code, name, nameEn, displayOrder, errors);
        refuse(errors);
    }

    public void revise(String name, String nameEn, Integer displayOrder, Boolean active) {
        Map<String, String> errors = new LinkedHashMap<>();
        revise(name, nameEn, displayOrder, active, errors);
        refuse(errors);
    }
}
