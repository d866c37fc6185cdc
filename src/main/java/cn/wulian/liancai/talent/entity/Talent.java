package cn.wulian.liancai.talent.entity;

import cn.wulian.liancai.shared.audit.NotAudited;
import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.persistence.StringListConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Lian talent (莲才): a person from Wulian — or tied to it, like a spouse — who studies or works
 * elsewhere and whom the office courts. Personal data (phone, e-mail, WeChat) is kept here and
 * masked at the boundary for callers who do not need it.
 */
@Entity
/** the talents the search index holds: a merged record is a redirect, not a talent of its own */
@NamedQuery(name = Talent.ALL_IDS_AND_VERSIONS, query = "select t.id, t.version from Talent t where t.mergedInto is null")
@NamedQuery(name = Talent.BY_SEED_KEY, query = "select t from Talent t where t.seedKey = :key")
public class Talent {

    public static final String ALL_IDS_AND_VERSIONS = "Talent.idsAndVersions";
    public static final String BY_SEED_KEY = "Talent.bySeedKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** the key of the demo row this talent was loaded from; null for talents entered by staff */
    private String seedKey;
    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private Integer birthYear;
    @ManyToOne(fetch = FetchType.LAZY)
    private Township township;
    private String village;
    @Enumerated(EnumType.STRING)
    private Degree degree;
    private String school;
    private String major;
    private Integer graduationYear;
    private String city;
    private String employer;
    private String title;
    @Convert(converter = StringListConverter.class)
    private List<String> expertise = new ArrayList<>();
    private String phone;
    private String email;
    private String wechat;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    /** the day the talent came home (返乡): set with the stage, kept while they are home or inactive */
    private LocalDate returnedOn;
    @ManyToOne(fetch = FetchType.LAZY)
    private Account liaison;
    @ManyToOne(fetch = FetchType.LAZY)
    private Talent referrer;
    private String referrerName;
    private String notes;
    private Instant createdAt;
    @NotAudited
    private Instant updatedAt;
    /** the import this talent came in with; null for talents entered by hand */
    private Long importId;
    /** when the person's identifying data was erased at their request; null while it is held */
    private Instant erasedAt;
    /**
     * The survivor this record was merged into: the record stays as a redirect to it, out of
     * lists, search and duplicate candidates, until the merge is undone.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    private Talent mergedInto;
    // the duplicate keys (DuplicateKeys), derived from the fields above and kept in step by apply: not audited, the fields are
    @NotAudited
    private String nameKey;
    @NotAudited
    private String phoneKey;
    @NotAudited
    private String emailKey;
    @NotAudited
    private String wechatKey;
    @Version
    private long version;

    protected Talent() {
    }

    public Talent(TalentDetails details, Clock clock) {
        apply(details, clock);
        this.createdAt = this.updatedAt;
    }

    /** the seed loader tags demo talents so that loading twice adds nothing */
    public Talent(TalentDetails details, String seedKey, Clock clock) {
        this(details, clock);
        this.seedKey = seedKey;
    }

    /** a demo talent, loaded from its file as an import: tagged with its row's key, so that loading twice adds nothing */
    public static Talent loaded(TalentDetails details, String seedKey, long importId, Clock clock) {
        Talent t = new Talent(details, seedKey, clock);
        t.importId = importId;
        return t;
    }

    /** a talent from a row of an imported file: the same rules as one entered by hand */
    public static Talent imported(TalentDetails details, long importId, Clock clock) {
        Talent t = new Talent(details, clock);
        t.importId = importId;
        return t;
    }

    /** replaces the editable details; the rules are the same as at registration */
    public void revise(TalentDetails details, Clock clock) {
        requireNotErased();
        requireNotMerged();
        apply(details, clock);
    }

    /** the editable details as they are now: what a merge composes the survivor from, and what undo puts back */
    public TalentDetails details() {
        return new TalentDetails(name, gender, birthYear, township, village, degree, school, major, graduationYear, city, employer,
                title, getExpertise(), phone, email, wechat, stage, liaison, referrer, referrerName, notes, returnedOn);
    }

