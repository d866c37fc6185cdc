package cn.wulian.liancai.talent.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The profile's header line on contact: the last contact (when, by whom) and the next follow-up
 * (when, overdue or not). The next follow-up is the newest contact's: a later contact replaces the
 * earlier one's follow-up, as the follow-up list reads it, so a talent with a newer contact and no
 * new date has none.
 *
 * @param lastBy the display name of whoever logged the last contact
 */
public record ContactSummary(LocalDateTime lastAt, String lastBy, LocalDate nextFollowUp, boolean overdue) {

    static final ContactSummary NONE = new ContactSummary(null, null, null, false);

    /** @param newestFirst the talent's contact log, as {@link Talents#interactions} returns it */
    public static ContactSummary of(List<InteractionJson> newestFirst) {
        if (newestFirst == null || newestFirst.isEmpty()) {
            return NONE;
        }
        InteractionJson last = newestFirst.getFirst();
        return new ContactSummary(last.occurredAt(), last.recordedByName() == null ? last.recordedBy() : last.recordedByName(),
                last.followUpOn(), last.overdue());
    }

    public boolean contacted() {
        return lastAt != null;
    }
}
