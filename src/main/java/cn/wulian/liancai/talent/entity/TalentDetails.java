package cn.wulian.liancai.talent.entity;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about a talent that staff edit, with references already resolved. The boundary
 * builds it from the form or the JSON input; {@link Talent} checks the rules that span fields.
 * {@code returnedOn} may be null: a talent who comes home gets today (see {@link Talent#returnDay}).
 */
public record TalentDetails(
        String name, Gender gender, Integer birthYear, Township township, String village,
        Degree degree, String school, String major, Integer graduationYear,
        String city, String employer, String title, List<String> expertise,
        String phone, String email, String wechat, Stage stage,
        Account liaison, Talent referrer, String referrerName, String notes, LocalDate returnedOn) {
}