    /** what this record has in common with other records of the same person; null keys for an erased talent */
    public DuplicateKeys duplicateKeys() {
        return new DuplicateKeys(nameKey, phoneKey, emailKey, wechatKey, erasedAt == null ? birthYear : null,
                erasedAt == null && township != null ? township.getId() : null);
    }

    private void keep(DuplicateKeys keys) {
        this.nameKey = keys.nameKey();
        this.phoneKey = keys.phoneKey();
        this.emailKey = keys.emailKey();
        this.wechatKey = keys.wechatKey();
    }

    /**
     * This record is the same person as {@code survivor}, decided by a person: it stays as a
     * redirect. Neither may be erased or merged already.
     */
    public void mergeInto(Talent survivor, Clock clock) {
        checkMergeable(survivor, this);
        this.mergedInto = survivor;
        this.updatedAt = clock.instant();
    }

    /** refuses (naming survivorId or mergedId) the same record twice, an erased record, or one already merged */
    public static void checkMergeable(Talent survivor, Talent merged) {
        if (survivor == null || survivor == merged || (survivor.id != null && survivor.id.equals(merged.id))) {
            throw DomainViolation.of("mergedId", "validation.merge.same");
        }
        for (Talent t : List.of(survivor, merged)) {
            String field = t == survivor ? "survivorId" : "mergedId";
            if (t.erasedAt != null) {
                throw DomainViolation.of(field, "validation.talent.erased");
            }
            if (t.mergedInto != null) {
                throw DomainViolation.of(field, "validation.merge.alreadyMerged", t.mergedInto.getId());
            }
        }
    }

    /** undo of {@link #mergeInto}: the record is its own again */
    public void unmerge(Clock clock) {
        this.mergedInto = null;
        this.updatedAt = clock.instant();
    }

    /**
     * Whether both are the same record, by id: a merge compares the talents that other records
     * name, and an embeddable's reference read from the shared cache need not be the very instance
     * the caller holds.
     */
    public static boolean same(Talent a, Talent b) {
        return a == b || (a != null && b != null && a.id != null && a.id.equals(b.id));
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** refuses any change of a record merged into another: it only redirects to the survivor */
    public void requireNotMerged() {
        if (mergedInto != null) {
            throw DomainViolation.of("name", "validation.talent.merged", mergedInto.getId());
        }
    }

    /**
     * Records (or, with null, removes) the registered talent who introduced this one. The free-text
     * referrer gives way: there is one first referrer.
     */
    public void referredBy(Talent referrer, Clock clock) {
        if (referrer != null) {
            requireNotErased();
            requireNotMerged();
        }
        if (referrer == this) {
            throw DomainViolation.of("otherId", "validation.referrer.self");
        }
        this.referrer = referrer;
        if (referrer != null) {
            this.referrerName = null;
        }
        this.updatedAt = clock.instant();
    }

    /**
     * A new stage, a new liaison, or both (null keeps what is there), as a batch from the list sets
     * them: the same rules as the same fields changed on the form (a liaison is office staff; an
     * erased or merged record takes no change).
     */
    public void reassign(Stage newStage, Account newLiaison, Clock clock) {
        requireNotErased();
        requireNotMerged();
        if (newLiaison != null && !newLiaison.isStaff()) {
            throw DomainViolation.of("liaison", "validation.liaison.notStaff");
        }
        boolean changed = false;
        if (newStage != null && newStage != stage) {
            this.stage = newStage;
            this.returnedOn = returnDay(newStage, null, returnedOn, clock);
            changed = true;
        }
        if (newLiaison != null && (liaison == null || !newLiaison.getId().equals(liaison.getId()))) {
            this.liaison = newLiaison;
            changed = true;
        }
        // a row already as asked is left untouched: no new version, no entry in the trail
        if (changed) {
            this.updatedAt = clock.instant();
        }
    }

    /** A first logged contact means the office is no longer only aware of this person. */
    public void contacted(Clock clock) {
        requireNotErased();
        requireNotMerged();
        if (stage == Stage.IDENTIFIED) {
            stage = Stage.CONTACTED;
            updatedAt = clock.instant();
        }
    }

    /** the earliest birth year taken; the latest is this year (the form's year picker offers the same span) */
    /** how a phone number may be typed: digits with spaces, dashes, dots or brackets, a + before the country code */
    private static final Pattern PHONE_TYPED = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** a mobile (13912345678), a landline with its area code (06335212345), a number abroad (+447946095800) */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0[1-9]\\d{8,10}|\\+[1-9]\\d{6,14}");

    public static final int FIRST_BIRTH_YEAR = 1900;
    /** a day of coming home before this is a typing slip (1890-01-01), whatever the birth year says */
    public static final int FIRST_RETURN_YEAR = 1950;
    /** the earliest graduation year taken */
    public static final int FIRST_GRADUATION_YEAR = 1920;

    /** the latest graduation year taken: a student may be recorded with the year they will graduate */
    public static int lastGraduationYear(int thisYear) {
        return thisYear + 8;
    }

    /**
     * The rules that span fields or need the clock, as field → message key; empty when the details
     * may be applied. The boundary merges these with format errors so every problem is named at once.
     */
    /**
     * A phone number as typed (full-width digits, spaces, dashes, brackets, a +86 or 0086 before a mobile) in the one
     * form the record keeps, so that the form, the API and the import store one number alike and the duplicate check
     * and the mask read it: a mobile as its 11 digits, a landline with its area code (06335212345), a number abroad
     * with its + and country code. Text that is no number comes back as typed, for {@link #problems} to refuse.
     */
    public static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (!PHONE_TYPED.matcher(t).matches()) {
            return t;
        }
        boolean abroad = t.startsWith("+");
        String digits = t.replaceAll("\\D", "");
        if (!abroad && digits.startsWith("00")) {
            abroad = true;
            digits = digits.substring(2);
        }
        if (digits.length() == 13 && digits.startsWith("86") && (abroad || MOBILE.matcher(digits.substring(2)).matches())) {
            return digits.substring(2);
        }
        return abroad ? "+" + digits : digits;
    }

