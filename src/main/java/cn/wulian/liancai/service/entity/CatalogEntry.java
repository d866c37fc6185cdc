package cn.wulian.liancai.service.entity;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An entry of the service catalogue that the office edits — a kind of request or a department:
 * a code that requests keep naming (never changed once made), names in both languages, a place in
 * the lists, and whether it is still offered for new requests. An entry that requests name is
 * retired, not deleted.
 */
@MappedSuperclass
public abstract class CatalogEntry {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    private int displayOrder;
    private boolean active;
    @Version
    private long version;

    protected CatalogEntry() {
    }

    protected CatalogEntry(String code, String name, String nameEn, int displayOrder, Map<String, String> errors) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            errors.put("code", "validation.required");
        } else if (!CODE.matcher(c).matches()) {
            errors.put("code", "validation.catalog.code");
        }
        this.code = c;
        this.displayOrder = displayOrder;
        this.active = true;
        name(name, nameEn, errors);
    }

    /** renames the entry, moves it in the lists and offers or retires it; the code stays */
    protected void revise(String name, String nameEn, Integer displayOrder, Boolean active, Map<String, String> errors) {
        name(name, nameEn, errors);
        if (displayOrder != null) {
            if (displayOrder < 0 || displayOrder > 9999) {
                errors.put("displayOrder", "validation.catalog.order");
            } else if (errors.isEmpty()) {
                this.displayOrder = displayOrder;
            }
        }
        if (active != null && errors.isEmpty()) {
            this.active = active;
        }
    }

    private void name(String name, String nameEn, Map<String, String> errors) {
        Map<String, String> mine = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            mine.put("name", "validation.required");
        } else if (name.strip().length() > 80) {
            mine.put("name", "validation.size80");
        }
        if (nameEn != null && nameEn.strip().length() > 120) {
            mine.put("nameEn", "validation.size120");
        }
        errors.putAll(mine);
        if (errors.isEmpty()) {
            this.name = name.strip();
            this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        }
    }

    static void refuse(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
    }

    /** the name in the reader's language; the Chinese one where no English is given */
    public String label(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public int getDisplayOrder() { return displayOrder; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
