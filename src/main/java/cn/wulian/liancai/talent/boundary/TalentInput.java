package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.rest.Echoes;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A talent as the office enters it, through the form or as JSON. Enumerations and references
 * arrive as text and are checked by the facade, so that a wrong value is reported against its
 * field instead of failing the whole request. Messages are keys of the {@code messages} bundle.
 */
@Echoes(TalentJson.class)
public record TalentInput(
        @NotBlank(message = "validation.required") @Size(max = 40, message = "validation.size40") String name,
        @Pattern(regexp = "[MF]", message = "validation.gender") String gender,
        Integer birthYear,
        String township,
        @Size(max = 100, message = "validation.size100") String village,
        String degree,
        @Size(max = 100, message = "validation.size100") String school,
        @Size(max = 100, message = "validation.size100") String major,
        Integer graduationYear,
        @Size(max = 60, message = "validation.size60") String city,
        @Size(max = 120, message = "validation.size120") String employer,
        @Size(max = 60, message = "validation.size60") String title,
        @Size(max = 12, message = "validation.expertise.count") List<@Size(max = 30, message = "validation.expertise.size") String> expertise,
        @Pattern(regexp = "(\\+?[0-9][0-9 -]{5,17}[0-9])?", message = "validation.phone") String phone,
        // an address needs a dot in its domain (a@b was taken), as an account's does; empty is no address
        @Email(regexp = "|[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+", message = "validation.email") @Size(max = 120, message = "validation.size120") String email,
        @Pattern(regexp = "([A-Za-z][A-Za-z0-9_-]{5,19}|1[3-9][0-9]{9})?", message = "validation.wechat") String wechat,
        String stage,
        String liaison,
        Long referrerId,
        @Size(max = 80, message = "validation.size80") String referrerName,
        @Size(max = 2000, message = "validation.size2000") String notes,
        LocalDate returnedOn,
        Long version) {
}
