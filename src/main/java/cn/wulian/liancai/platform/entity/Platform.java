package cn.wulian.liancai.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An innovation and entrepreneurship platform (双创平台) that houses returning talents' teams.
 * Its managers see and change only its own teams.
 */
@Entity
@NamedQuery(name = Platform.ALL, query = "select p from Platform p order by p.displayOrder, p.id")
@NamedQuery(name = Platform.BY_CODE, query = "select p from Platform p where p.code = :code")
public class Platform {

    public static final String ALL = "Platform.all";
    public static final String BY_CODE = "Platform.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    private String kind;
    private String address;
    private LocalDate openedOn;
    @Column(name = "area_m2")
    private BigDecimal areaM2;
    private Integer workstations;
    @Column(name = "operator_name")
    private String operator;
    private String description;
    /** the programme's own order of its platforms, from platforms.csv */
    private int displayOrder;
    @Version
    private long version;

    protected Platform() {
    }

    public Platform(String code, String name, String nameEn, String kind, String address, LocalDate openedOn,
                    BigDecimal areaM2, Integer workstations, String operator, String description) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.kind = kind;
        this.address = address;
        this.openedOn = openedOn;
        this.areaM2 = areaM2;
        this.workstations = workstations;
        this.operator = operator;
        this.description = description;
    }

    /** the position in the programme's list of platforms */
    public void placeAt(int order) {
        this.displayOrder = order;
    }

    public int getDisplayOrder() { return displayOrder; }
    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public String getKind() { return kind; }
    public String getAddress() { return address; }
    public LocalDate getOpenedOn() { return openedOn; }
    public BigDecimal getAreaM2() { return areaM2; }
    public Integer getWorkstations() { return workstations; }
    public String getOperator() { return operator; }
    public String getDescription() { return description; }
    public long getVersion() { return version; }

    public String label(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
