package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a talent's timeline: a contact the office logged, or a step of another record ({@code event}); the other is null. */
public record TimelineEntry(LocalDateTime at, InteractionJson contact, TalentEvent event) implements Serializable {

    static TimelineEntry of(InteractionJson contact) {
        return new TimelineEntry(contact.occurredAt(), contact, null);
    }

    static TimelineEntry of(TalentEvent event) {
        return new TimelineEntry(event.at(), null, event);
    }
}
