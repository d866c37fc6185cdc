package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/** A category of the award (innovation and entrepreneurship, returning investment, public service …), editable reference data. */
@Entity
@NamedQuery(name = AwardCategory.ALL, query = "select c from AwardCategory c order by c.displayOrder, c.id")
public class AwardCategory {

    public static final String ALL = "AwardCategory.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    private String description;
    private int displayOrder;

    protected AwardCategory() {
    }

    public AwardCategory(String code, String name, String nameEn, String description, int displayOrder) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.description = description;
        this.displayOrder = displayOrder;
    }

    /** renames or redescribes the category; its code stays, since cycles name it */
    public void revise(String name, String nameEn, String description) {
        Map<String, String> errors = problems(name, nameEn, description);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.name = name.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public static Map<String, String> problems(String name, String nameEn, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "validation.required");
        } else if (name.strip().length() > 80) {
            errors.put("name", "validation.size80");
        }
        if (nameEn != null && nameEn.strip().length() > 120) {
            errors.put("nameEn", "validation.size120");
        }
        if (description != null && description.strip().length() > 1000) {
            errors.put("description", "validation.size1000");
        }
        return errors;
    }

    public String label(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public String getDescription() { return description; }
    public int getDisplayOrder() { return displayOrder; }
}
