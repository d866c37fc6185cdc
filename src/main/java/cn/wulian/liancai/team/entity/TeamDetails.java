package cn.wulian.liancai.team.entity;

import cn.wulian.liancai.talent.entity.Talent;
import java.time.LocalDate;
import java.util.List;

/** What the platform manager or the office edits about a team, references resolved. */
public record TeamDetails(
        String name, Talent leader, String field, LocalDate foundedOn, Integer headcount,
        String companyName, String creditCode, LocalDate incubationStart, LocalDate incubationEnd,
        String description, List<TeamMember> members, List<IpItem> ip, List<FinancingRound> financing) {
}