    public static Map<String, String> problems(TalentDetails d, Talent self, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        int thisYear = Year.now(clock).getValue();
        if (d.name() == null || d.name().isBlank()) {
            errors.put("name", "validation.required");
        }
        if (d.stage() == null) {
            errors.put("stage", "validation.required");
        }
        if (d.birthYear() != null && (d.birthYear() < FIRST_BIRTH_YEAR || d.birthYear() > thisYear)) {
            errors.put("birthYear", "validation.birthYear.range");
        }
        if (d.graduationYear() != null) {
            if (d.graduationYear() < FIRST_GRADUATION_YEAR || d.graduationYear() > lastGraduationYear(thisYear)) {
                errors.put("graduationYear", "validation.graduationYear.range");
            } else if (d.birthYear() != null && d.graduationYear() < d.birthYear() + 14) {
                errors.put("graduationYear", "validation.graduationYear.beforeBirth");
            }
        }
        if (d.referrer() != null && self != null && d.referrer() == self) {
            errors.put("referrerId", "validation.referrer.self");
        }
        if (d.referrer() != null && d.referrerName() != null && !d.referrerName().isBlank()) {
            errors.put("referrerName", "validation.referrer.both");
        }
        if (d.liaison() != null && !d.liaison().isStaff()) {
            errors.put("liaison", "validation.liaison.notStaff");
        }
        if (phone(d.phone()) != null && !PHONE.matcher(phone(d.phone())).matches()) {
            errors.put("phone", "validation.phone");
        }
        if (d.returnedOn() != null) {
            if (d.stage() != null && !d.stage().cameHome()) {
                errors.put("returnedOn", "validation.returnedOn.stage");
            } else if (d.returnedOn().isAfter(LocalDate.now(clock))) {
                errors.put("returnedOn", "validation.returnedOn.future");
            } else if (d.returnedOn().getYear() < FIRST_RETURN_YEAR) {
                errors.put("returnedOn", "validation.returnedOn.range");
            } else if (d.birthYear() != null && d.returnedOn().getYear() < d.birthYear() + 14) {
                errors.put("returnedOn", "validation.returnedOn.beforeBirth");
            }
        }
        return errors;
    }

