package cn.wulian.liancai.platform.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The platform form's fields as typed. {@link #toInput} makes the same {@link PlatformInput} the
 * REST API receives, so the facade stays the only judge; the version read travels with the form.
 */
public class PlatformForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String nameEn;
    private String kind;
    private String address;
    private LocalDate openedOn;
    private BigDecimal areaM2;
    private Integer workstations;
    private String operator;
    private String description;
    private Long version;

    public PlatformForm() {
    }

    /** a stored platform, to be edited */
    static PlatformForm of(PlatformJson p) {
        PlatformForm f = new PlatformForm();
        f.code = p.code();
        f.name = p.name();
        f.nameEn = p.nameEn();
        f.kind = p.kind();
        f.address = p.address();
        f.openedOn = p.openedOn();
        f.areaM2 = p.areaM2() == null ? null : new BigDecimal(p.areaM2().stripTrailingZeros().toPlainString()); // 3600, not 3600.00
        f.workstations = p.workstations();
        f.operator = p.operator();
        f.description = p.description();
        f.version = p.version();
        return f;
    }

    PlatformInput toInput() {
        return new PlatformInput(code, name, nameEn, kind, address, openedOn, areaM2, workstations, operator, description, version);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate openedOn) { this.openedOn = openedOn; }
    public BigDecimal getAreaM2() { return areaM2; }
    public void setAreaM2(BigDecimal areaM2) { this.areaM2 = areaM2; }
    public Integer getWorkstations() { return workstations; }
    public void setWorkstations(Integer workstations) { this.workstations = workstations; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
