package cn.wulian.liancai.platform.entity;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An innovation and entrepreneurship platform (双创平台) that houses returning talents' teams.
 * Its managers see and change only its own teams; office staff create and edit platforms, and the
 * platform guards its own rules (a name, sizes that fit, no negative area or workstations, no
 * opening date in the far future).
 */
@Entity
@NamedQuery(name = Platform.ALL, query = "select p from Platform p order by p.displayOrder, p.id")
@NamedQuery(name = Platform.BY_CODE, query = "select p from Platform p where p.code = :code")
public class Platform {

    public static final String ALL = "Platform.all";
    public static final String BY_CODE = "Platform.byCode";
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,19}");
    /** an opening date before this is a typing mistake (a platform may have opened long before it joined the programme in 2018) */
    static final int EARLIEST_YEAR = 1950;
    /** a platform being built may be entered before it opens, but not for a date further ahead than this */
    static final int YEARS_AHEAD = 3;
    static final BigDecimal MAX_AREA = new BigDecimal("9999999999.99");
    static final int MAX_WORKSTATIONS = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    /** the programme's word for the kind ({@link PlatformKind#term()}), as platforms.csv and older rows have it */
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

    /**
     * A new platform. The code (lower-case letters, digits and hyphens, from a letter) names it in
     * addresses, in the rules of policies and in platforms.csv, so it never changes afterwards.
     */
    public Platform(String code, PlatformDetails details, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.put("code", "validation.platform.code");
        }
        errors.putAll(problems(details, clock));
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.code = code;
        apply(details);
    }

    /** a platform as platforms.csv gives it: the kind as the programme's word (众创空间, 孵化器 …), dates checked against today */
    public Platform(String code, String name, String nameEn, String kind, String address, LocalDate openedOn,
                    BigDecimal areaM2, Integer workstations, String operator, String description) {
        this(code, new PlatformDetails(name, nameEn, kindOf(kind), address, openedOn, areaM2, workstations, operator, description),
                Clock.systemDefaultZone());
    }

    private static PlatformKind kindOf(String word) {
        PlatformKind kind = PlatformKind.of(word);
        if (kind == null && word != null && !word.isBlank()) {
            throw DomainViolation.of("kind", "validation.choice");
        }
        return kind;
    }

    /** new names, kind, address, figures or description; the code stays */
    public void revise(PlatformDetails details, Clock clock) {
        Map<String, String> errors = problems(details, clock);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        apply(details);
    }

    /**
     * The rules of a platform's details, as field → message key, every field at once. Whether the
     * name is already another platform's is the facade's to ask (and the database's unique key's
     * to decide in a race).
     */
    public static Map<String, String> problems(PlatformDetails d, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d == null) {
            errors.put("name", "validation.required");
            return errors;
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.put("name", "validation.required");
        } else if (d.name().strip().length() > 80) {
            errors.put("name", "validation.size80");
        }
        tooLong(errors, "nameEn", d.nameEn(), 120);
        tooLong(errors, "address", d.address(), 200);
        tooLong(errors, "operator", d.operator(), 120);
        tooLong(errors, "description", d.description(), 2000);
        if (d.openedOn() != null && (d.openedOn().getYear() < EARLIEST_YEAR
                || d.openedOn().isAfter(LocalDate.now(clock).plusYears(YEARS_AHEAD)))) {
            errors.put("openedOn", "validation.platform.openedOn");
        }
        // DECIMAL(12,2): square metres to the hundredth, below ten thousand million
        if (d.areaM2() != null && (d.areaM2().signum() < 0 || d.areaM2().compareTo(MAX_AREA) > 0
                || d.areaM2().stripTrailingZeros().scale() > 2)) {
            errors.put("areaM2", "validation.platform.area");
        }
        if (d.workstations() != null && (d.workstations() < 0 || d.workstations() > MAX_WORKSTATIONS)) {
            errors.put("workstations", "validation.platform.workstations");
        }
        return errors;
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, "validation.size" + max);
        }
    }

    private void apply(PlatformDetails d) {
        this.name = d.name().strip();
        this.nameEn = blank(d.nameEn());
        this.kind = d.kind() == null ? null : d.kind().term();
        this.address = blank(d.address());
        this.openedOn = d.openedOn();
        this.areaM2 = d.areaM2() == null ? null : d.areaM2().setScale(2); // as the DECIMAL(12,2) column gives it back, so that a saved platform reads the same before and after
        this.workstations = d.workstations();
        this.operator = blank(d.operator());
        this.description = blank(d.description());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
    public PlatformKind getKind() { return PlatformKind.of(kind); }
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
