package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.web.PickerLabels;
import cn.wulian.liancai.shared.persistence.StringListConverter;
import java.io.Serializable;

/**
 * The edit form's state. Pages bind to text and numbers; {@link #toInput()} makes the same
 * {@link TalentInput} the REST API receives, so both are validated by one path.
 */
public class TalentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String gender;
    private Integer birthYear;
    private String township;
    private String village;
    private String degree;
    private String school;
    private String major;
    private Integer graduationYear;
    private String city;
    private String employer;
    private String title;
    private String expertise;
    private String phone;
    private String email;
    private String wechat;
    private String stage = "IDENTIFIED";
    private String liaison;
    private String referrer;
    private String referrerName;
    private String notes;
    private java.time.LocalDate returnedOn;
    private Long version;

    public static TalentForm of(TalentJson t) {
        TalentForm f = new TalentForm();
        f.name = t.name();
        f.gender = t.gender();
        f.birthYear = t.birthYear();
        f.township = t.townshipCode();
        f.village = t.village();
        f.degree = t.degree();
        f.school = t.school();
        f.major = t.major();
        f.graduationYear = t.graduationYear();
        f.city = t.city();
        f.employer = t.employer();
        f.title = t.title();
        f.expertise = String.join("；", t.expertise());
        f.phone = t.phone();
        f.email = t.email();
        f.wechat = t.wechat();
        f.stage = t.stage();
        f.liaison = t.liaison();
        f.referrer = t.referrerId() == null ? null : talentLabel(t.referrerTalentName(), t.referrerId());
        f.referrerName = t.referrerName();
        f.notes = t.notes();
        f.returnedOn = t.returnedOn();
        f.version = t.version();
        return f;
    }

    /** how a talent is shown in pickers: "孙志刚 (#12)"; the id is read back from it */
    public static String talentLabel(String name, long id) {
        return PickerLabels.label(name, id);
    }

    /** the id at the end of a picker label, or null when the text names no registered talent */
    public static Long talentId(String label) {
        return PickerLabels.id(label);
    }

    /**
     * No talent has it: a name typed into a talent picker without choosing from its list is sent as
     * this id, so the facade answers "no such talent" beside the picker instead of the name being
     * dropped, or kept as someone else.
     */
    public static final Long UNPICKED = 0L;

    /** the talent a picker holds: null when it is empty, {@link #UNPICKED} when a name was typed and not chosen */
    public static Long picked(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        Long id = talentId(label);
        return id == null ? UNPICKED : id;
    }

    public TalentInput toInput() {
        Long referrerId = talentId(referrer);
        String otherReferrer = referrerName;
        if (referrerId == null && referrer != null && !referrer.isBlank() && (referrerName == null || referrerName.isBlank())) {
            // typed a name that is not in the registry: keep it as a free-text referrer rather than lose it
            otherReferrer = referrer;
        }
        return new TalentInput(name, gender, birthYear, township, village, degree, school, major, graduationYear, city,
                employer, title, StringListConverter.split(expertise), phone, email, wechat, stage, liaison, referrerId,
                otherReferrer, notes, returnedOn, version);
    }

    public java.time.LocalDate getReturnedOn() { return returnedOn; }
    public void setReturnedOn(java.time.LocalDate returnedOn) { this.returnedOn = returnedOn; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getDegree() { return degree; }
    public void setDegree(String degree) { this.degree = degree; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public Integer getGraduationYear() { return graduationYear; }
    public void setGraduationYear(Integer graduationYear) { this.graduationYear = graduationYear; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getExpertise() { return expertise; }
    public void setExpertise(String expertise) { this.expertise = expertise; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWechat() { return wechat; }
    public void setWechat(String wechat) { this.wechat = wechat; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getLiaison() { return liaison; }
    public void setLiaison(String liaison) { this.liaison = liaison; }
    public String getReferrer() { return referrer; }
    public void setReferrer(String referrer) { this.referrer = referrer; }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String referrerName) { this.referrerName = referrerName; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
