package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.shared.rest.Echoes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A team as a platform manager or the office enters it. {@code platform} (a platform code) is
 * chosen by office staff; a manager's teams are always on their own platform, which they may name
 * or leave out (another platform is refused, 403).
 */
@Echoes(TeamJson.class)
public record TeamInput(
        @NotBlank(message = "validation.required") @Size(max = 80, message = "validation.size80") String name,
        String platform,
        Long leaderId,
        @Size(max = 40, message = "validation.size40") String field,
        LocalDate foundedOn,
        Integer headcount,
        @Size(max = 120, message = "validation.size120") String companyName,
        String creditCode,
        LocalDate incubationStart,
        LocalDate incubationEnd,
        @Size(max = 2000, message = "validation.size2000") String description,
        @Size(max = 50, message = "validation.team.tooMany") List<@Valid Member> members,
        @Size(max = 200, message = "validation.team.tooMany") List<@Valid Ip> ip,
        @Size(max = 50, message = "validation.team.tooMany") List<@Valid Financing> financing,
        Long version) {

    /** a registered talent by id, or an outside person by name and role */
    public record Member(Long talentId, @Size(max = 40, message = "validation.size40") String name,
                         @Size(max = 40, message = "validation.size40") String outsideRole,
                         @Size(max = 40, message = "validation.size40") String role) {
    }

    public record Ip(String kind, @Size(max = 200, message = "validation.size200") String title,
                     @Size(max = 40, message = "validation.size40") String number, LocalDate grantedOn) {
    }

    public record Financing(LocalDate closedOn, BigDecimal amount,
                            @Size(max = 120, message = "validation.size120") String investor,
                            @Size(max = 40, message = "validation.size40") String round) {
    }
}
