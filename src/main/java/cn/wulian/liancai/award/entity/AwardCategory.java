package cn.wulian.liancai.award.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

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
