package cn.wulian.liancai.talent.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactSummaryTest {

    private static InteractionJson contact(LocalDateTime at, String byName, LocalDate followUp, boolean overdue) {
        return new InteractionJson(1, 2, "李娜", "CALL", at, null, null, "电话", null, followUp, "office", byName, overdue);
    }

    @Test
    void noContactYetHasNeitherLastContactNorFollowUp() {
        ContactSummary none = ContactSummary.of(List.of());
        assertFalse(none.contacted());
        assertEquals(new ContactSummary(null, null, null, false), none);
    }

    @Test
    void theNewestContactSaysWhenWhoAndTheNextFollowUp() {
        LocalDateTime last = LocalDateTime.of(2026, 11, 30, 9, 0);
        assertEquals(new ContactSummary(last, "人才办 王晓燕", LocalDate.of(2026, 11, 20), true),
                ContactSummary.of(List.of(contact(last, "人才办 王晓燕", LocalDate.of(2026, 11, 20), true),
                        contact(last.minusDays(9), "人才办 刘海涛", LocalDate.of(2026, 12, 24), false))));
    }

    @Test
    void aNewerContactWithoutADateReplacesTheEarlierFollowUp() {
        LocalDateTime last = LocalDateTime.of(2026, 11, 30, 9, 0);
        assertEquals(new ContactSummary(last, "人才办 王晓燕", null, false),
                ContactSummary.of(List.of(contact(last, "人才办 王晓燕", null, false),
                        contact(last.minusDays(9), "人才办 刘海涛", LocalDate.of(2026, 11, 1), true))));
    }
}