    /**
     * Erasure on the person's request (PIPL): what identifies them — name, contacts, village, the
     * free text of school, major, employer, title, referrer and notes — gives way to a placeholder
     * ({@link #placeholder}); what the programme's figures count (gender, birth year, township,
     * degree, city, expertise, stage) and the records that name this one stay. Once only.
     */
    public void erase(Clock clock) {
        requireNotErased();
        this.name = placeholder(id);
        this.village = null;
        this.school = null;
        this.major = null;
        this.employer = null;
        this.title = null;
        this.phone = null;
        this.email = null;
        this.wechat = null;
        this.referrerName = null;
        this.notes = null;
        keep(new DuplicateKeys(null, null, null, null, null, null));
        this.erasedAt = clock.instant();
        this.updatedAt = erasedAt;
    }

    /** "已注销 #12": the name an erased talent keeps, in every record that shows it */
    public static String placeholder(Long id) {
        return "已注销 #" + id;
    }

    private void requireNotErased() {
        if (erasedAt != null) {
            throw DomainViolation.of("name", "validation.talent.erased");
        }
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private void apply(TalentDetails d, Clock clock) {
        Map<String, String> errors = problems(d, this, clock);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.name = d.name().strip();
        this.gender = d.gender();
        this.birthYear = d.birthYear();
        this.township = d.township();
        this.village = blankToNull(d.village());
        this.degree = d.degree();
        this.school = blankToNull(d.school());
        this.major = blankToNull(d.major());
        this.graduationYear = d.graduationYear();
        this.city = blankToNull(d.city());
        this.employer = blankToNull(d.employer());
        this.title = blankToNull(d.title());
        this.expertise = new ArrayList<>(StringListConverter.normalize(d.expertise()));
        this.phone = phone(d.phone());
        this.email = blankToNull(d.email());
        this.wechat = blankToNull(d.wechat());
        this.returnedOn = returnDay(d.stage(), d.returnedOn(), returnedOn, clock);
        this.stage = d.stage();
        this.liaison = d.liaison();
        this.referrer = d.referrer();
        this.referrerName = blankToNull(d.referrerName());
        this.notes = blankToNull(d.notes());
        keep(DuplicateKeys.of(d));
        this.updatedAt = clock.instant();
    }

    /**
     * The return day a talent has at {@code stage}: the one given, else the one known, else today for
     * a talent who has just come home; none before they came (a stage set back is a correction).
     */
    static LocalDate returnDay(Stage stage, LocalDate given, LocalDate known, Clock clock) {
        if (!stage.cameHome()) {
            return null;
        }
        if (given != null) {
            return given;
        }
        return known != null || stage == Stage.INACTIVE ? known : LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** the hometown as one line: township and village, or the free text for someone from outside the county */
    public String hometown() {
        String t = township == null ? "" : township.getName();
        String v = village == null ? "" : village;
        return (t + " " + v).strip();
    }

    public Long getId() { return id; }
    public String getSeedKey() { return seedKey; }
    public String getName() { return name; }
    public Gender getGender() { return gender; }
    public Integer getBirthYear() { return birthYear; }
    public Township getTownship() { return township; }
    public String getVillage() { return village; }
    public Degree getDegree() { return degree; }
    public String getSchool() { return school; }
    public String getMajor() { return major; }
    public Integer getGraduationYear() { return graduationYear; }
    public String getCity() { return city; }
    public String getEmployer() { return employer; }
    public String getTitle() { return title; }
    public List<String> getExpertise() { return List.copyOf(expertise); }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getWechat() { return wechat; }
    public Stage getStage() { return stage; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public Account getLiaison() { return liaison; }
    public Talent getReferrer() { return referrer; }
    public String getReferrerName() { return referrerName; }
    public String getNotes() { return notes; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getErasedAt() { return erasedAt; }
    public Long getImportId() { return importId; }
    public Talent getMergedInto() { return mergedInto; }
    public long getVersion() { return version; }
}
