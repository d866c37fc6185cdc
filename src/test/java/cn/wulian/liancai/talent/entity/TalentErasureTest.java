package cn.wulian.liancai.talent.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.DomainViolation;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Erasure on the person's request: what identifies them goes, what the figures count stays, once only. */
class TalentErasureTest {

    @Test
    void identifyingDataGivesWayToThePlaceholderAndTheFiguresStay() {
        Talent t = talent("厉志远").phone("13912345678").email("li@qq.com").wechat("wx_li").village("高家岭村").school("哈工大")
                .major("材料").employer("华为").title("工程师").notes("家住二中旁").referrerName("王老师").city("青岛").birthYear(1985)
                .expertise("新材料").build();

        t.erase(CLOCK);

        assertAll(
                () -> assertEquals(Talent.placeholder(t.getId()), t.getName()),
                () -> assertNull(t.getPhone()), () -> assertNull(t.getEmail()), () -> assertNull(t.getWechat()),
                () -> assertNull(t.getVillage()), () -> assertNull(t.getSchool()), () -> assertNull(t.getMajor()),
                () -> assertNull(t.getEmployer()), () -> assertNull(t.getTitle()), () -> assertNull(t.getNotes()),
                () -> assertNull(t.getReferrerName()),
                () -> assertEquals("青岛", t.getCity()), () -> assertEquals(1985, t.getBirthYear()),
                () -> assertEquals(List.of("新材料"), t.getExpertise()),
                () -> assertEquals(CLOCK.instant(), t.getErasedAt()), () -> assertTrue(t.isErased()));
    }

    @Test
    void anErasedTalentIsClosedToChangesContactsAndAnotherErasure() {
        Talent t = talent("厉志远").build();
        t.erase(CLOCK);

        assertEquals("name", assertThrows(DomainViolation.class, () -> t.erase(CLOCK)).fieldKeys().keySet().iterator().next());
        assertThrows(DomainViolation.class, () -> t.revise(talent("厉志远").details(), CLOCK));
        assertThrows(DomainViolation.class, () -> new Interaction(t, InteractionKind.CALL, LocalDateTime.now(CLOCK).minusDays(1), null, null,
                "回访", null, null, null, CLOCK));
        assertThrows(DomainViolation.class, () -> t.referredBy(talent("王芳").build(), CLOCK));
        t.referredBy(null, CLOCK); // a referral others recorded may still go
    }

    @Test
    void aContactsFreeTextGivesWayAndItsKindAndDayStay() {
        Talent t = talent("厉志远").build();
        LocalDateTime when = LocalDateTime.now(CLOCK).minusDays(3);
        Interaction i = new Interaction(t, InteractionKind.VISIT, when, "五莲", "厉志远;王芳", "谈回乡计划", "下月再访", null, null, CLOCK);

        i.erase();

        assertAll(() -> assertEquals(Interaction.ERASED, i.getSummary()), () -> assertNull(i.getPlace()),
                () -> assertNull(i.getParticipants()), () -> assertNull(i.getAgreedActions()),
                () -> assertEquals(InteractionKind.VISIT, i.getKind()), () -> assertEquals(when, i.getOccurredAt()));
    }
}
