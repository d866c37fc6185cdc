package cn.wulian.liancai.team.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentDetails;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamWorkflowTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Platform FATONG = new Platform("fatong", "法桐小院", null, "众创空间", null, null, null, 40, null, null);
    static final Talent LEADER = new Talent(new TalentDetails("孙志刚", null, 1985, null, null, null, null, null, null, null, null, null,
            List.of(), null, null, null, Stage.ENGAGED, null, null, null, null, null), CLOCK);

    static TeamDetails details(Talent leader, LocalDate start, LocalDate end) {
        return new TeamDetails("石材智能切割团队", leader, "高端装备", LocalDate.of(2024, 3, 1), 8, "五莲县莲创石材科技有限公司",
                "91110000802100433B", start, end, null, List.of(), List.of(), List.of());
    }

    static Team draft() {
        return new Team(FATONG, details(LEADER, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)), CLOCK);
    }

    @Test
    void aTeamWalksTheWholeWayAndEveryStepIsRecorded() {
        Team team = draft();
        assertEquals(TeamStatus.DRAFT, team.getStatus());
        TeamTransition submitted = team.take(TeamAction.SUBMIT, "mgr-fatong", true, null, CLOCK);
        assertEquals(TeamStatus.DRAFT, submitted.getFrom());
        assertEquals(TeamStatus.SUBMITTED, submitted.getTo());
        assertEquals("mgr-fatong", submitted.getBy());
        assertNull(submitted.getReason());
        team.take(TeamAction.RETURN, "office", false, "缺少营业执照", CLOCK);
        assertEquals(TeamStatus.RETURNED, team.getStatus());
        team.take(TeamAction.SUBMIT, "mgr-fatong", true, null, CLOCK);
        team.take(TeamAction.APPROVE, "office", false, null, CLOCK);
        team.take(TeamAction.START, "mgr-fatong", true, null, CLOCK);
        assertEquals(TeamStatus.INCUBATING, team.getStatus());
        TeamTransition graduated = team.take(TeamAction.GRADUATE, "office", false, "  提前毕业  ", CLOCK);
        assertEquals(TeamStatus.GRADUATED, team.getStatus());
        assertEquals("提前毕业", graduated.getReason());
    }

    /** every step from every status: legal exactly where the workflow says, refused without a change elsewhere */
    @ParameterizedTest
    @EnumSource(TeamAction.class)
    void onlyLegalStepsAreTaken(TeamAction action) {
        for (TeamStatus status : TeamStatus.values()) {
            Team team = new Team(FATONG, details(LEADER, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)), "K", status, CLOCK);
            if (action.allowedFrom(status)) {
                team.take(action, "office", false, "理由", CLOCK);
                assertEquals(action.to(), team.getStatus());
            } else {
                DomainViolation refused = assertThrows(DomainViolation.class, () -> team.take(action, "office", false, "理由", CLOCK));
                assertEquals("validation.team.illegalStep", refused.fieldKeys().get("action"));
                assertEquals(status, team.getStatus(), "unchanged");
            }
        }
    }

    @Test
    void legalStepsAreExactlyTheDocumentedOnes() {
        assertEquals(EnumSet.of(TeamStatus.DRAFT, TeamStatus.RETURNED), from(TeamAction.SUBMIT));
        assertEquals(EnumSet.of(TeamStatus.SUBMITTED), from(TeamAction.APPROVE));
        assertEquals(EnumSet.of(TeamStatus.SUBMITTED), from(TeamAction.RETURN));
        assertEquals(EnumSet.of(TeamStatus.APPROVED), from(TeamAction.START));
        assertEquals(EnumSet.of(TeamStatus.INCUBATING), from(TeamAction.GRADUATE));
        assertEquals(EnumSet.of(TeamStatus.INCUBATING), from(TeamAction.EXIT));
    }

    private static EnumSet<TeamStatus> from(TeamAction action) {
        EnumSet<TeamStatus> from = EnumSet.noneOf(TeamStatus.class);
        for (TeamStatus s : TeamStatus.values()) {
            if (action.allowedFrom(s)) {
                from.add(s);
            }
        }
        return from;
    }

    @Test
    void managersCannotApproveReturnOrGraduate() {
        for (TeamAction officeOnly : List.of(TeamAction.APPROVE, TeamAction.RETURN, TeamAction.GRADUATE)) {
            TeamStatus status = officeOnly == TeamAction.GRADUATE ? TeamStatus.INCUBATING : TeamStatus.SUBMITTED;
            Team team = new Team(FATONG, details(LEADER, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)), "K", status, CLOCK);
            DomainViolation refused = assertThrows(DomainViolation.class, () -> team.take(officeOnly, "mgr-fatong", true, "理由", CLOCK));
            assertEquals("validation.team.officeOnly", refused.fieldKeys().get("action"));
            assertEquals(status, team.getStatus());
        }
    }

    @Test
    void returningAndExitingNeedAReason() {
        Team submitted = new Team(FATONG, details(LEADER, null, null), "K", TeamStatus.SUBMITTED, CLOCK);
        assertEquals("validation.team.reasonRequired",
                assertThrows(DomainViolation.class, () -> submitted.take(TeamAction.RETURN, "office", false, "  ", CLOCK)).fieldKeys().get("reason"));
        Team incubating = new Team(FATONG, details(LEADER, null, null), "K", TeamStatus.INCUBATING, CLOCK);
        assertEquals("validation.team.reasonRequired",
                assertThrows(DomainViolation.class, () -> incubating.take(TeamAction.EXIT, "office", false, null, CLOCK)).fieldKeys().get("reason"));
    }

    @Test
    void submittingNeedsALeaderAndStartingNeedsTheAgreement() {
        Team noLeader = new Team(FATONG, details(null, null, null), CLOCK);
        assertTrue(assertThrows(DomainViolation.class, () -> noLeader.take(TeamAction.SUBMIT, "office", false, null, CLOCK))
                .fieldKeys().containsKey("leaderId"));
        Team approved = new Team(FATONG, details(LEADER, null, null), "K", TeamStatus.APPROVED, CLOCK);
        assertTrue(assertThrows(DomainViolation.class, () -> approved.take(TeamAction.START, "office", false, null, CLOCK))
                .fieldKeys().containsKey("incubationStart"));
    }

    @Test
    void detailsAreCheckedAllAtOnce() {
        TeamDetails bad = new TeamDetails(" ", null, null, LocalDate.of(2030, 1, 1), 0, null, "91110000802100433C",
                LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), null, List.of(new TeamMember(null, " ", null, null)), List.of(),
                List.of(new FinancingRound(LocalDate.of(2025, 1, 1), BigDecimal.ZERO, "某基金", "天使轮")));
        DomainViolation refused = assertThrows(DomainViolation.class, () -> new Team(FATONG, bad, CLOCK));
        assertEquals(java.util.Set.of("name", "creditCode", "headcount", "foundedOn", "incubationEnd", "financing", "members"),
                refused.fieldKeys().keySet());
    }

    @Test
    void financingIsSummedExactly() {
        Team team = new Team(FATONG, new TeamDetails("团队", LEADER, null, null, null, null, null, null, null, null, List.of(), List.of(),
                List.of(new FinancingRound(LocalDate.of(2025, 1, 1), new BigDecimal("0.10"), "甲", null),
                        new FinancingRound(LocalDate.of(2025, 2, 1), new BigDecimal("0.20"), "乙", null))), CLOCK);
        assertEquals(new BigDecimal("0.30"), team.financingTotal());
    }
}
