package cn.wulian.liancai.talent.entity;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.TestClock;
import java.time.Clock;
import java.util.List;

/** Test data: a talent's details with only a name and a stage set, and one method per field to change. */
public final class TalentBuilder {

    private String name;
    private Gender gender;
    private Integer birthYear;
    private Township township;
    private String village;
    private Degree degree;
    private String school;
    private String major;
    private Integer graduationYear;
    private String city;
    private String employer;
    private String title;
    private List<String> expertise = List.of();
    private String phone;
    private String email;
    private String wechat;
    private Stage stage = Stage.IDENTIFIED;
    private Account liaison;
    private Talent referrer;
    private String referrerName;
    private String notes;
    private java.time.LocalDate returnedOn;

    private TalentBuilder(String name) {
        this.name = name;
    }

    public static TalentBuilder talent(String name) {
        return new TalentBuilder(name);
    }

    public TalentBuilder name(String v) { name = v; return this; }
    public TalentBuilder gender(Gender v) { gender = v; return this; }
    public TalentBuilder birthYear(Integer v) { birthYear = v; return this; }
    public TalentBuilder township(Township v) { township = v; return this; }
    public TalentBuilder village(String v) { village = v; return this; }
    public TalentBuilder degree(Degree v) { degree = v; return this; }
    public TalentBuilder school(String v) { school = v; return this; }
    public TalentBuilder major(String v) { major = v; return this; }
    public TalentBuilder graduationYear(Integer v) { graduationYear = v; return this; }
    public TalentBuilder city(String v) { city = v; return this; }
    public TalentBuilder employer(String v) { employer = v; return this; }
    public TalentBuilder title(String v) { title = v; return this; }
    public TalentBuilder expertise(String... v) { expertise = List.of(v); return this; }
    public TalentBuilder expertise(List<String> v) { expertise = v; return this; }
    public TalentBuilder phone(String v) { phone = v; return this; }
    public TalentBuilder email(String v) { email = v; return this; }
    public TalentBuilder wechat(String v) { wechat = v; return this; }
    public TalentBuilder stage(Stage v) { stage = v; return this; }
    public TalentBuilder liaison(Account v) { liaison = v; return this; }
    public TalentBuilder referrer(Talent v) { referrer = v; return this; }
    public TalentBuilder referrerName(String v) { referrerName = v; return this; }
    public TalentBuilder notes(String v) { notes = v; return this; }
    public TalentBuilder returnedOn(java.time.LocalDate v) { returnedOn = v; return this; }

    public TalentDetails details() {
        return new TalentDetails(name, gender, birthYear, township, village, degree, school, major, graduationYear,
                city, employer, title, expertise, phone, email, wechat, stage, liaison, referrer, referrerName, notes, returnedOn);
    }

    public Talent build(Clock clock) {
        return new Talent(details(), clock);
    }

    public Talent build() {
        return build(TestClock.CLOCK);
    }
}
