package cn.wulian.liancai.team.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A team as its platform's manager and the office see it; {@code version} goes back on update. */
public record TeamJson(
        long id, String platform, String platformName, String name, Long leaderId, String leaderName,
        String field, LocalDate foundedOn, Integer headcount, String companyName, String creditCode,
        String status, LocalDate incubationStart, LocalDate incubationEnd, String description,
        List<Member> members, List<Ip> ip, List<Financing> financing, BigDecimal financingTotal,
        Instant createdAt, Instant updatedAt, long version) implements Serializable {

    public record Member(Long talentId, String name, String outsideRole, String role) implements Serializable {
    }

    public record Ip(String kind, String title, String number, LocalDate grantedOn) implements Serializable {
    }

    public record Financing(LocalDate closedOn, BigDecimal amount, String investor, String round) implements Serializable {
    }
}
